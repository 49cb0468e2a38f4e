import * as z from 'zod/mini';
import {
  assessmentSchema,
  isEmptyAssessment,
  leaveOutUnknown,
  leftOutOf,
  type Assessment,
  type LeftOut,
} from './assessment-schema';
import type { Catalogue } from './catalogue-schema';
import { CATALOGUE } from './catalogue';
import { currentVersion, migrateFormat } from './formats/migrations';
import type { CarriedNote } from './formats/catalogue-carry';
import { hasDangerousKeys, MAX_DEPTH, checkJsonText, type WorkCounter } from './safe-json';

/**
 * A share code carries a whole assessment in a URL hash (never sent to a server).
 *
 * Bytes before base64url: [format version: 1 byte][deflated length: uint32 BE][crc32 of the JSON:
 * uint32 BE][deflate-raw(JSON)]. The header lets us tell a cut-off link ("truncated") from a
 * changed one ("malformed"), and a newer format from garbage, before inflating anything.
 *
 * Later formats must keep the first five bytes and the header size: a version, then the length of
 * everything after the 9-byte header. That is how this version tells a newer code from random text
 * (nearly any first byte is a version above ours).
 */
export const SHARE_FORMAT_VERSION = currentVersion('shareCode');
const PAYLOAD_VERSION = currentVersion('sharePayload');
const HEADER_BYTES = 9;
/** A version further ahead than this is not a plausible newer format, just a stray first byte. */
export const MAX_FORMAT_VERSIONS_AHEAD = 8;
/** Longer codes are refused before any work is done. */
export const MAX_SHARE_CODE_LENGTH = 60_000;
/** Inflating stops here, so a tiny "zip bomb" code cannot fill memory. */
export const MAX_SHARE_JSON_BYTES = 400_000;

export const sharePayloadSchema = z.object({
  v: z.literal(PAYLOAD_VERSION),
  catalogueVersion: z.string().check(z.maxLength(40)),
  assessment: assessmentSchema,
  /**
   * The desired situation, when the sender described one. Optional inside format 1: older codes
   * simply lack it, and older readers drop the unknown key, so no version bump is needed.
   */
  desired: z.optional(z.nullable(assessmentSchema)),
});
export type SharePayload = z.infer<typeof sharePayloadSchema>;

export type ShareCodeProblem =
  'malformed' | 'truncated' | 'too-large' | 'newer-version' | 'invalid' | 'unknown-question';

export type ShareCodeResult =
  | {
      ok: true;
      payload: SharePayload;
      /** Set when the answers were made with an older catalogue and carried to this one. */
      note: CarriedNote | null;
      /** Answers to questions or options this catalogue lacks: left out, to be told to the user. */
      left: LeftOut;
    }
  | { ok: false; reason: ShareCodeProblem };

export async function encodeShareCode(payload: SharePayload): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(payload));
  const deflated = await deflateRaw(json);
  const bytes = new Uint8Array(HEADER_BYTES + deflated.length);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, SHARE_FORMAT_VERSION);
  view.setUint32(1, deflated.length);
  view.setUint32(5, crc32(json));
  bytes.set(deflated, HEADER_BYTES);
  return base64UrlEncode(bytes);
}

/**
 * Never throws: every failure becomes a reason the UI can explain. Answers the catalogue does not
 * know are left out and counted (`left`); a code with nothing else in it is refused.
 */
export async function decodeShareCode(
  code: string,
  catalogue: Catalogue = CATALOGUE,
  counter?: WorkCounter,
): Promise<ShareCodeResult> {
  try {
    return await decode(code, catalogue, counter);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}

async function decode(
  code: string,
  catalogue: Catalogue,
  counter?: WorkCounter,
): Promise<ShareCodeResult> {
  if (typeof code !== 'string') return fail('malformed');
  // Refused before anything reads the whole text (trimming or testing it would).
  if (code.length > MAX_SHARE_CODE_LENGTH + 100) return fail('too-large');
  const trimmed = code.trim();
  if (trimmed.length > MAX_SHARE_CODE_LENGTH) return fail('too-large');
  if (counter) counter.ops += trimmed.length;
  if (trimmed.length === 0 || !/^[A-Za-z0-9_-]+$/.test(trimmed)) return fail('malformed');
  const bytes = base64UrlDecode(trimmed);
  if (bytes.length === 0) return fail('truncated');
  if (bytes[0] !== SHARE_FORMAT_VERSION) {
    return fail(looksLikeNewerFormat(bytes) ? 'newer-version' : 'malformed');
  }
  if (bytes.length < HEADER_BYTES) return fail('truncated');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const declared = view.getUint32(1);
  const checksum = view.getUint32(5);
  const body = bytes.subarray(HEADER_BYTES);
  if (body.length < declared) return fail('truncated');
  if (body.length > declared) return fail('malformed');

  let json: Uint8Array;
  try {
    json = await pipeThrough(body, new DecompressionStream('deflate-raw'), MAX_SHARE_JSON_BYTES);
  } catch (error) {
    return fail(error instanceof TooLargeError ? 'too-large' : 'malformed');
  }
  if (crc32(json) !== checksum) return fail('malformed');

  let data: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(json);
    if (checkJsonText(text, MAX_SHARE_JSON_BYTES, MAX_DEPTH, counter)) return fail('invalid');
    data = JSON.parse(text);
  } catch {
    return fail('malformed');
  }
  if (hasDangerousKeys(data, counter)) return fail('invalid');
  if (!isObject(data)) return fail('invalid');
  const migrated = migrateFormat('sharePayload', data, data.v);
  if (!migrated.ok) return fail(migrated.reason);
  const parsed = sharePayloadSchema.safeParse(migrated.data);
  if (!parsed.success) return fail('invalid');
  const payload = parsed.data;
  const assessments = [payload.assessment, ...(payload.desired ? [payload.desired] : [])];
  // The steps between catalogue versions load only for a link made with another version: a
  // shared result's first paint (src/share-first-paint.ts) does not wait for them otherwise.
  const carried =
    payload.catalogueVersion === catalogue.version
      ? ({ ok: true, assessments, note: null } as const)
      : (await import('./formats/catalogue-carry')).carryToCatalogue(
          assessments,
          payload.catalogueVersion,
          catalogue.version,
        );
  if (!carried.ok) return fail(carried.reason === 'newer-catalogue' ? 'newer-version' : 'invalid');
  const cleaned = carried.assessments.map((a) => leaveOutUnknown(a, catalogue));
  const left = leftOutOf(cleaned.map((c) => c.problems));
  if (left.answers > 0 && cleaned.every((c) => isEmptyAssessment(c.assessment))) {
    return fail('unknown-question');
  }
  const [assessment, desired] = cleaned.map((c) => c.assessment);
  return {
    ok: true,
    note: carried.note,
    left,
    payload: {
      ...payload,
      catalogueVersion: catalogue.version,
      assessment: assessment!,
      ...(desired ? { desired } : {}),
    },
  };
}

export function sharePayloadOf(
  assessment: Assessment,
  catalogue: Catalogue,
  desired: Assessment | null = null,
): SharePayload {
  return {
    v: PAYLOAD_VERSION,
    catalogueVersion: catalogue.version,
    assessment,
    ...(desired ? { desired } : {}),
  };
}

function declaredLength(bytes: Uint8Array): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(1);
}

/**
 * A version a little above ours and a whole header whose length matches the rest: a random first
 * byte passes the version check one time in 32, but the 32-bit length practically never, so only
 * a code from a newer Modellkart is answered with «reload the page». A cut-off newer code counts
 * as damaged: without a matching length it cannot be told from text.
 */
function looksLikeNewerFormat(bytes: Uint8Array): boolean {
  const version = bytes[0]!;
  return (
    version > SHARE_FORMAT_VERSION &&
    version <= SHARE_FORMAT_VERSION + MAX_FORMAT_VERSIONS_AHEAD &&
    bytes.length >= HEADER_BYTES &&
    declaredLength(bytes) === bytes.length - HEADER_BYTES
  );
}

function fail(reason: ShareCodeProblem): ShareCodeResult {
  return { ok: false, reason };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  return pipeThrough(bytes, new CompressionStream('deflate-raw'), Infinity);
}

class TooLargeError extends Error {}

/** Runs bytes through a (de)compression stream, stopping once the output passes `limit`. */
async function pipeThrough(
  input: Uint8Array,
  transform: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array> {
  const writer = transform.writable.getWriter();
  // Errors surface on the reader; the writer's promises are silenced so nothing goes unhandled.
  writer.write(input as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new TooLargeError();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function base64UrlEncode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let c = 0; c < chars; c++) out += ALPHABET[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

/**
 * Decodes every whole byte present; a cut-off tail is dropped (not an error) so the length in the
 * header can report the link as truncated.
 */
export function base64UrlDecode(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let buffer = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ALPHABET.indexOf(text[i]!);
    if (value < 0) throw new Error('not base64url');
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

let crcTable: Uint32Array | null = null;

export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
