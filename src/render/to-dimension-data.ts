import type { Catalogue, DimensionId } from '../domain/catalogue-schema';
import type { LocalizedText } from '../domain/localized-text';
import type { ReferenceId } from '../domain/references';
import type { ScoreResult } from '../domain/scoring';
import { wizardSteps } from '../domain/steps';

export type DimensionRow = {
  dimension: DimensionId;
  title: LocalizedText;
  /** 0-based wizard step that asks this dimension's questions (for paths.wizardStep). */
  stepIndex: number;
  /** null when every question in the dimension is "Vet ikke" or unanswered. */
  leaning: ReferenceId | null;
  /** The leaning reference's share within the dimension, 0–1. */
  share: number | null;
  answered: number;
  total: number;
};

/** Per dimension: the model it leans to and how strongly, in catalogue order. */
export function toDimensionData(
  result: Pick<ScoreResult, 'dimensions'>,
  catalogue: Catalogue,
): DimensionRow[] {
  const steps = wizardSteps(catalogue);
  return result.dimensions.map((d) => {
    const dimension = catalogue.dimensions.find((c) => c.id === d.dimension);
    return {
      dimension: d.dimension,
      title: dimension?.title ?? { nb: d.dimension, nn: d.dimension, en: d.dimension },
      stepIndex: steps.findIndex((s) => s.kind === 'dimension' && s.dimension === d.dimension),
      leaning: d.leaning,
      share: d.leaning && d.mix ? d.mix[d.leaning] : null,
      answered: d.answered,
      total: d.total,
    };
  });
}
