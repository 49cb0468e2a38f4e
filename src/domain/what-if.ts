import type { Answers, Assessment } from './assessment-schema';
import type { Catalogue } from './catalogue-schema';
import { scoreAssessment, type ScoreResult } from './scoring';

/** questionId → optionId (or «Vet ikke»); null removes the answer. */
export type Overrides = Readonly<Record<string, string | null>>;

/** A new assessment with the overrides applied; the input is never changed. */
export function applyOverrides(assessment: Assessment, overrides: Overrides): Assessment {
  const answers: Answers = { ...assessment.answers };
  for (const [questionId, optionId] of Object.entries(overrides)) {
    if (optionId === null) delete answers[questionId];
    else answers[questionId] = optionId;
  }
  return { answers, comments: { ...assessment.comments }, context: { ...assessment.context } };
}

/** The questions whose answer the overrides really change. */
export function changedQuestions(assessment: Assessment, overrides: Overrides): string[] {
  return Object.entries(overrides)
    .filter(([id, optionId]) => (assessment.answers[id] ?? null) !== optionId)
    .map(([id]) => id);
}

export type WhatIf = {
  assessment: Assessment;
  original: ScoreResult | null;
  changed: ScoreResult | null;
  changedQuestions: string[];
};

/** Scores the saved answers and the what-if side by side, leaving the saved answers untouched. */
export function whatIf(catalogue: Catalogue, saved: Assessment, overrides: Overrides): WhatIf {
  const assessment = applyOverrides(saved, overrides);
  return {
    assessment,
    original: scoreAssessment(catalogue, saved.answers),
    changed: scoreAssessment(catalogue, assessment.answers),
    changedQuestions: changedQuestions(saved, overrides),
  };
}
