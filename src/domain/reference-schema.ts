import * as z from 'zod/mini';
import { localizedTextSchema } from './localized-text';
import { REFERENCE_IDS } from './reference-ids';

export const referenceIdSchema = z.enum(REFERENCE_IDS);

const axisValue = z.number().check(z.gte(0), z.lte(100));

export const referenceSchema = z.object({
  id: referenceIdSchema,
  name: localizedTextSchema,
  summary: localizedTextSchema,
  /** x = samorganisering, y = samlokalisering, both 0–100. */
  position: z.object({ x: axisValue, y: axisValue }),
  /** The project's report warns against this model. */
  warned: z.boolean(),
  example: z.optional(localizedTextSchema),
});
export type Reference = z.infer<typeof referenceSchema>;

export const referencesSchema = z.array(referenceSchema).check(
  z.refine((refs) => REFERENCE_IDS.every((id) => refs.filter((r) => r.id === id).length === 1), {
    message: 'Every reference id must appear exactly once',
  }),
);
