import * as z from 'zod/mini';

/**
 * The live workshop's wire format, shared by the app and the relay. The relay only ever sees
 * these shapes: ids, hashes of secrets, the facilitator's public key and ciphertext. Answers are
 * encrypted in the participant's browser to the facilitator's public key (live-envelope.ts) and
 * decrypted only in the facilitator's browser.
 *
 * HTTP API, under one base path (default `/relay` on the app's own origin):
 *   GET    {base}/health                                  → 200 { ok: true, version }
 *   POST   {base}/rooms                 createRoomRequest  → 201 roomInfo
 *   GET    {base}/rooms/:roomId                            → 200 roomInfo (public: no ciphertext)
 *   PUT    {base}/rooms/:roomId/submissions/:submissionId  submitRequest, `Authorization: Bearer
 *          <participant secret>` → 200 submitReceipt. The first PUT binds the id to the secret's
 *          hash; later PUTs with the same secret replace it; any other secret gets 403.
 *   GET    {base}/rooms/:roomId/events   `Authorization: Bearer <facilitator secret>`, optional
 *          `Last-Event-ID: <seq>` → text/event-stream of `submission` events (data: relayEvent),
 *          every stored submission first (after Last-Event-ID), then new ones as they arrive.
 *   POST   {base}/rooms/:roomId/close    facilitator secret → 200 roomInfo (no more submissions)
 *   DELETE {base}/rooms/:roomId          facilitator secret → 204 (all ciphertext gone)
 * Errors: 4xx/5xx with relayError. 413 too large, 429 too many requests (Retry-After), 409 room
 * full or closed, 404 unknown or expired room, 401/403 wrong secret.
 */

export const LIVE_PROTOCOL_VERSION = 1;

/** 128 random bits, base64url without padding (22 characters). */
export const roomIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/));
export const submissionIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/));
/** SHA-256 of a secret, base64url without padding (43 characters). */
export const secretHashSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/));
/** A P-256 public key in uncompressed raw form (65 bytes), base64url without padding. */
export const publicKeySchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{87}$/));

export const MAX_ENVELOPE_CIPHERTEXT = 200_000;

/** What a participant's browser sends: ECDH(P-256) + HKDF-SHA-256 + AES-GCM-256. */
export const envelopeSchema = z.object({
  v: z.literal(LIVE_PROTOCOL_VERSION),
  /** The participant's ephemeral public key. */
  epk: publicKeySchema,
  /** 96-bit AES-GCM nonce, base64url. */
  iv: z.string().check(z.regex(/^[A-Za-z0-9_-]{16}$/)),
  /** AES-GCM ciphertext with tag, base64url. Additional data: `${roomId}/${submissionId}`. */
  ct: z.string().check(z.regex(/^[A-Za-z0-9_-]+$/), z.maxLength(MAX_ENVELOPE_CIPHERTEXT)),
});
export type Envelope = z.infer<typeof envelopeSchema>;

export const createRoomRequestSchema = z.object({
  roomId: roomIdSchema,
  facilitatorKey: publicKeySchema,
  facilitatorSecretHash: secretHashSchema,
  /** Days until the relay deletes the room; the relay caps it at its configured maximum. */
  expiresInDays: z.optional(z.int().check(z.gte(1), z.lte(365))),
});
export type CreateRoomRequest = z.infer<typeof createRoomRequestSchema>;

export const roomInfoSchema = z.object({
  roomId: roomIdSchema,
  facilitatorKey: publicKeySchema,
  open: z.boolean(),
  submissions: z.int().check(z.gte(0)),
  cap: z.int().check(z.gte(1)),
  expiresAt: z.string(),
});
export type RoomInfo = z.infer<typeof roomInfoSchema>;

export const submitRequestSchema = z.object({ envelope: envelopeSchema });
export type SubmitRequest = z.infer<typeof submitRequestSchema>;

export const submitReceiptSchema = z.object({
  submissionId: submissionIdSchema,
  /** Increases with every stored or replaced submission in the room. */
  seq: z.int().check(z.gte(1)),
  receivedAt: z.string(),
  replaced: z.boolean(),
});
export type SubmitReceipt = z.infer<typeof submitReceiptSchema>;

export const relayEventSchema = z.object({
  submissionId: submissionIdSchema,
  seq: z.int().check(z.gte(1)),
  receivedAt: z.string(),
  envelope: envelopeSchema,
});
export type RelayEvent = z.infer<typeof relayEventSchema>;

export const relayErrorSchema = z.object({
  error: z.enum([
    'bad-request',
    'too-large',
    'rate-limited',
    'room-full',
    'room-closed',
    'not-found',
    'unauthorized',
    'forbidden',
    'internal',
  ]),
  message: z.string(),
});
export type RelayError = z.infer<typeof relayErrorSchema>;
