import * as z from 'zod/mini';
import { hasDangerousKeys } from './safe-json';
import { answersSchema, assessmentSchema, type Assessment } from './assessment-schema';
import { CATALOGUE } from './catalogue';
import {
  contextAnswerFor,
  contextQuestionFor,
  type Catalogue,
  type RoleGroup,
} from './catalogue-schema';
import { publicKeySchema, roomIdSchema, submissionIdSchema } from './live-protocol';

export const MAX_WORKSHOP_NAME = 120;
export const MAX_PARTICIPANTS = 2000;
export const MAX_WORKSHOP_FILE_BYTES = 20_000_000;

export const PARTICIPANT_SOURCES = ['link', 'file', 'manual', 'live'] as const;

export const participantSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  /** Shown as «Deltaker 3» until the facilitator gives a name; never reused within a workshop. */
  number: z.int().check(z.gte(1)),
  name: z.nullable(z.string().check(z.maxLength(80))),
  role: z.nullable(z.string().check(z.maxLength(80))),
  assessment: assessmentSchema,
  desired: z.optional(z.nullable(answersSchema)),
  hidden: z.boolean(),
  addedAt: z.string(),
  source: z.enum(PARTICIPANT_SOURCES),
  /** The live submission this participant came from: a re-send replaces their answers. */
  liveId: z.optional(submissionIdSchema),
});
export type Participant = z.infer<typeof participantSchema>;

/** The facilitator's side of a live room. The private key and secret never leave this browser
 * except in the facilitator's own workshop file. */
export const liveRoomSchema = z.object({
  roomId: roomIdSchema,
  publicKey: publicKeySchema,
  privateKey: z.object({
    kty: z.literal('EC'),
    crv: z.literal('P-256'),
    x: z.string().check(z.maxLength(64)),
    y: z.string().check(z.maxLength(64)),
    d: z.string().check(z.maxLength(64)),
  }),
  secret: roomIdSchema,
  /** The last relay event read, so a reload resumes after it. */
  lastSeq: z.int().check(z.gte(0)),
  /** How many the facilitator expects to send («12 av 20 har sendt»). */
  expected: z.nullable(z.int().check(z.gte(1), z.lte(MAX_PARTICIPANTS))),
  closed: z.boolean(),
  createdAt: z.string(),
});
export type LiveRoom = z.infer<typeof liveRoomSchema>;

/** How roles are compared: each role, or the three role groups, from `threshold` people up. */
export const roleViewSchema = z.object({
  by: z.enum(['role', 'group']),
  threshold: z.int().check(z.gte(2), z.lte(MAX_PARTICIPANTS)),
});
export type RoleView = z.infer<typeof roleViewSchema>;

export const workshopSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  name: z.string().check(z.minLength(1), z.maxLength(MAX_WORKSHOP_NAME)),
  createdAt: z.string(),
  updatedAt: z.string(),
  nextNumber: z.int().check(z.gte(1)),
  participants: z.array(participantSchema).check(z.maxLength(MAX_PARTICIPANTS)),
  live: z.optional(liveRoomSchema),
  roleView: z.optional(roleViewSchema),
});
export type Workshop = z.infer<typeof workshopSchema>;

/** What the workshop store keeps in localStorage. Bump the version and add a migration. */
export const WORKSHOPS_VERSION = 1;
export const workshopsStateSchema = z.object({ workshops: z.array(workshopSchema) });
export type WorkshopsState = z.infer<typeof workshopsStateSchema>;

/** Append-only: workshopMigrations[n] turns a version-n state into version n+1. */
export const workshopMigrations: Record<number, (state: unknown) => unknown> = {};

export type WorkshopsMigration =
  | { ok: true; state: WorkshopsState }
  | { ok: false; reason: 'newer-version' | 'invalid' | 'no-migration' };

export function migrateWorkshops(
  state: unknown,
  version: number,
  current = WORKSHOPS_VERSION,
): WorkshopsMigration {
  if (!Number.isInteger(version) || version < 1) return { ok: false, reason: 'invalid' };
  if (version > current) return { ok: false, reason: 'newer-version' };
  let value = state;
  for (let v = version; v < current; v++) {
    const step = workshopMigrations[v];
    if (!step) return { ok: false, reason: 'no-migration' };
    value = step(value);
  }
  const parsed = workshopsStateSchema.safeParse(value);
  return parsed.success ? { ok: true, state: parsed.data } : { ok: false, reason: 'invalid' };
}

// ---- Files -------------------------------------------------------------------------------------

export const WORKSHOP_FILE_TYPE = 'modellkart-workshop';
export const WORKSHOP_FILE_VERSION = 1;

export type FileProblem = 'too-large' | 'not-json' | 'wrong-type' | 'newer-version' | 'invalid';

const workshopFileSchema = z.object({
  type: z.literal(WORKSHOP_FILE_TYPE),
  version: z.literal(WORKSHOP_FILE_VERSION),
  catalogueVersion: z.string(),
  exportedAt: z.string(),
  workshop: workshopSchema,
});
export type WorkshopFile = z.infer<typeof workshopFileSchema>;

export function toWorkshopFile(
  workshop: Workshop,
  catalogueVersion: string,
  now = new Date(),
): WorkshopFile {
  return {
    type: WORKSHOP_FILE_TYPE,
    version: WORKSHOP_FILE_VERSION,
    catalogueVersion,
    exportedAt: now.toISOString(),
    workshop,
  };
}

type Envelope = { ok: true; value: Record<string, unknown> } | { ok: false; reason: FileProblem };

/** Reads the common part of our JSON files: size, JSON, type and format version. */
function readEnvelope(text: string, type: string, version: number, maxBytes: number): Envelope {
  if (text.length > maxBytes) return { ok: false, reason: 'too-large' };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'wrong-type' };
  }
  const record = value as Record<string, unknown>;
  if (record.type !== type) return { ok: false, reason: 'wrong-type' };
  if (typeof record.version !== 'number') return { ok: false, reason: 'invalid' };
  if (record.version > version) return { ok: false, reason: 'newer-version' };
  return { ok: true, value: record };
}

export type WorkshopFileResult =
  { ok: true; file: WorkshopFile } | { ok: false; reason: FileProblem };

export function parseWorkshopFile(text: string): WorkshopFileResult {
  const envelope = readEnvelope(
    text,
    WORKSHOP_FILE_TYPE,
    WORKSHOP_FILE_VERSION,
    MAX_WORKSHOP_FILE_BYTES,
  );
  if (!envelope.ok) return envelope;
  if (hasDangerousKeys(envelope.value)) return { ok: false, reason: 'invalid' };
  const parsed = workshopFileSchema.safeParse(envelope.value);
  return parsed.success ? { ok: true, file: parsed.data } : { ok: false, reason: 'invalid' };
}

// ---- Links, codes and duplicates ---------------------------------------------------------------

const SHARE_MARKER = '#/delt/';

/**
 * The share code in a pasted line: a whole link (…#/delt/<code>) or the bare code. Null for a line
 * that cannot be one (spaces inside, or a link to another page).
 */
export function extractShareCode(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed === '') return null;
  const at = trimmed.indexOf(SHARE_MARKER);
  const code = at >= 0 ? trimmed.slice(at + SHARE_MARKER.length) : trimmed;
  if (code === '' || /\s/.test(code)) return null;
  if (at < 0 && /^[a-z]+:\/\//i.test(code)) return null;
  return code.replace(/[?&].*$/, '');
}

/** Canonical JSON of what a participant answered, so the same answers count as a duplicate. */
export function assessmentFingerprint(assessment: Assessment): string {
  const sorted = (record: Record<string, unknown>) =>
    Object.keys(record)
      .sort()
      .map((k) => [k, record[k]]);
  return JSON.stringify([
    sorted(assessment.answers),
    sorted(assessment.context),
    sorted(assessment.comments),
  ]);
}

/** The role a participant chose in the wizard's respondent-role question, if any. */
export function roleOf(assessment: Assessment, catalogue: Catalogue = CATALOGUE): string | null {
  const role = contextAnswerFor(assessment.context, catalogue, 'respondent-role');
  return typeof role === 'string' && role !== '' ? role : null;
}

/** The perspective a role speaks from (the role option's group), for merging small groups. */
export function roleGroupOf(
  role: string | null,
  catalogue: Catalogue = CATALOGUE,
): RoleGroup | null {
  if (role === null) return null;
  const question = contextQuestionFor(catalogue, 'respondent-role');
  return question?.options.find((o) => o.id === role)?.group ?? null;
}

// ---- Join links --------------------------------------------------------------------------------

export type JoinPayload = { name: string };

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): string {
  const base64 = code.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(
    Uint8Array.from(binary, (c) => c.charCodeAt(0)),
  );
}

const joinSchema = z.object({
  v: z.literal(1),
  n: z.string().check(z.minLength(1), z.maxLength(MAX_WORKSHOP_NAME)),
});

/** What a join link carries: only the workshop's name (no answers, nothing personal). */
export function encodeJoinPayload(payload: JoinPayload): string {
  return toBase64Url(JSON.stringify({ v: 1, n: payload.name }));
}

export function decodeJoinPayload(code: string): JoinPayload | null {
  try {
    const parsed = joinSchema.safeParse(JSON.parse(fromBase64Url(code)));
    return parsed.success ? { name: parsed.data.n } : null;
  } catch {
    return null;
  }
}
