import * as z from 'zod/mini';
import { answerFactSchema } from './answer-facts';
import { localizedTextSchema } from './localized-text';
import { referenceIdSchema } from './reference-schema';
import { REFERENCE_IDS } from './references';

import { DONT_KNOW } from './dont-know';

export { DONT_KNOW };

export const DIMENSION_IDS = [
  'skranke',
  'budsjett',
  'ledelse',
  'lokalisering',
  'ansatte',
  'digitalt',
  'samarbeid',
] as const;
export const dimensionIdSchema = z.enum(DIMENSION_IDS);
export type DimensionId = z.infer<typeof dimensionIdSchema>;

const slug = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id'));

/** How strongly an option points to each reference. Every reference must be listed. */
export const profileSchema = z
  .record(referenceIdSchema, z.number().check(z.gte(0), z.lte(1)))
  .check(
    z.refine((p) => REFERENCE_IDS.some((id) => (p[id] ?? 0) > 0), {
      message: 'a profile must point to at least one reference',
    }),
  );
export type Profile = z.infer<typeof profileSchema>;

export const dimensionSchema = z.object({
  id: dimensionIdSchema,
  title: localizedTextSchema,
  intro: localizedTextSchema,
});
export type Dimension = z.infer<typeof dimensionSchema>;

export const scoredOptionSchema = z.object({
  id: slug.check(z.refine((id) => id !== DONT_KNOW, `"${DONT_KNOW}" is reserved`)),
  label: localizedTextSchema,
  profile: profileSchema,
  /** What choosing this option says about the municipality (see answer-facts.ts). */
  facts: z.optional(z.array(answerFactSchema)),
});
export type ScoredOption = z.infer<typeof scoredOptionSchema>;

export const scoredQuestionSchema = z.object({
  kind: z.literal('scored'),
  id: slug,
  dimension: dimensionIdSchema,
  text: localizedTextSchema,
  help: localizedTextSchema,
  /** Relative weight in the mix; 1 unless a question matters more. */
  weight: z._default(z.number().check(z.positive(), z.lte(5)), 1),
  options: z.array(scoredOptionSchema).check(z.minLength(2)),
});
export type ScoredQuestion = z.infer<typeof scoredQuestionSchema>;

/**
 * What a context question is about, so code finds it by meaning rather than by id. Each purpose
 * appears at most once in a catalogue.
 */
export const CONTEXT_PURPOSES = [
  'municipality',
  'respondent-role',
  'density',
  'services',
  'workshop-name',
] as const;
export const contextPurposeSchema = z.enum(CONTEXT_PURPOSES);
export type ContextPurpose = z.infer<typeof contextPurposeSchema>;

/** The perspective a role speaks from; a workshop merges small groups by it. */
export const ROLE_GROUPS = ['bibliotek', 'innbyggertorg', 'ledelse-og-politikk'] as const;
export const roleGroupSchema = z.enum(ROLE_GROUPS);
export type RoleGroup = z.infer<typeof roleGroupSchema>;

export const contextOptionSchema = z.object({
  id: slug,
  label: localizedTextSchema,
  facts: z.optional(z.array(answerFactSchema)),
  /** Only on the options of the respondent-role question. */
  group: z.optional(roleGroupSchema),
});
export type ContextOption = z.infer<typeof contextOptionSchema>;

/** Context questions shape the narrative but never the score. */
export const contextQuestionSchema = z.object({
  kind: z.literal('context'),
  id: slug,
  purpose: contextPurposeSchema,
  input: z.enum(['text', 'choice', 'multi']),
  text: localizedTextSchema,
  help: localizedTextSchema,
  options: z._default(z.array(contextOptionSchema), []),
});
export type ContextQuestion = z.infer<typeof contextQuestionSchema>;

export const questionSchema = z.discriminatedUnion('kind', [
  scoredQuestionSchema,
  contextQuestionSchema,
]);
export type Question = z.infer<typeof questionSchema>;

export const catalogueSchema = z
  .object({
    version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version')),
    context: z.object({
      title: localizedTextSchema,
      intro: localizedTextSchema,
    }),
    dimensions: z.array(dimensionSchema).check(z.minLength(1)),
    questions: z.array(questionSchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((cat, ctx) => {
      const seen = new Set<string>();
      cat.questions.forEach((q, i) => {
        if (seen.has(q.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['questions', i, 'id'],
            message: `duplicate question id "${q.id}"`,
          });
        }
        seen.add(q.id);
        const optionIds = new Set<string>();
        q.options.forEach((o, j) => {
          if (optionIds.has(o.id)) {
            ctx.addIssue({
              code: 'custom',
              path: ['questions', i, 'options', j, 'id'],
              message: `duplicate option id "${o.id}" in question "${q.id}"`,
            });
          }
          optionIds.add(o.id);
        });
        if (q.kind === 'context' && q.purpose !== 'respondent-role') {
          q.options.forEach((o, j) => {
            if (o.group !== undefined) {
              ctx.addIssue({
                code: 'custom',
                path: ['questions', i, 'options', j, 'group'],
                message: `only the respondent-role question's options have a group`,
              });
            }
          });
        }
        if (q.kind === 'context' && q.input !== 'text' && q.options.length < 2) {
          ctx.addIssue({
            code: 'custom',
            path: ['questions', i, 'options'],
            message: `context question "${q.id}" needs at least two options`,
          });
        }
      });
      const purposes = new Set<string>();
      cat.questions.forEach((q, i) => {
        if (q.kind !== 'context') return;
        if (purposes.has(q.purpose)) {
          ctx.addIssue({
            code: 'custom',
            path: ['questions', i, 'purpose'],
            message: `two context questions have the purpose "${q.purpose}"`,
          });
        }
        purposes.add(q.purpose);
      });
      const dimensionIds = new Set(cat.dimensions.map((d) => d.id));
      if (dimensionIds.size !== cat.dimensions.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['dimensions'],
          message: 'duplicate dimension id',
        });
      }
      cat.questions.forEach((q, i) => {
        if (q.kind === 'scored' && !dimensionIds.has(q.dimension)) {
          ctx.addIssue({
            code: 'custom',
            path: ['questions', i, 'dimension'],
            message: `question "${q.id}" refers to unknown dimension "${q.dimension}"`,
          });
        }
      });
      cat.dimensions.forEach((d, i) => {
        if (!cat.questions.some((q) => q.kind === 'scored' && q.dimension === d.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['dimensions', i],
            message: `dimension "${d.id}" has no questions`,
          });
        }
      });
    }),
  );
export type Catalogue = z.output<typeof catalogueSchema>;
export type CatalogueInput = z.input<typeof catalogueSchema>;

export type CatalogueResult = { ok: true; catalogue: Catalogue } | { ok: false; reason: string };

type Issue = z.core.$ZodIssue;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * zod/mini ships no message locale, so most built-in issues just say "Invalid input". Spell out
 * what is wrong so whoever edits the catalogue can fix it without a debugger.
 */
function describeIssue(issue: Issue, input: unknown): string {
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? 'is missing' : `must be ${issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item(s)`;
      return `must be ${issue.inclusive ? 'at least' : 'greater than'} ${issue.minimum} (got ${String(value)})`;
    case 'too_big':
      if (issue.origin === 'array') return `allows at most ${issue.maximum} item(s)`;
      return `must be at most ${issue.maximum} (got ${String(value)})`;
    case 'invalid_value':
      if (value === undefined) return 'is missing';
      return `unknown value ${JSON.stringify(value)}; expected one of ${issue.values.join(', ')}`;
    case 'unrecognized_keys':
      return `unknown key(s) ${issue.keys.join(', ')}`;
    case 'invalid_key':
      return 'has a key that is not allowed here (profiles take only the five reference ids)';
    case 'invalid_union': {
      const key = issue.discriminator;
      if (!key) return 'does not match any allowed shape';
      const tag = issue.path.at(-1) === key ? value : valueAt(value, [key]);
      return `unknown ${key} ${JSON.stringify(tag)}`;
    }
    default:
      return issue.message;
  }
}

/** Validates a catalogue and explains the first problems in plain words. */
export function validateCatalogue(input: unknown): CatalogueResult {
  const parsed = catalogueSchema.safeParse(input);
  if (parsed.success) return { ok: true, catalogue: parsed.data };
  const reason = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${describeIssue(issue, input)}`)
    .join('; ');
  return { ok: false, reason };
}

export function scoredQuestions(catalogue: Catalogue): ScoredQuestion[] {
  return catalogue.questions.filter((q): q is ScoredQuestion => q.kind === 'scored');
}

export function contextQuestions(catalogue: Catalogue): ContextQuestion[] {
  return catalogue.questions.filter((q): q is ContextQuestion => q.kind === 'context');
}

/** The context question with a purpose, if the catalogue has one. */
export function contextQuestionFor(
  catalogue: Catalogue,
  purpose: ContextPurpose,
): ContextQuestion | undefined {
  return contextQuestions(catalogue).find((q) => q.purpose === purpose);
}

/** The answer to the context question with a purpose, if any. */
export function contextAnswerFor(
  context: Readonly<Record<string, string | readonly string[] | undefined>>,
  catalogue: Catalogue,
  purpose: ContextPurpose,
): string | readonly string[] | undefined {
  const question = contextQuestionFor(catalogue, purpose);
  return question ? context[question.id] : undefined;
}
