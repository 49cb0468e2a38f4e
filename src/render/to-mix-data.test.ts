import { describe, expect, it } from 'vitest';
import { REFERENCE_IDS } from '../domain/references';
import { toMixData } from './to-mix-data';

const mix = { ingen: 0.1, 'en-dor-inn': 0.05, hybrid: 0.583, totalt: 0.167, 'pac-man': 0.1 };

describe('toMixData', () => {
  it('gives one row per reference, largest first, with percentages summing to 100', () => {
    const rows = toMixData({ mix });
    expect(rows.map((r) => r.id)).toEqual(['hybrid', 'totalt', 'ingen', 'pac-man', 'en-dor-inn']);
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(rows.reduce((sum, r) => sum + r.percent, 0)).toBe(100);
    expect(rows[0]).toMatchObject({ id: 'hybrid', share: 0.583, percent: 58 });
  });

  it('keeps the reference order when asked, with the rank still telling the order by share', () => {
    const rows = toMixData({ mix }, 'reference');
    expect(rows.map((r) => r.id)).toEqual([...REFERENCE_IDS]);
    expect(rows.find((r) => r.id === 'hybrid')!.rank).toBe(1);
  });

  it('marks PAC-man as warned and gives every reference its own shape', () => {
    const rows = toMixData({ mix });
    expect(rows.filter((r) => r.warned).map((r) => r.id)).toEqual(['pac-man']);
    expect(new Set(rows.map((r) => r.shape)).size).toBe(5);
  });

  it('uses the given percentages when the result already has them', () => {
    const percent = { ingen: 10, 'en-dor-inn': 5, hybrid: 59, totalt: 16, 'pac-man': 10 };
    expect(toMixData({ mix, percent })[0]!.percent).toBe(59);
  });
});
