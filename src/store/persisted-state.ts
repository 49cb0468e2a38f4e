import * as z from 'zod/mini';
import { assessmentSchema, findAssessmentProblems, freeText } from '../domain/assessment-schema';
import { CATALOGUE } from '../domain/catalogue';
import type { Catalogue } from '../domain/catalogue-schema';
import { migrateFormat, type FormatStep } from '../domain/formats/migrations';
import { carryToCatalogue, type CarriedNote } from '../domain/formats/catalogue-carry';
import { checkJsonText, hasDangerousKeys } from '../domain/safe-json';
import { wizardSteps } from '../domain/steps';
import { MAX_SNAPSHOT_LABEL_LENGTH, MAX_SNAPSHOTS } from './persisted-version';
import { MAX_SAVED_CHARS } from './safe-storage';

export const variantSchema = z.enum(['today', 'desired']);
export type Variant = z.infer<typeof variantSchema>;

export const snapshotSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  label: freeText(MAX_SNAPSHOT_LABEL_LENGTH),
  createdAt: z.string().check(z.maxLength(40)),
  variant: variantSchema,
  assessment: assessmentSchema,
});
export type Snapshot = z.infer<typeof snapshotSchema>;

/**
 * What the assessment store keeps (format `storedAnswers`, see domain/formats/migrations.ts):
 * `assessment` is the situation today; `desired` the goal (null until started); `editing` which of
 * the two the wizard writes; `snapshots` earlier states in order; `catalogueVersion` the catalogue
 * every one of them was answered with ('' only before the saved answers have been read).
 */
export const persistedStateSchema = z.object({
  assessment: assessmentSchema,
  desired: z.nullable(assessmentSchema),
  editing: variantSchema,
  snapshots: z.array(snapshotSchema).check(z.maxLength(MAX_SNAPSHOTS)),
  step: z.int().check(z.gte(0), z.lte(50)),
  createdAt: z.nullable(z.string().check(z.maxLength(40))),
  updatedAt: z.nullable(z.string().check(z.maxLength(40))),
  catalogueVersion: z.string().check(z.maxLength(40)),
});
export type PersistedState = z.infer<typeof persistedStateSchema>;

export type MigrationResult =
  | { ok: true; state: PersistedState; note: CarriedNote | null }
  | { ok: false; reason: 'newer-version' | 'invalid'; detail?: string };

/**
 * Reads a saved state of any version: the format's steps, the schema, the catalogue's steps, then
 * the catalogue itself (every answer must name a question and option it has). What only the app
 * could have got wrong is put right (editing a desired state that is not there, a step past the
 * last); anything else is refused, so the safe storage keeps the original for the user.
 */
export function migratePersisted(
  state: unknown,
  version: number,
  catalogue: Catalogue = CATALOGUE,
  steps?: readonly FormatStep[],
): MigrationResult {
  if (hasDangerousKeys(state)) return { ok: false, reason: 'invalid' };
  const migrated = migrateFormat('storedAnswers', state, version, steps);
  if (!migrated.ok) return migrated;
  const parsed = persistedStateSchema.safeParse(migrated.data);
  if (!parsed.success) {
    return { ok: false, reason: 'invalid', detail: parsed.error.issues[0]?.message };
  }
  const saved = parsed.data;
  // Written before the saved answers were read (e.g. «Start på nytt» on a slow start): this app's.
  const from = saved.catalogueVersion === '' ? catalogue.version : saved.catalogueVersion;
  const all = [
    saved.assessment,
    ...(saved.desired ? [saved.desired] : []),
    ...saved.snapshots.map((s) => s.assessment),
  ];
  const carried = carryToCatalogue(all, from, catalogue.version);
  if (!carried.ok) {
    return {
      ok: false,
      reason: carried.reason === 'newer-catalogue' ? 'newer-version' : 'invalid',
    };
  }
  const problem = carried.assessments.flatMap((a) => findAssessmentProblems(a, catalogue))[0];
  if (problem) return { ok: false, reason: 'invalid', detail: problem.questionId };
  const [assessment, ...rest] = carried.assessments;
  const desired = saved.desired ? rest.shift()! : null;
  return {
    ok: true,
    note: carried.note,
    state: {
      ...saved,
      assessment: assessment!,
      desired,
      editing: saved.editing === 'desired' && desired ? 'desired' : 'today',
      snapshots: saved.snapshots.map((s, i) => ({ ...s, assessment: rest[i]! })),
      step: Math.min(saved.step, wizardSteps(catalogue).length),
      catalogueVersion: catalogue.version,
    },
  };
}

/** The catalogue that fresh answers are given with. */
export function currentCatalogueVersion(): string {
  return CATALOGUE.version;
}

/** Another tab's save, read like saved answers; null when it cannot be used here. */
export function readSaved(raw: string): PersistedState | null {
  if (checkJsonText(raw, MAX_SAVED_CHARS)) return null;
  try {
    const envelope: unknown = JSON.parse(raw);
    if (typeof envelope !== 'object' || envelope === null) return null;
    const { state, version } = envelope as { state?: unknown; version?: unknown };
    if (typeof version !== 'number') return null;
    const result = migratePersisted(state, version);
    return result.ok ? result.state : null;
  } catch {
    return null;
  }
}
