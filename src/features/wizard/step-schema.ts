import * as z from 'zod/mini';
import { MAX_COMMENT_LENGTH, MAX_CONTEXT_TEXT_LENGTH } from '../../domain/assessment-schema';
import { DONT_KNOW } from '../../domain/catalogue-schema';
import type { Assessment } from '../../domain/assessment-schema';
import type { WizardStep } from '../../domain/steps';

/**
 * Error codes, not texts: the schema is pure and language-free; the form turns a code into the
 * user's language.
 */
export const STEP_ERRORS = ['required', 'commentTooLong', 'textTooLong', 'invalidChoice'] as const;
export type StepError = (typeof STEP_ERRORS)[number];

export function isStepError(value: unknown): value is StepError {
  return STEP_ERRORS.includes(value as StepError);
}

/** One step's form values. An unchosen radio group is null, as react-hook-form reports it. */
export type StepValues = {
  answers: Record<string, string | null>;
  comments: Record<string, string>;
  context: Record<string, string | string[] | null>;
};

/**
 * The rules for one wizard step: each scored question needs an option or «Vet ikke»; comments
 * and context answers are optional but limited in length and to the listed options.
 */
export function stepSchema(step: WizardStep): z.ZodMiniType<StepValues, StepValues> {
  // Built per step from catalogue data, so the shape is only known at run time.
  const answers: Record<string, z.core.$ZodType> = {};
  const comments: Record<string, z.core.$ZodType> = {};
  const context: Record<string, z.core.$ZodType> = {};
  const comment = z.optional(
    z.string().check(z.maxLength(MAX_COMMENT_LENGTH, 'commentTooLong' satisfies StepError)),
  );

  if (step.kind === 'dimension') {
    for (const q of step.questions) {
      const ids: [string, ...string[]] = [DONT_KNOW, ...q.options.map((o) => o.id)];
      answers[q.id] = z.enum(ids, { error: 'required' satisfies StepError });
      comments[q.id] = comment;
    }
  } else {
    for (const q of step.questions) {
      const ids = q.options.map((o) => o.id) as [string, ...string[]];
      const choice = z.enum(ids, { error: 'invalidChoice' satisfies StepError });
      context[q.id] =
        q.input === 'text'
          ? z.optional(
              z
                .string()
                .check(z.maxLength(MAX_CONTEXT_TEXT_LENGTH, 'textTooLong' satisfies StepError)),
            )
          : q.input === 'choice'
            ? z.optional(z.nullable(choice))
            : z.optional(z.nullable(z.array(choice)));
    }
  }
  return z.object({
    answers: z.object(answers),
    comments: z.object(comments),
    context: z.object(context),
  }) as unknown as z.ZodMiniType<StepValues, StepValues>;
}

/** The form's starting values for a step, from what is saved. */
export function stepDefaults(step: WizardStep, assessment: Assessment): StepValues {
  const values: StepValues = { answers: {}, comments: {}, context: {} };
  if (step.kind === 'dimension') {
    for (const q of step.questions) {
      values.answers[q.id] = assessment.answers[q.id] ?? null;
      values.comments[q.id] = assessment.comments[q.id] ?? '';
    }
  } else {
    for (const q of step.questions) {
      const saved = assessment.context[q.id];
      if (q.input === 'text') values.context[q.id] = typeof saved === 'string' ? saved : '';
      else if (q.input === 'choice')
        values.context[q.id] = typeof saved === 'string' ? saved : null;
      else values.context[q.id] = Array.isArray(saved) ? saved : [];
    }
  }
  return values;
}
