import * as z from 'zod/mini';
import { assessmentSchema } from '../domain/assessment-schema';
import { PERSISTED_VERSION } from './persisted-version';

export const persistedStateV1Schema = z.object({
  assessment: assessmentSchema,
  step: z.int().check(z.gte(0), z.lte(50)),
  createdAt: z.nullable(z.string()),
  updatedAt: z.nullable(z.string()),
});

export const persistedStateSchema = persistedStateV1Schema;
export type PersistedState = z.infer<typeof persistedStateSchema>;

/**
 * Append-only: migrations[n] turns a version-n state into version n+1. Never edit an old one;
 * each has its own test.
 */
export const migrations: Record<number, (state: unknown) => unknown> = {};

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
