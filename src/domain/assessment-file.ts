import * as z from 'zod/mini';
import { assessmentSchema, findAssessmentProblems, type Assessment } from './assessment-schema';
import type { Catalogue } from './catalogue-schema';
import { hasDangerousKeys } from './safe-json';

/** The JSON file a user downloads and imports again: self-describing and versioned. */
export const ASSESSMENT_FILE_TYPE = 'modellkart-assessment';
export const ASSESSMENT_FILE_VERSION = 1;
/** Far above any real file (all comments full), small enough to parse without a hitch. */
export const MAX_ASSESSMENT_FILE_CHARS = 2_000_000;

const isoDate = z.string().check(z.maxLength(40));

/** Same shape as the store's snapshots, so a file restores them as they were. */
export const snapshotSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  label: z.string().check(z.maxLength(200)),
  createdAt: isoDate,
  variant: z.enum(['today', 'desired']),
  assessment: assessmentSchema,
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export const assessmentFileV1Schema = z.object({
  type: z.literal(ASSESSMENT_FILE_TYPE),
  version: z.literal(1),
  catalogueVersion: z.string().check(z.maxLength(40)),
  createdAt: z.nullable(isoDate),
  updatedAt: z.nullable(isoDate),
  exportedAt: isoDate,
  /** The situation today. */
  assessment: assessmentSchema,
  /** The desired situation, when the user has described one. */
  desired: z.optional(z.nullable(assessmentSchema)),
  snapshots: z.optional(z.array(snapshotSchema).check(z.maxLength(50))),
});
export const assessmentFileSchema = assessmentFileV1Schema;
export type AssessmentFile = z.infer<typeof assessmentFileSchema>;

/**
 * Append-only: fileMigrations[n] turns a version-n file into version n+1. Never edit an old one;
 * add the next with its own test. Version 1 is the first, so there is none yet.
 */
export const fileMigrations: Record<number, (file: Record<string, unknown>) => unknown> = {};

export type AssessmentFileProblem =
  'not-json' | 'wrong-type' | 'newer-version' | 'invalid' | 'unknown-question' | 'too-large';

export type AssessmentFileResult =
  | { ok: true; file: AssessmentFile }
  | { ok: false; reason: AssessmentFileProblem; detail?: string };

export function buildAssessmentFile(input: {
  assessment: Assessment;
  catalogue: Catalogue;
  createdAt: string | null;
  updatedAt: string | null;
  desired?: Assessment | null;
  snapshots?: Snapshot[];
  now?: Date;
}): AssessmentFile {
  return {
    type: ASSESSMENT_FILE_TYPE,
    version: ASSESSMENT_FILE_VERSION,
    catalogueVersion: input.catalogue.version,
    createdAt: input.createdAt,
    updatedAt: input.updatedAt,
    exportedAt: (input.now ?? new Date()).toISOString(),
    assessment: input.assessment,
    ...(input.desired ? { desired: input.desired } : {}),
    ...(input.snapshots && input.snapshots.length > 0 ? { snapshots: input.snapshots } : {}),
  };
}

export function serializeAssessmentFile(file: AssessmentFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

type MigrationOptions = {
  migrations?: Record<number, (file: Record<string, unknown>) => unknown>;
  target?: number;
};

/** Runs the migrations from the file's version up to `target`; returns the raw result. */
export function migrateAssessmentFile(
  data: Record<string, unknown>,
  { migrations = fileMigrations, target = ASSESSMENT_FILE_VERSION }: MigrationOptions = {},
): { ok: true; data: unknown } | { ok: false; reason: 'newer-version' | 'invalid' } {
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'invalid' };
  }
  if (version > target) return { ok: false, reason: 'newer-version' };
  let current: unknown = data;
  for (let v = version; v < target; v++) {
    const step = migrations[v];
    if (!step || !isRecord(current)) return { ok: false, reason: 'invalid' };
    current = step(current);
  }
  return { ok: true, data: current };
}

/** Never throws: every failure becomes a reason the UI can name. Nothing is changed here. */
export function parseAssessmentFile(text: string, catalogue: Catalogue): AssessmentFileResult {
  try {
    return parse(text, catalogue);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
}

function parse(text: string, catalogue: Catalogue): AssessmentFileResult {
  if (typeof text !== 'string') return { ok: false, reason: 'not-json' };
  if (text.length > MAX_ASSESSMENT_FILE_CHARS) return { ok: false, reason: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!isRecord(data) || data.type !== ASSESSMENT_FILE_TYPE)
    return { ok: false, reason: 'wrong-type' };
  if (hasDangerousKeys(data)) return { ok: false, reason: 'invalid' };
  const migrated = migrateAssessmentFile(data);
  if (!migrated.ok) return migrated;
  const parsed = assessmentFileSchema.safeParse(migrated.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: 'invalid', detail: issue ? issue.path.join('.') : undefined };
  }
  const problems = [
    parsed.data.assessment,
    ...(parsed.data.desired ? [parsed.data.desired] : []),
    ...(parsed.data.snapshots ?? []).map((s) => s.assessment),
  ].flatMap((a) => findAssessmentProblems(a, catalogue));
  if (problems.length > 0) {
    return { ok: false, reason: 'unknown-question', detail: problems[0]!.questionId };
  }
  return { ok: true, file: parsed.data };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
