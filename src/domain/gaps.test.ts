import { describe, expect, it } from 'vitest';
import { TEST_CATALOGUE } from '../test/test-catalogues';
import { CATALOGUE } from './catalogue';
import {
  ACTION_IDS,
  GAP_ACTIONS,
  gapsBetween,
  mixDistance,
  overallRisks,
  RISK_RULES,
} from './gaps';
import { REFERENCE_IDS } from './references';
import { scoreAssessment } from './scoring';

const today = { skranke: 'hver-sin', ledelse: 'hver-sin', bygg: 'hver-sitt', husmoter: 'nei' };

describe('gapsBetween', () => {
  it('orders dimensions by distance, largest first', () => {
    // Counter moves all the way to Totalt; the building only half-way toward En dør inn.
    const desired = { ...today, skranke: 'felles', bygg: 'samme' };
    const gaps = gapsBetween(TEST_CATALOGUE, today, desired);
    expect(gaps.map((g) => g.dimension)).toEqual(['skranke', 'lokalisering', 'ledelse']);
    expect(gaps[0]!.distance).toBeCloseTo(1);
    expect(gaps[1]!.distance).toBeGreaterThan(0);
    expect(gaps[1]!.distance).toBeLessThan(1);
    expect(gaps[2]!.distance).toBe(0);
    for (let i = 1; i < gaps.length; i++) {
      expect(gaps[i - 1]!.distance!).toBeGreaterThanOrEqual(gaps[i]!.distance!);
    }
  });

  it('gives each moving dimension the direction, the changed questions, actions and risks', () => {
    const gaps = gapsBetween(TEST_CATALOGUE, today, { ...today, skranke: 'felles', bygg: 'samme' });
    const counter = gaps.find((g) => g.dimension === 'skranke')!;
    expect(counter.towards).toBe('totalt');
    expect(counter.changed).toEqual(['skranke']);
    expect(counter.actions).toContain('felles-skranke');
    expect(counter.risks).toContain('bibliotekets-frihet');
    const building = gaps.find((g) => g.dimension === 'lokalisering')!;
    expect(building.towards).toBe('en-dor-inn');
    expect(building.risks).toEqual(['bibliotekets-frihet', 'avstander']);
    const still = gaps.find((g) => g.dimension === 'ledelse')!;
    expect(still).toMatchObject({ towards: null, actions: [], risks: [], changed: [] });
  });

  it('puts dimensions one side has not answered last, with no distance', () => {
    const gaps = gapsBetween(
      TEST_CATALOGUE,
      { skranke: 'felles' },
      { skranke: 'hver-sin', ledelse: 'felles' },
    );
    expect(gaps[0]!.dimension).toBe('skranke');
    expect(gaps.slice(1).map((g) => g.distance)).toEqual([null, null]);
  });

  it('warns about PAC-man when the goal moves toward it', () => {
    const t = scoreAssessment(TEST_CATALOGUE, today)!.mix;
    const d = scoreAssessment(TEST_CATALOGUE, { ...today, skranke: 'bibliotekets' })!.mix;
    expect(overallRisks(t, d)).toContain('pac-man');
    expect(overallRisks(t, t)).toEqual([]);
  });

  it('mixDistance is 0 for equal mixes and 1 for mixes with nothing in common', () => {
    const a = { ingen: 1, 'en-dor-inn': 0, hybrid: 0, totalt: 0, 'pac-man': 0 };
    const b = { ingen: 0, 'en-dor-inn': 0, hybrid: 0, totalt: 1, 'pac-man': 0 };
    expect(mixDistance(a, a)).toBe(0);
    expect(mixDistance(a, b)).toBe(1);
  });

  it('has actions for every dimension of the shipped catalogue and every model', () => {
    for (const d of CATALOGUE.dimensions) {
      for (const id of REFERENCE_IDS) expect(GAP_ACTIONS[d.id][id].length).toBeGreaterThan(0);
    }
    const used = new Set(
      Object.values(GAP_ACTIONS).flatMap((byRef) => Object.values(byRef).flat()),
    );
    expect([...used].every((a) => (ACTION_IDS as readonly string[]).includes(a))).toBe(true);
    expect(RISK_RULES.length).toBeGreaterThan(0);
  });
});
