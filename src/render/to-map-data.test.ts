import { describe, expect, it } from 'vitest';
import { REFERENCE_IDS } from '../domain/references';
import { toMapData, trajectoryArrows } from './to-map-data';

describe('toMapData', () => {
  it('always has the five references, each with its own shape, and PAC-man warned', () => {
    const data = toMapData();
    expect(data.references.map((r) => r.id)).toEqual([...REFERENCE_IDS]);
    expect(new Set(data.references.map((r) => r.shape)).size).toBe(5);
    expect(data.references.find((r) => r.warned)?.id).toBe('pac-man');
    expect(data.references.find((r) => r.id === 'hybrid')!.position).toEqual({ x: 75, y: 20 });
  });

  it('puts reference labels on the side that keeps them inside the plot', () => {
    const sides = Object.fromEntries(toMapData().references.map((r) => [r.id, r.labelSide]));
    expect(sides).toMatchObject({ ingen: 'right', 'pac-man': 'left', totalt: 'left' });
  });

  it('draws the organisation last, clamps points to the axes and labels crowds only on request', () => {
    const data = toMapData({
      markers: [
        { id: 'me', label: 'Dere', point: { x: 50, y: 120 }, kind: 'current' },
        { id: 'p1', label: 'Deltaker 1', point: { x: -4, y: 30 }, kind: 'participant' },
        { id: 'g', label: 'Gruppen', point: { x: 40, y: 40 }, kind: 'group' },
      ],
    });
    expect(data.markers.map((m) => m.id)).toEqual(['p1', 'g', 'me']);
    expect(data.markers[2]!.point).toEqual({ x: 50, y: 100 });
    expect(data.markers[0]!.point).toEqual({ x: 0, y: 30 });
    expect(data.markers.map((m) => m.showLabel)).toEqual([false, true, true]);
  });

  it('keeps arrows and regions with their kinds, and drops ones that would draw nothing', () => {
    const data = toMapData({
      arrows: [
        { from: { x: 20, y: 20 }, to: { x: 60, y: 70 }, kind: 'change' },
        { from: { x: 30, y: 30 }, to: { x: 30, y: 30 }, kind: 'what-if' },
      ],
      regions: [
        {
          points: [
            { x: 10, y: 10 },
            { x: 30, y: 10 },
            { x: 20, y: 40 },
          ],
          kind: 'uncertainty',
          label: 'Mulig område',
        },
        {
          points: [
            { x: 1, y: 1 },
            { x: 2, y: 2 },
            { x: 3, y: 3 },
          ],
          kind: 'spread',
          label: 'Flat',
        },
      ],
    });
    expect(data.arrows).toHaveLength(1);
    expect(data.arrows[0]).toMatchObject({ kind: 'change', to: { x: 60, y: 70 } });
    expect(data.regions.map((r) => r.label)).toEqual(['Mulig område']);
  });
});

describe('helpers for other features', () => {
  it('joins snapshots in order with trajectory arrows', () => {
    const arrows = trajectoryArrows([
      { x: 10, y: 10 },
      { x: 20, y: 15 },
      { x: 40, y: 30 },
    ]);
    expect(arrows).toEqual([
      { from: { x: 10, y: 10 }, to: { x: 20, y: 15 }, kind: 'trajectory' },
      { from: { x: 20, y: 15 }, to: { x: 40, y: 30 }, kind: 'trajectory' },
    ]);
  });
});
