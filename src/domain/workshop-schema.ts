import * as z from 'zod/mini';
import {
  answersSchema,
  assessmentSchema,
  freeText,
  leaveOutUnknown,
  type Assessment,
} from './assessment-schema';
import { CATALOGUE } from './catalogue';
import { contextAnswerFor, type Catalogue } from './catalogue-schema';
import { currentVersion, migrateFormat } from './formats/migrations';
import { carryToCatalogue, mergeNotes, type CarriedNote } from './formats/catalogue-carry';
import { publicKeySchema, roomIdSchema, submissionIdSchema } from './live-protocol';
import { hasDangerousKeys, parseJsonText, type WorkCounter } from './safe-json';

export const MAX_WORKSHOP_NAME = 120;
export const MAX_PARTICIPANTS = 2000;
export const MAX_WORKSHOP_FILE_BYTES = 20_000_000;

export const PARTICIPANT_SOURCES = ['link', 'file', 'manual', 'live'] as const;

export const participantSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  /** Shown as «Deltaker 3» until the facilitator gives a name; never reused within a workshop. */
  number: z.int().check(z.gte(1)),
  name: z.nullable(freeText(80)),
  /**
   * True when the name is one the participant gave when they sent (live), not one the
   * facilitator typed: only then may their role be shown next to their answers in a small group.
   */
  selfNamed: z.optional(z.boolean()),
  role: z.nullable(z.string().check(z.maxLength(80))),
  assessment: assessmentSchema,
  desired: z.optional(z.nullable(answersSchema)),
  hidden: z.boolean(),
  addedAt: z.string(),
  source: z.enum(PARTICIPANT_SOURCES),
  /** The live submission this participant came from: a re-send replaces their answers. */
  liveId: z.optional(submissionIdSchema),
  /** The catalogue the answers were given with (always today's once read). */
  catalogueVersion: z.string().check(z.maxLength(40)),
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
  name: freeText(MAX_WORKSHOP_NAME).check(z.minLength(1)),
  createdAt: z.string(),
  updatedAt: z.string(),
  nextNumber: z.int().check(z.gte(1)),
  participants: z.array(participantSchema).check(z.maxLength(MAX_PARTICIPANTS)),
  live: z.optional(liveRoomSchema),
  roleView: z.optional(roleViewSchema),
});
export type Workshop = z.infer<typeof workshopSchema>;

/** What the workshop store keeps in localStorage (format `storedWorkshops`). */
export const WORKSHOPS_VERSION = currentVersion('storedWorkshops');
export const workshopsStateSchema = z.object({ workshops: z.array(workshopSchema) });
export type WorkshopsState = z.infer<typeof workshopsStateSchema>;

/** What was put right or left out when a workshop was read, one line per participant and kind. */
export type WorkshopRepair =
  | { kind: 'duplicate-id'; number: number }
  | { kind: 'duplicate-number'; number: number; was: number }
  | { kind: 'unknown-role'; number: number }
  | { kind: 'unknown-answers'; number: number; count: number }
  | { kind: 'next-number'; number: number };

/**
 * Checks identity and references, and puts right what can be put right without guessing: a
 * repeated participant id gets a new one, a repeated number the next free one, `nextNumber` moves
 * past every number in use, an unknown role is dropped, and answers to unknown questions or with
 * unknown options are left out. Each repair is reported; nothing unknown is kept to be shown raw.
 */
export function repairWorkshop(
  workshop: Workshop,
  catalogue: Catalogue,
  newId: () => string,
): { workshop: Workshop; repairs: WorkshopRepair[] } {
  const repairs: WorkshopRepair[] = [];
  const roles = new Set(
    catalogue.questions
      .find((q) => q.id === 'rolle' && q.kind === 'context')
      ?.options.map((o) => o.id) ?? [],
  );
  const ids = new Set<string>();
  const numbers = new Set<number>();
  let next = Math.max(workshop.nextNumber, ...workshop.participants.map((p) => p.number + 1));
  const participants = workshop.participants.map((p): Participant => {
    let participant = p;
    if (ids.has(p.id)) {
      repairs.push({ kind: 'duplicate-id', number: p.number });
      let id = newId();
      while (ids.has(id)) id = newId();
      participant = { ...participant, id };
    }
    ids.add(participant.id);
    if (numbers.has(p.number)) {
      repairs.push({ kind: 'duplicate-number', number: next, was: p.number });
      participant = { ...participant, number: next++ };
    }
    numbers.add(participant.number);
    const cleaned = withoutUnknown(participant.assessment, catalogue);
    if (cleaned.removed > 0) {
      repairs.push({ kind: 'unknown-answers', number: participant.number, count: cleaned.removed });
      participant = { ...participant, assessment: cleaned.assessment };
    }
    if (participant.desired) {
      const desired = withoutUnknown(
        { answers: participant.desired, comments: {}, context: {} },
        catalogue,
      );
      if (desired.removed > 0) {
        repairs.push({
          kind: 'unknown-answers',
          number: participant.number,
          count: desired.removed,
        });
        participant = { ...participant, desired: desired.assessment.answers };
      }
    }
    if (participant.role !== null && !roles.has(participant.role)) {
      repairs.push({ kind: 'unknown-role', number: participant.number });
      participant = { ...participant, role: null };
    }
    return participant;
  });
  if (
    next !== workshop.nextNumber &&
    workshop.participants.some((p) => p.number >= workshop.nextNumber)
  ) {
    repairs.push({ kind: 'next-number', number: next });
  }
  return { workshop: { ...workshop, nextNumber: next, participants }, repairs };
}

/** The assessment with every answer the catalogue does not know left out, and how many. */
function withoutUnknown(
  assessment: Assessment,
  catalogue: Catalogue,
): { assessment: Assessment; removed: number } {
  const { assessment: cleaned, problems } = leaveOutUnknown(assessment, catalogue);
  return { assessment: cleaned, removed: problems.length };
}

/** Carries every participant to the catalogue; a note when any had to be carried. */
function carryWorkshop(
  workshop: Workshop,
  catalogue: Catalogue,
):
  | { ok: true; workshop: Workshop; note: CarriedNote | null }
  | { ok: false; reason: 'newer-version' | 'invalid' } {
  const notes: (CarriedNote | null)[] = [];
  const participants: Participant[] = [];
  for (const p of workshop.participants) {
    const desired = p.desired ? [{ answers: p.desired, comments: {}, context: {} }] : [];
    const carried = carryToCatalogue(
      [p.assessment, ...desired],
      p.catalogueVersion,
      catalogue.version,
    );
    if (!carried.ok) {
      return {
        ok: false,
        reason: carried.reason === 'newer-catalogue' ? 'newer-version' : 'invalid',
      };
    }
    notes.push(carried.note);
    participants.push({
      ...p,
      assessment: carried.assessments[0]!,
      ...(p.desired ? { desired: carried.assessments[1]!.answers } : {}),
      catalogueVersion: catalogue.version,
    });
  }
  return { ok: true, workshop: { ...workshop, participants }, note: mergeNotes(notes) };
}

/** What reading saved workshops put right, per workshop (by its name), for a notice. */
export type WorkshopRepairs = { workshop: string; repairs: WorkshopRepair[] };

export type WorkshopsMigration =
  | {
      ok: true;
      state: WorkshopsState;
      note: CarriedNote | null;
      /** Only the workshops that needed a repair; empty when all were sound. */
      repairs: WorkshopRepairs[];
    }
  | { ok: false; reason: 'newer-version' | 'invalid' };

/** Reads saved workshops of any version, carried to the catalogue and checked like a file. */
export function migrateWorkshops(
  state: unknown,
  version: number,
  catalogue: Catalogue = CATALOGUE,
  newId: () => string = randomId,
): WorkshopsMigration {
  if (hasDangerousKeys(state)) return { ok: false, reason: 'invalid' };
  const migrated = migrateFormat('storedWorkshops', state, version);
  if (!migrated.ok) return migrated;
  const parsed = workshopsStateSchema.safeParse(migrated.data);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const notes: (CarriedNote | null)[] = [];
  const workshops: Workshop[] = [];
  const repairs: WorkshopRepairs[] = [];
  for (const w of parsed.data.workshops) {
    const carried = carryWorkshop(w, catalogue);
    if (!carried.ok) return carried;
    notes.push(carried.note);
    const repaired = repairWorkshop(carried.workshop, catalogue, newId);
    workshops.push(repaired.workshop);
    if (repaired.repairs.length > 0) {
      repairs.push({ workshop: repaired.workshop.name, repairs: repaired.repairs });
    }
  }
  return { ok: true, state: { workshops }, note: mergeNotes(notes), repairs };
}

// ---- Files -------------------------------------------------------------------------------------

export const WORKSHOP_FILE_TYPE = 'modellkart-workshop';
export const WORKSHOP_FILE_VERSION = currentVersion('workshopFile');

export type FileProblem = 'too-large' | 'not-json' | 'wrong-type' | 'newer-version' | 'invalid';

const workshopFileSchema = z.object({
  type: z.literal(WORKSHOP_FILE_TYPE),
  version: z.literal(WORKSHOP_FILE_VERSION),
  catalogueVersion: z.string().check(z.maxLength(40)),
  exportedAt: z.string().check(z.maxLength(40)),
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

export type WorkshopFileResult =
  | {
      ok: true;
      file: WorkshopFile;
      /** What was put right or left out, for the import message (empty for a sound file). */
      repairs: WorkshopRepair[];
      note: CarriedNote | null;
    }
  | { ok: false; reason: FileProblem };

/**
 * Reads a workshop file: size and nesting before parsing, then type, version, the format's steps,
 * the schema, the catalogue's steps, and identity and references (see repairWorkshop). Never
 * throws; nothing is changed here.
 */
export function parseWorkshopFile(
  text: string,
  catalogue: Catalogue = CATALOGUE,
  newId: () => string = randomId,
  counter?: WorkCounter,
): WorkshopFileResult {
  try {
    return parseFile(text, catalogue, newId, counter);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
}

function parseFile(
  text: string,
  catalogue: Catalogue,
  newId: () => string,
  counter?: WorkCounter,
): WorkshopFileResult {
  const json = parseJsonText(text, MAX_WORKSHOP_FILE_BYTES, counter);
  if (!json.ok) return { ok: false, reason: json.reason === 'too-deep' ? 'invalid' : json.reason };
  const value = json.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'wrong-type' };
  }
  const record = value as Record<string, unknown>;
  if (record.type !== WORKSHOP_FILE_TYPE) return { ok: false, reason: 'wrong-type' };
  if (hasDangerousKeys(record, counter)) return { ok: false, reason: 'invalid' };
  const migrated = migrateFormat('workshopFile', record, record.version);
  if (!migrated.ok) return migrated;
  const parsed = workshopFileSchema.safeParse(migrated.data);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const carried = carryWorkshop(parsed.data.workshop, catalogue);
  if (!carried.ok) return carried;
  const { workshop, repairs } = repairWorkshop(carried.workshop, catalogue, newId);
  return {
    ok: true,
    file: { ...parsed.data, catalogueVersion: catalogue.version, workshop },
    repairs,
    note: carried.note,
  };
}

export function randomId(): string {
  const c = globalThis.crypto;
  // randomUUID needs a secure context; a workshop laptop may serve the app over plain http.
  if (c?.randomUUID) return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
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

/** A join link carries a name of at most 120 characters; anything far longer is refused unread. */
export const MAX_JOIN_CODE_LENGTH = 2000;

const joinSchema = z.object({
  v: z.literal(currentVersion('joinLink')),
  n: freeText(MAX_WORKSHOP_NAME).check(z.minLength(1)),
});

/** What a join link carries: only the workshop's name (no answers, nothing personal). */
export function encodeJoinPayload(payload: JoinPayload): string {
  return toBase64Url(JSON.stringify({ v: currentVersion('joinLink'), n: payload.name }));
}

export function decodeJoinPayload(code: string): JoinPayload | null {
  if (typeof code !== 'string' || code.length > MAX_JOIN_CODE_LENGTH) return null;
  try {
    const data: unknown = JSON.parse(fromBase64Url(code));
    if (typeof data !== 'object' || data === null) return null;
    const migrated = migrateFormat('joinLink', data, (data as { v?: unknown }).v);
    if (!migrated.ok) return null;
    const parsed = joinSchema.safeParse(migrated.data);
    return parsed.success ? { name: parsed.data.n } : null;
  } catch {
    return null;
  }
}
