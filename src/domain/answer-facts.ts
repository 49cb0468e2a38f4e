import * as z from 'zod/mini';
import type { Assessment } from './assessment-schema';
import type { Catalogue } from './catalogue-schema';

/**
 * What an answer says about the municipality, in words the narrative, the warning and the
 * tensions can test. Catalogue options declare the facts they establish; nothing outside the
 * catalogue guesses them from ids. A sentence about the user may only be shown when the facts
 * it relies on hold. Append new facts at the end of their group; never reuse a removed name.
 */
export const ANSWER_FACTS = [
  // The innbyggertorg
  'itorg-runs-separately',
  'itorg-merged-with-library',
  'itorg-closed-library-took-over',
  'itorg-closed-tasks-elsewhere',
  'itorg-never',
  // The front desk
  'counter-shared',
  'counter-separate',
  'counter-library-only',
  // Location and building
  'same-premises',
  'same-building-own-premises',
  'multi-use-house',
  'separate-locations',
  // Budget
  'budget-one-unit',
  'budget-shared-two-departments',
  'budget-separate',
  'budget-in-library',
  // Leadership
  'leader-one-unit',
  'leader-one-over-both',
  'leaders-separate',
  'leader-library-only',
  // Staff
  'staff-one-group',
  'staff-separate-groups',
  'staff-generalist-and-specialist',
  'staff-specialists-refer',
  'hours-harmonised',
  'hours-differ',
  // Goals and cooperation
  'goals-shared-plan',
  'goals-shared-some-areas',
  'goals-none-shared',
  'mutual-dependency',
  'no-mutual-dependency',
  'cooperate-projects-teams',
  'cooperate-internal-only',
  'cooperate-none',
  'house-meetings',
  'shared-meeting-lunch-rooms',
  // Digital services
  'digital-inquiries-elsewhere',
  'digital-guidance-joint',
  'digital-guidance-library-only',
  // Context
  'density-dense-short-distances',
  'density-mixed',
  'density-sparse',
] as const;

export const answerFactSchema = z.enum(ANSWER_FACTS);
export type AnswerFact = z.infer<typeof answerFactSchema>;

/** The facts established by the options the user chose (scored and context answers alike). */
export function factsOf(assessment: Assessment, catalogue: Catalogue): Set<AnswerFact> {
  const facts = new Set<AnswerFact>();
  for (const question of catalogue.questions) {
    const chosen =
      question.kind === 'scored'
        ? [assessment.answers[question.id]]
        : ([] as (string | undefined)[]).concat(assessment.context[question.id]);
    for (const optionId of chosen) {
      if (optionId === undefined) continue;
      const option = question.options.find((o) => o.id === optionId);
      for (const fact of option?.facts ?? []) facts.add(fact);
    }
  }
  return facts;
}
