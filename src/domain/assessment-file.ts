import * as z from 'zod/mini';
import {
  assessmentSchema,
  freeText,
  isEmptyAssessment,
  leaveOutUnknown,
  leftOutOf,
  type Assessment,
  type LeftOut,
} from './assessment-schema';
import type { Catalogue } from './catalogue-schema';
import { currentVersion, migrateFormat } from './formats/migrations';
import { carryToCatalogue, type CarriedNote } from './formats/catalogue-carry';
import { hasDangerousKeys, parseJsonText, type WorkCounter } from './safe-json';

/** The JSON file a user downloads and imports again: self-describing and versioned. */
export const ASSESSMENT_FILE_TYPE = 'modellkart-assessment';
export const ASSESSMENT_FILE_VERSION = currentVersion('assessmentFile');
/** Far above any real file (all comments full), small enough to parse without a hitch. */
export const MAX_ASSESSMENT_FILE_CHARS = 2_000_000;

const isoDate = z.string().check(z.maxLength(40));

/** Same shape as the store's snapshots, so a file restores them as they were. */
export const snapshotSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  label: freeText(200),
  createdAt: isoDate,
  variant: z.enum(['today', 'desired']),
  assessment: assessmentSchema,
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export const assessmentFileSchema = z.object({
  type: z.literal(ASSESSMENT_FILE_TYPE),
  version: z.literal(ASSESSMENT_FILE_VERSION),
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
export type AssessmentFile = z.infer<typeof assessmentFileSchema>;

export type AssessmentFileProblem =
  'not-json' | 'wrong-type' | 'newer-version' | 'invalid' | 'unknown-question' | 'too-large';

export type AssessmentFileResult =
  | {
      ok: true;
      file: AssessmentFile;
      /** Set when the answers were made with an older catalogue and carried to this one. */
      note: CarriedNote | null;
      /** Answers to questions or options this catalogue lacks: left out, to be told to the user. */
      left: LeftOut;
    }
  | { ok: false; reason: AssessmentFileProblem };

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

/**
 * Never throws: every failure becomes a reason the UI can name. Nothing is changed here. Answers
 * the catalogue does not know are left out and counted (`left`); a file with nothing else in it is
 * refused.
 */
export function parseAssessmentFile(
  text: string,
  catalogue: Catalogue,
  counter?: WorkCounter,
): AssessmentFileResult {
  try {
    return parse(text, catalogue, counter);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
}

function parse(text: string, catalogue: Catalogue, counter?: WorkCounter): AssessmentFileResult {
  const json = parseJsonText(text, MAX_ASSESSMENT_FILE_CHARS, counter);
  if (!json.ok) {
    return { ok: false, reason: json.reason === 'too-deep' ? 'invalid' : json.reason };
  }
  const data = json.value;
  if (!isRecord(data) || data.type !== ASSESSMENT_FILE_TYPE)
    return { ok: false, reason: 'wrong-type' };
  if (hasDangerousKeys(data, counter)) return { ok: false, reason: 'invalid' };
  const migrated = migrateFormat('assessmentFile', data, data.version);
  if (!migrated.ok) return migrated;
  const parsed = assessmentFileSchema.safeParse(migrated.data);
  // The schema's issue is not passed on: its path can hold the file's own keys.
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const file = parsed.data;
  const snapshots = file.snapshots ?? [];
  const carried = carryToCatalogue(
    [
      file.assessment,
      ...(file.desired ? [file.desired] : []),
      ...snapshots.map((s) => s.assessment),
    ],
    file.catalogueVersion,
    catalogue.version,
  );
  if (!carried.ok) {
    return {
      ok: false,
      reason: carried.reason === 'newer-catalogue' ? 'newer-version' : 'invalid',
    };
  }
  const cleaned = carried.assessments.map((a) => leaveOutUnknown(a, catalogue));
  const left = leftOutOf(cleaned.map((c) => c.problems));
  if (left.answers > 0 && cleaned.every((c) => isEmptyAssessment(c.assessment))) {
    return { ok: false, reason: 'unknown-question' };
  }
  const [assessment, ...rest] = cleaned.map((c) => c.assessment);
  const desired = file.desired ? rest.shift()! : file.desired;
  return {
    ok: true,
    note: carried.note,
    left,
    file: {
      ...file,
      catalogueVersion: catalogue.version,
      assessment: assessment!,
      ...(desired !== undefined ? { desired } : {}),
      ...(file.snapshots
        ? { snapshots: file.snapshots.map((s, i) => ({ ...s, assessment: rest[i]! })) }
        : {}),
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
