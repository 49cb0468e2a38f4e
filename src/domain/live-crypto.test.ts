import { describe, expect, it, vi } from 'vitest';
import { archetypeAnswers } from './archetypes';
import { CATALOGUE } from './catalogue';
import {
  generateFacilitatorKeys,
  HKDF_INFO,
  livePayloadOf,
  openEnvelope,
  randomId,
  sealPayload,
  sha256,
} from './live-envelope';
import { LIVE_PROTOCOL_VERSION, type Envelope } from './live-protocol';
import { base64UrlDecode, base64UrlEncode } from './share-code';

// The same protocol written with WebCrypto, as https pages and Node run it: what the app sealed
// and opened with before, and what any other client of the relay may use. The app's own code
// (plain JavaScript, for pages on plain http) must read and write exactly these bytes.
const subtle = globalThis.crypto.subtle;
const EC = { name: 'ECDH', namedCurve: 'P-256' } as const;
const text = new TextEncoder();
const buf = (b: Uint8Array) => b as Uint8Array<ArrayBuffer>;

async function webAesKey(priv: CryptoKey, pub: CryptoKey, roomId: string, usage: KeyUsage) {
  const shared = await subtle.deriveBits({ name: 'ECDH', public: pub }, priv, 256);
  const hkdf = await subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: text.encode(roomId), info: text.encode(HKDF_INFO) },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}
const importPublic = (key: string) =>
  subtle.importKey('raw', buf(base64UrlDecode(key)), EC, false, []);

async function webKeys() {
  const pair = await subtle.generateKey(EC, true, ['deriveBits']);
  const raw = new Uint8Array(await subtle.exportKey('raw', pair.publicKey));
  return {
    publicKey: base64UrlEncode(raw),
    privateKey: await subtle.exportKey('jwk', pair.privateKey),
  };
}

async function webSeal(
  roomId: string,
  submissionId: string,
  facilitatorKey: string,
  plain: string,
) {
  const eph = await subtle.generateKey(EC, true, ['deriveBits']);
  const key = await webAesKey(
    eph.privateKey,
    await importPublic(facilitatorKey),
    roomId,
    'encrypt',
  );
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const ct = await subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: text.encode(`${roomId}/${submissionId}`) },
    key,
    text.encode(plain),
  );
  const epk = new Uint8Array(await subtle.exportKey('raw', eph.publicKey));
  return {
    v: LIVE_PROTOCOL_VERSION,
    epk: base64UrlEncode(epk),
    iv: base64UrlEncode(iv),
    ct: base64UrlEncode(new Uint8Array(ct)),
  } satisfies Envelope;
}

async function webOpen(roomId: string, submissionId: string, jwk: JsonWebKey, e: Envelope) {
  const own = await subtle.importKey('jwk', jwk, EC, false, ['deriveBits']);
  const key = await webAesKey(own, await importPublic(e.epk), roomId, 'decrypt');
  const plain = await subtle.decrypt(
    {
      name: 'AES-GCM',
      iv: buf(base64UrlDecode(e.iv)),
      additionalData: text.encode(`${roomId}/${submissionId}`),
    },
    key,
    buf(base64UrlDecode(e.ct)),
  );
  return JSON.parse(new TextDecoder().decode(plain)) as unknown;
}

const payload = livePayloadOf({
  assessment: {
    answers: archetypeAnswers(CATALOGUE, 'hybrid'),
    comments: { 'skranke-organisering': 'Æ, ø og å – og «sitat».' },
    context: {},
  },
  desired: null,
  catalogueVersion: CATALOGUE.version,
  role: null,
  name: 'Ola',
  includeComments: true,
});

/** The app's own opening of a submission, in the room and slot it was sealed for. */
const appOpen = (roomId: string, submissionId: string, privateKey: JsonWebKey, envelope: unknown) =>
  openEnvelope({ roomId, submissionId, privateKey, envelope, catalogue: CATALOGUE });

/** The app's own sealing of the payload, to a new room and slot. */
async function appSeal(facilitatorKey: string) {
  const [roomId, submissionId] = [randomId(), randomId()];
  const envelope = await sealPayload({ roomId, submissionId, facilitatorKey, payload });
  return { roomId, submissionId, envelope };
}

describe('live crypto without WebCrypto, on the same wire format', () => {
  it('seals what a WebCrypto facilitator opens', async () => {
    const keys = await webKeys();
    const { roomId, submissionId, envelope } = await appSeal(keys.publicKey);
    expect(await webOpen(roomId, submissionId, keys.privateKey, envelope)).toEqual(payload);
    // Bound to its room and slot for WebCrypto too.
    await expect(webOpen(randomId(), submissionId, keys.privateKey, envelope)).rejects.toThrow();
  });

  it('opens what a WebCrypto participant sealed, with a WebCrypto-made facilitator key', async () => {
    const keys = await webKeys();
    const [roomId, submissionId] = [randomId(), randomId()];
    const envelope = await webSeal(roomId, submissionId, keys.publicKey, JSON.stringify(payload));
    const opened = await appOpen(roomId, submissionId, keys.privateKey, envelope);
    expect(opened).toEqual({ ok: true, payload });
  });

  it('makes facilitator keys WebCrypto imports, and opens what it seals to them', async () => {
    const keys = await generateFacilitatorKeys();
    expect(keys.privateKey).toEqual({
      kty: 'EC',
      crv: 'P-256',
      x: expect.stringMatching(/^[\w-]{43}$/),
      y: expect.stringMatching(/^[\w-]{43}$/),
      d: expect.stringMatching(/^[\w-]{43}$/),
    });
    // WebCrypto checks that x and y are the public point of d.
    const imported = await subtle.importKey('jwk', keys.privateKey, EC, true, ['deriveBits']);
    const again = await subtle.exportKey('jwk', imported);
    expect(`${again.x}.${again.y}`).toBe(`${keys.privateKey.x}.${keys.privateKey.y}`);
    // The public key is the uncompressed point 04‖x‖y, as WebCrypto's 'raw' export.
    await expect(importPublic(keys.publicKey)).resolves.toBeDefined();
    expect(Array.from(base64UrlDecode(keys.publicKey))).toEqual([
      4,
      ...base64UrlDecode(keys.privateKey.x),
      ...base64UrlDecode(keys.privateKey.y),
    ]);

    const [roomId, submissionId] = [randomId(), randomId()];
    const envelope = await webSeal(roomId, submissionId, keys.publicKey, JSON.stringify(payload));
    expect(await webOpen(roomId, submissionId, keys.privateKey, envelope)).toEqual(payload);
    expect(await appOpen(roomId, submissionId, keys.privateKey, envelope)).toEqual({
      ok: true,
      payload,
    });
  });

  it('hashes secrets as WebCrypto does', async () => {
    const secret = randomId();
    const web = new Uint8Array(await subtle.digest('SHA-256', text.encode(secret)));
    expect(await sha256(secret)).toBe(base64UrlEncode(web));
  });

  it('calls a key that is not a P-256 private key unreadable, without throwing', async () => {
    const keys = await generateFacilitatorKeys();
    const { roomId, submissionId, envelope } = await appSeal(keys.publicKey);
    for (const privateKey of [
      { ...keys.privateKey, d: base64UrlEncode(new Uint8Array(32)) },
      { ...keys.privateKey, crv: 'P-384' },
      { kty: 'EC' },
    ]) {
      expect(await appOpen(roomId, submissionId, privateKey, envelope)).toEqual({
        ok: false,
        reason: 'unreadable',
      });
    }
    // A participant key that is not on the curve.
    const offCurve = { ...envelope, epk: base64UrlEncode(new Uint8Array(65).fill(4)) };
    expect(await appOpen(roomId, submissionId, keys.privateKey, offCurve)).toEqual({
      ok: false,
      reason: 'unreadable',
    });
  });

  it('works where the page has no crypto.subtle (plain http), with getRandomValues alone', async () => {
    const webcrypto = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: webcrypto.getRandomValues.bind(webcrypto) });
    try {
      expect(globalThis.crypto.subtle).toBeUndefined();
      const keys = await generateFacilitatorKeys();
      const [roomId, submissionId] = [randomId(), randomId()];
      const envelope = await sealPayload({
        roomId,
        submissionId,
        facilitatorKey: keys.publicKey,
        payload,
      });
      expect(await appOpen(roomId, submissionId, keys.privateKey, envelope)).toEqual({
        ok: true,
        payload,
      });
      expect(await sha256('abc')).toBe('ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
