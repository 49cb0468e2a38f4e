import type { Assessment } from './assessment-schema';
import {
  contextQuestions,
  scoredQuestions,
  type Catalogue,
  type ContextQuestion,
  type DimensionId,
  type ScoredQuestion,
} from './catalogue-schema';

export type WizardStep =
  | { kind: 'context'; questions: ContextQuestion[] }
  | { kind: 'dimension'; dimension: DimensionId; questions: ScoredQuestion[] };

/** The wizard's steps: context first, then one step per dimension in catalogue order. */
export function wizardSteps(catalogue: Catalogue): WizardStep[] {
  const scored = scoredQuestions(catalogue);
  return [
    { kind: 'context', questions: contextQuestions(catalogue) },
    ...catalogue.dimensions.map((d): WizardStep => ({
      kind: 'dimension',
      dimension: d.id,
      questions: scored.filter((q) => q.dimension === d.id),
    })),
  ];
}

/** How many scored questions have an answer (an option or "Vet ikke"). */
export function answeredCount(catalogue: Catalogue, assessment: Assessment): number {
  return scoredQuestions(catalogue).filter((q) => assessment.answers[q.id] !== undefined).length;
}

/** Rough minutes to finish: about 20 seconds a question, at least 5. */
export function estimatedMinutes(catalogue: Catalogue): number {
  return Math.max(5, Math.round((catalogue.questions.length * 20) / 60));
}

/** The step that holds a question, for "edit" links. */
export function stepOfQuestion(catalogue: Catalogue, questionId: string): number {
  return wizardSteps(catalogue).findIndex((s) => s.questions.some((q) => q.id === questionId));
}
