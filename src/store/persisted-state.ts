import * as z from 'zod/mini';
import { assessmentSchema } from '../domain/assessment-schema';
import { MAX_SNAPSHOT_LABEL_LENGTH, MAX_SNAPSHOTS, PERSISTED_VERSION } from './persisted-version';

export const persistedStateV1Schema = z.object({
  assessment: assessmentSchema,
  step: z.int().check(z.gte(0), z.lte(50)),
  createdAt: z.nullable(z.string()),
  updatedAt: z.nullable(z.string()),
});

export const variantSchema = z.enum(['today', 'desired']);
export type Variant = z.infer<typeof variantSchema>;

export const snapshotSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  label: z.string().check(z.maxLength(MAX_SNAPSHOT_LABEL_LENGTH)),
  createdAt: z.string().check(z.maxLength(40)),
  variant: variantSchema,
  assessment: assessmentSchema,
});
export type Snapshot = z.infer<typeof snapshotSchema>;

/**
 * Version 2: `assessment` stays the situation today; `desired` is the goal (null until started);
 * `editing` says which of the two the wizard writes; `snapshots` keep earlier states in order.
 */
export const persistedStateV2Schema = z.object({
  assessment: assessmentSchema,
  desired: z.nullable(assessmentSchema),
  editing: variantSchema,
  snapshots: z.array(snapshotSchema).check(z.maxLength(MAX_SNAPSHOTS)),
  step: z.int().check(z.gte(0), z.lte(50)),
  createdAt: z.nullable(z.string()),
  updatedAt: z.nullable(z.string()),
});

export const persistedStateSchema = persistedStateV2Schema;
export type PersistedState = z.infer<typeof persistedStateSchema>;

/**
 * Append-only: migrations[n] turns a version-n state into version n+1. Never edit an old one;
 * each has its own test.
 */
export const migrations: Record<number, (state: unknown) => unknown> = {
  // 1 → 2: no desired state, no snapshots yet; the wizard keeps editing today's answers.
  1: (state) => ({
    ...(state as object),
    desired: null,
    editing: 'today',
    snapshots: [],
  }),
};

export type MigrationResult =
  | { ok: true; state: PersistedState }
  | {
      ok: false;
      reason: 'newer-version' | 'invalid' | 'no-migration';
      detail?: string;
    };

export function migratePersisted(state: unknown, version: number): MigrationResult {
  if (!Number.isInteger(version) || version < 1) return { ok: false, reason: 'invalid' };
  if (version > PERSISTED_VERSION) return { ok: false, reason: 'newer-version' };
  let current = state;
  for (let v = version; v < PERSISTED_VERSION; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, reason: 'no-migration', detail: `from ${v}` };
    if (typeof current !== 'object' || current === null) return { ok: false, reason: 'invalid' };
    current = step(current);
  }
  const parsed = persistedStateSchema.safeParse(current);
  if (!parsed.success) {
    return {
      ok: false,
      reason: 'invalid',
      detail: parsed.error.issues[0]?.message,
    };
  }
  return { ok: true, state: parsed.data };
}
