import * as z from 'zod/mini';
import { neutraliseBidi } from './bidi-text';
import { DONT_KNOW, type Catalogue } from './catalogue-schema';

/** Free text from outside: at most `max` characters, shown as stored (no direction overrides). */
export const freeText = (max: number) =>
  z.string().check(z.maxLength(max), z.overwrite(neutraliseBidi));

export const MAX_COMMENT_LENGTH = 2000;
export const MAX_CONTEXT_TEXT_LENGTH = 200;

/** questionId → optionId, or "vet-ikke". */
export const answersSchema = z.record(
  z.string().check(z.maxLength(80)),
  z.string().check(z.maxLength(80)),
);
export type Answers = z.infer<typeof answersSchema>;

export const commentsSchema = z.record(
  z.string().check(z.maxLength(80)),
  freeText(MAX_COMMENT_LENGTH),
);
export type Comments = z.infer<typeof commentsSchema>;

export const contextAnswerSchema = z.union([
  freeText(MAX_CONTEXT_TEXT_LENGTH),
  z.array(z.string().check(z.maxLength(80))).check(z.maxLength(40)),
]);
export const contextAnswersSchema = z.record(
  z.string().check(z.maxLength(80)),
  contextAnswerSchema,
);
export type ContextAnswers = z.infer<typeof contextAnswersSchema>;

/** The user's inputs. Scores are always derived from this, never stored. */
export const assessmentSchema = z.object({
  answers: answersSchema,
  comments: commentsSchema,
  context: contextAnswersSchema,
});
export type Assessment = z.infer<typeof assessmentSchema>;

export const EMPTY_ASSESSMENT: Assessment = {
  answers: {},
  comments: {},
  context: {},
};

export type AssessmentProblem =
  | { kind: 'unknown-question'; questionId: string }
  | { kind: 'unknown-option'; questionId: string; optionId: string };

/** Checks that every answer refers to a question and option that exist in the catalogue. */
export function findAssessmentProblems(
  assessment: Assessment,
  catalogue: Catalogue,
): AssessmentProblem[] {
  const problems: AssessmentProblem[] = [];
  const byId = new Map(catalogue.questions.map((q) => [q.id, q]));
  for (const [questionId, optionId] of Object.entries(assessment.answers)) {
    const q = byId.get(questionId);
    if (!q || q.kind !== 'scored') {
      problems.push({ kind: 'unknown-question', questionId });
    } else if (optionId !== DONT_KNOW && !q.options.some((o) => o.id === optionId)) {
      problems.push({ kind: 'unknown-option', questionId, optionId });
    }
  }
  for (const [questionId, value] of Object.entries(assessment.context)) {
    const q = byId.get(questionId);
    if (!q || q.kind !== 'context') {
      problems.push({ kind: 'unknown-question', questionId });
      continue;
    }
    const values = typeof value === 'string' ? (q.input === 'text' ? [] : [value]) : value;
    for (const v of values) {
      if (!q.options.some((o) => o.id === v)) {
        problems.push({ kind: 'unknown-option', questionId, optionId: v });
      }
    }
  }
  for (const questionId of Object.keys(assessment.comments)) {
    if (!byId.has(questionId)) problems.push({ kind: 'unknown-question', questionId });
  }
  return problems;
}
