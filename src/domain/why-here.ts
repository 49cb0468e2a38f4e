import type { DimensionId } from './catalogue-schema';
import { REFERENCE_IDS, type ReferenceId } from './references';
import { rankMix, type Contribution, type Mix } from './scoring';

/** One answer's pull toward one model: the part of that model's share the answer adds. */
export type Pull = {
  questionId: string;
  optionId: string;
  dimension: DimensionId;
  /** 0–1: added to the model's share of the mix. All pulls toward a model sum to its share. */
  size: number;
};

export type WhyHere = {
  reference: ReferenceId;
  /** The model's share of the whole mix, 0–1 (the sum of every pull toward it). */
  share: number;
  /** The strongest pulls first, at most `limit`. */
  pulls: Pull[];
  /** How many answers pull toward the model at all. */
  pullCount: number;
};

// Below this an answer does not pull toward a model in any way worth showing.
const MIN_PULL = 1e-9;

/**
 * Per model, the answers that pull the point most toward it, read straight from the scoring
 * engine's contributions: no separate logic, so the sizes always add up to the mix.
 * Models come in the mix's order (largest share first); models nothing pulls toward are left out.
 */
export function whyHere(parts: readonly Contribution[], limit = 3): WhyHere[] {
  if (parts.length === 0) return [];
  const mix = Object.fromEntries(REFERENCE_IDS.map((id) => [id, 0])) as Mix;
  for (const part of parts) for (const id of REFERENCE_IDS) mix[id] += part.toMix[id];
  return rankMix(mix)
    .map((reference): WhyHere => {
      const pulls = parts
        .map((p) => ({
          questionId: p.questionId,
          optionId: p.optionId,
          dimension: p.dimension,
          size: p.toMix[reference],
        }))
        .filter((p) => p.size > MIN_PULL)
        .sort((a, b) => b.size - a.size || byCodeUnits(a.questionId, b.questionId));
      return {
        reference,
        share: mix[reference],
        pulls: pulls.slice(0, limit),
        pullCount: pulls.length,
      };
    })
    .filter((w) => w.pullCount > 0);
}

/** Ids are plain ASCII: compared as they are, without the browser's collation data (slow to load). */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
