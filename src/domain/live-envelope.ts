import * as z from 'zod/mini';
import { assessmentSchema, findAssessmentProblems, type Assessment } from './assessment-schema';
import type { Catalogue } from './catalogue-schema';
import { LIVE_PROTOCOL_VERSION, type Envelope, envelopeSchema } from './live-protocol';
import * as c from './live-crypto';
import type { EcJwk } from './live-crypto';
import { hasDangerousKeys } from './safe-json';
import { base64UrlDecode, base64UrlEncode } from './share-code';

/**
 * End-to-end encryption of a live submission. The participant makes a fresh P-256 key pair per
 * submission, derives an AES-GCM key from ECDH with the facilitator's public key through
 * HKDF-SHA-256 (salt: the room id, info: HKDF_INFO), and binds the ciphertext to
 * `${roomId}/${submissionId}` as additional data, so a relay cannot move a submission to another
 * room or another participant's slot. The primitives are plain JavaScript (live-crypto.ts), not
 * WebCrypto: a phone on the room's Wi-Fi opens the app over plain http, where browsers hide
 * `crypto.subtle`; one mechanism everywhere means the laptop runs exactly what the phone runs.
 */
export const HKDF_INFO = 'modellkart-live-v1';
export const MAX_LIVE_NAME = 80;

/** What a participant sends: their answers, role, and only what they chose to add. */
export const livePayloadSchema = z.object({
  v: z.literal(1),
  catalogueVersion: z.string().check(z.maxLength(40)),
  assessment: assessmentSchema,
  desired: z.optional(z.nullable(assessmentSchema)),
  role: z.nullable(z.string().check(z.maxLength(80))),
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_LIVE_NAME))),
});
export type LivePayload = z.infer<typeof livePayloadSchema>;

/** The facilitator's key pair; the private half stays in their browser and workshop file. */
export type FacilitatorKeys = { publicKey: string; privateKey: EcJwk };

export type OpenResult =
  | { ok: true; payload: LivePayload }
  /** unreadable: tampered, for another room or key; invalid: decrypted but not our shape. */
  | { ok: false; reason: 'unreadable' | 'invalid' | 'unknown-question' };

const text = new TextEncoder();

/** 128 random bits as base64url (22 characters): room ids, submission ids and secrets. */
export function randomId(): string {
  // getRandomValues, unlike crypto.subtle, is there on plain http too.
  return base64UrlEncode(globalThis.crypto.getRandomValues(new Uint8Array(16)));
}

/** SHA-256 of a text as base64url (43 characters): what the relay keeps instead of a secret. */
export async function sha256(value: string): Promise<string> {
  return base64UrlEncode(c.digest(value));
}

export async function generateFacilitatorKeys(): Promise<FacilitatorKeys> {
  const pair = c.newKeyPair();
  return { publicKey: base64UrlEncode(pair.publicKey), privateKey: c.toJwk(pair) };
}

const aad = (roomId: string, submissionId: string) => text.encode(`${roomId}/${submissionId}`);

/** Encrypts a payload to the facilitator's public key with a one-time key of the sender's. */
export async function sealPayload(input: {
  roomId: string;
  submissionId: string;
  facilitatorKey: string;
  payload: LivePayload;
}): Promise<Envelope> {
  const ephemeral = c.newKeyPair();
  const key = c.sharedKey(
    ephemeral.secretKey,
    base64UrlDecode(input.facilitatorKey),
    input.roomId,
    HKDF_INFO,
  );
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const ct = c.encrypt(
    key,
    iv,
    aad(input.roomId, input.submissionId),
    text.encode(JSON.stringify(input.payload)),
  );
  return {
    v: LIVE_PROTOCOL_VERSION,
    epk: base64UrlEncode(ephemeral.publicKey),
    iv: base64UrlEncode(iv),
    ct: base64UrlEncode(ct),
  };
}

/** Decrypts and validates a submission. Never throws: every failure is a reason to show. */
export async function openEnvelope(input: {
  roomId: string;
  submissionId: string;
  privateKey: JsonWebKey;
  envelope: unknown;
  catalogue: Catalogue;
}): Promise<OpenResult> {
  const envelope = envelopeSchema.safeParse(input.envelope);
  if (!envelope.success) return { ok: false, reason: 'unreadable' };
  let plain: Uint8Array;
  try {
    const key = c.sharedKey(
      c.secretOf(input.privateKey),
      base64UrlDecode(envelope.data.epk),
      input.roomId,
      HKDF_INFO,
    );
    plain = c.decrypt(
      key,
      base64UrlDecode(envelope.data.iv),
      aad(input.roomId, input.submissionId),
      base64UrlDecode(envelope.data.ct),
    );
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (hasDangerousKeys(data)) return { ok: false, reason: 'invalid' };
  const parsed = livePayloadSchema.safeParse(data);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { assessment, desired } = parsed.data;
  if (
    findAssessmentProblems(assessment, input.catalogue).length > 0 ||
    (desired && findAssessmentProblems(desired, input.catalogue).length > 0)
  ) {
    return { ok: false, reason: 'unknown-question' };
  }
  return { ok: true, payload: parsed.data };
}

/** What the participant chose to send: comments and name only when they kept them. */
export function livePayloadOf(input: {
  assessment: Assessment;
  desired: Assessment | null;
  catalogueVersion: string;
  role: string | null;
  name: string;
  includeComments: boolean;
}): LivePayload {
  const name = input.name.trim().slice(0, MAX_LIVE_NAME);
  const strip = (a: Assessment): Assessment => (input.includeComments ? a : { ...a, comments: {} });
  return {
    v: 1,
    catalogueVersion: input.catalogueVersion,
    assessment: strip(input.assessment),
    ...(input.desired ? { desired: strip(input.desired) } : {}),
    role: input.role,
    ...(name ? { name } : {}),
  };
}
