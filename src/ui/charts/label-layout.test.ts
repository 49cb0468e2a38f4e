import { describe, expect, it } from 'vitest';
import { placeLabels } from './label-layout';

const bounds = { x0: 0, y0: 0, x1: 400, y1: 400 };

describe('placeLabels', () => {
  it('uses the preferred side when it is free', () => {
    const placed = placeLabels(
      [{ id: 'a', cx: 100, cy: 100, r: 8, width: 80, height: 16, sides: ['right', 'left'] }],
      [],
      bounds,
    );
    expect(placed.get('a')).toMatchObject({ anchor: 'start' });
  });

  it('moves a label away from a mark it would cover and from earlier labels', () => {
    const placed = placeLabels(
      [
        {
          id: 'ref',
          cx: 300,
          cy: 100,
          r: 8,
          width: 100,
          height: 16,
          sides: ['left', 'above', 'below'],
        },
        {
          id: 'me',
          cx: 320,
          cy: 120,
          r: 12,
          width: 80,
          height: 16,
          sides: ['above', 'below', 'right', 'left'],
        },
      ],
      [{ x0: 240, y0: 90, x1: 280, y1: 130 }],
      bounds,
    );
    expect(placed.get('ref')!.anchor).not.toBe('end');
    const a = placed.get('ref')!.box;
    const b = placed.get('me')!.box;
    const overlaps = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
    expect(overlaps).toBe(false);
  });

  it('keeps labels inside the plot when it can', () => {
    const placed = placeLabels(
      [{ id: 'edge', cx: 395, cy: 200, r: 8, width: 90, height: 16, sides: ['right', 'left'] }],
      [],
      bounds,
    );
    expect(placed.get('edge')!.anchor).toBe('end');
  });
});
