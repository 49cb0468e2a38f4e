import * as z from 'zod/mini';
import { assessmentSchema, findAssessmentProblems, type Assessment } from './assessment-schema';
import type { Catalogue } from './catalogue-schema';
import { LIVE_PROTOCOL_VERSION, type Envelope, envelopeSchema } from './live-protocol';
import { hasDangerousKeys } from './safe-json';
import { base64UrlDecode, base64UrlEncode } from './share-code';

/**
 * End-to-end encryption of a live submission (WebCrypto only, so the same code runs in browsers
 * and in Node 20). The participant makes a fresh P-256 key pair per submission, derives an
 * AES-GCM key from ECDH with the facilitator's public key through HKDF-SHA-256 (salt: the room
 * id, info: HKDF_INFO), and binds the ciphertext to `${roomId}/${submissionId}` as additional
 * data, so a relay cannot move a submission to another room or another participant's slot.
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
export type FacilitatorKeys = { publicKey: string; privateKey: JsonWebKey };

export type OpenResult =
  | { ok: true; payload: LivePayload }
  /** unreadable: tampered, for another room or key; invalid: decrypted but not our shape. */
  | { ok: false; reason: 'unreadable' | 'invalid' | 'unknown-question' };

const EC = { name: 'ECDH', namedCurve: 'P-256' } as const;
const text = new TextEncoder();

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  // Browsers offer WebCrypto only on https:// or localhost.
  if (!s) throw new Error('WebCrypto is not available (the page needs https or localhost)');
  return s;
}

/** Whether this page can encrypt at all (false on plain http from another machine). */
export function canEncrypt(): boolean {
  return Boolean(globalThis.crypto?.subtle);
}

const bytes = (b: Uint8Array) => b as Uint8Array<ArrayBuffer>;

/** 128 random bits as base64url (22 characters): room ids, submission ids and secrets. */
export function randomId(): string {
  return base64UrlEncode(globalThis.crypto.getRandomValues(new Uint8Array(16)));
}

/** SHA-256 of a text as base64url (43 characters): what the relay keeps instead of a secret. */
export async function sha256(value: string): Promise<string> {
  const digest = await subtle().digest('SHA-256', text.encode(value));
  return base64UrlEncode(new Uint8Array(digest));
}

export async function generateFacilitatorKeys(): Promise<FacilitatorKeys> {
  const pair = await subtle().generateKey(EC, true, ['deriveBits']);
  const raw = await subtle().exportKey('raw', pair.publicKey);
  const privateKey = await subtle().exportKey('jwk', pair.privateKey);
  return { publicKey: base64UrlEncode(new Uint8Array(raw)), privateKey };
}

async function importPublic(key: string): Promise<CryptoKey> {
  return subtle().importKey('raw', bytes(base64UrlDecode(key)), EC, false, []);
}

async function aesKey(
  privateKey: CryptoKey,
  publicKey: CryptoKey,
  roomId: string,
  usage: KeyUsage,
): Promise<CryptoKey> {
  const shared = await subtle().deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const hkdf = await subtle().importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: text.encode(roomId), info: text.encode(HKDF_INFO) },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

const aad = (roomId: string, submissionId: string) => text.encode(`${roomId}/${submissionId}`);

/** Encrypts a payload to the facilitator's public key with a one-time key of the sender's. */
export async function sealPayload(input: {
  roomId: string;
  submissionId: string;
  facilitatorKey: string;
  payload: LivePayload;
}): Promise<Envelope> {
  const ephemeral = await subtle().generateKey(EC, true, ['deriveBits']);
  const key = await aesKey(
    ephemeral.privateKey,
    await importPublic(input.facilitatorKey),
    input.roomId,
    'encrypt',
  );
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const ct = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: aad(input.roomId, input.submissionId) },
    key,
    text.encode(JSON.stringify(input.payload)),
  );
  const epk = await subtle().exportKey('raw', ephemeral.publicKey);
  return {
    v: LIVE_PROTOCOL_VERSION,
    epk: base64UrlEncode(new Uint8Array(epk)),
    iv: base64UrlEncode(iv),
    ct: base64UrlEncode(new Uint8Array(ct)),
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
  let plain: ArrayBuffer;
  try {
    const own = await subtle().importKey('jwk', input.privateKey, EC, false, ['deriveBits']);
    const key = await aesKey(own, await importPublic(envelope.data.epk), input.roomId, 'decrypt');
    plain = await subtle().decrypt(
      {
        name: 'AES-GCM',
        iv: bytes(base64UrlDecode(envelope.data.iv)),
        additionalData: aad(input.roomId, input.submissionId),
      },
      key,
      bytes(base64UrlDecode(envelope.data.ct)),
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
