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

/**
 * What was left out when answers from outside were opened: counts, and the known questions that
 * had options the catalogue lacks. It never holds an unknown id, so nothing unknown can be shown.
 */
export type LeftOut = {
  /** Answers left out in all (an answer and a comment to one unknown question count once). */
  answers: number;
  /** How many different questions the catalogue does not have. */
  unknownQuestions: number;
  /** Per question the catalogue has: how many different options it does not have. */
  unknownOptions: { questionId: string; count: number }[];
};

export const NOTHING_LEFT_OUT: LeftOut = { answers: 0, unknownQuestions: 0, unknownOptions: [] };

/** The assessment with every answer, comment and context value the catalogue lacks left out. */
export function leaveOutUnknown(
  assessment: Assessment,
  catalogue: Catalogue,
): { assessment: Assessment; problems: AssessmentProblem[] } {
  const problems = findAssessmentProblems(assessment, catalogue);
  if (problems.length === 0) return { assessment, problems };
  const answers = { ...assessment.answers };
  const comments = { ...assessment.comments };
  const context = { ...assessment.context };
  for (const problem of problems) {
    if (problem.kind === 'unknown-question') {
      delete answers[problem.questionId];
      delete comments[problem.questionId];
      delete context[problem.questionId];
      continue;
    }
    const value = context[problem.questionId];
    if (Array.isArray(value)) {
      context[problem.questionId] = value.filter((v) => v !== problem.optionId);
    } else if (value === problem.optionId) delete context[problem.questionId];
    if (answers[problem.questionId] === problem.optionId) delete answers[problem.questionId];
  }
  return { assessment: { answers, comments, context }, problems };
}

/** Sums up the problems of several assessments (one list each) for the message. */
export function leftOutOf(problemsPerAssessment: readonly AssessmentProblem[][]): LeftOut {
  let answers = 0;
  const questions = new Set<string>();
  const options = new Map<string, Set<string>>();
  for (const problems of problemsPerAssessment) {
    const counted = new Set<string>();
    for (const p of problems) {
      if (p.kind === 'unknown-question') {
        questions.add(p.questionId);
        if (counted.has(p.questionId)) continue;
        counted.add(p.questionId);
      } else {
        let set = options.get(p.questionId);
        if (!set) options.set(p.questionId, (set = new Set()));
        set.add(p.optionId);
      }
      answers++;
    }
  }
  return {
    answers,
    unknownQuestions: questions.size,
    unknownOptions: [...options].map(([questionId, set]) => ({ questionId, count: set.size })),
  };
}

export function isEmptyAssessment(assessment: Assessment): boolean {
  return (
    Object.keys(assessment.answers).length +
      Object.keys(assessment.comments).length +
      Object.keys(assessment.context).length ===
    0
  );
}
