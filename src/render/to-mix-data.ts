import { REFERENCE_IDS, REFERENCES, type ReferenceId } from '../domain/references';
import { rankMix, toPercentages, type Mix } from '../domain/scoring';
import { REFERENCE_SHAPES, type MapShape } from './to-map-data';

export type MixRow = {
  id: ReferenceId;
  /** 0–1. */
  share: number;
  /** Whole percent; all rows sum to exactly 100. */
  percent: number;
  /** 1 = the largest share. */
  rank: number;
  warned: boolean;
  shape: MapShape;
};

/**
 * One row per reference for the hybrid-mix bar chart and its table. Rows come largest first
 * ('rank') or in the fixed reference order ('reference', for comparing several mixes).
 */
export function toMixData(
  result: { mix: Mix; percent?: Record<ReferenceId, number> },
  order: 'rank' | 'reference' = 'rank',
): MixRow[] {
  const percent = result.percent ?? toPercentages(result.mix);
  const ranking = rankMix(result.mix);
  const rows = REFERENCE_IDS.map((id): MixRow => ({
    id,
    share: result.mix[id],
    percent: percent[id],
    rank: ranking.indexOf(id) + 1,
    warned: REFERENCES.find((r) => r.id === id)?.warned ?? false,
    shape: REFERENCE_SHAPES[id],
  }));
  return order === 'rank' ? rows.sort((a, b) => a.rank - b.rank) : rows;
}
