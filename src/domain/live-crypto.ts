import { gcm } from '@noble/ciphers/aes.js';
import { p256 } from '@noble/curves/nist.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { base64UrlDecode, base64UrlEncode } from './share-code';

/**
 * The live workshop's primitives in plain JavaScript (@noble/curves, -hashes, -ciphers), so they
 * run the same on https, on localhost and on a phone that opened the app over plain http on the
 * room's Wi-Fi, where browsers offer no WebCrypto (`crypto.subtle`). The algorithms and bytes
 * are WebCrypto's: P-256 ECDH (the shared point's x coordinate), HKDF-SHA-256 to a 256-bit key,
 * AES-GCM with a 96-bit nonce and a 128-bit tag after the ciphertext; live-crypto.test.ts opens
 * each side’s envelopes with the other.
 */

export type KeyPair = { secretKey: Uint8Array; publicKey: Uint8Array };
/** A P-256 private key as WebCrypto exports it (the form the workshop file keeps). */
export type EcJwk = { kty: 'EC'; crv: 'P-256'; x: string; y: string; d: string };

const text = new TextEncoder();

/** A fresh key pair; the public key in uncompressed raw form (65 bytes), as WebCrypto's 'raw'. */
export function newKeyPair(): KeyPair {
  const secretKey = p256.utils.randomSecretKey();
  return { secretKey, publicKey: p256.getPublicKey(secretKey, false) };
}

export function toJwk({ secretKey, publicKey }: KeyPair): EcJwk {
  return {
    kty: 'EC',
    crv: 'P-256',
    x: base64UrlEncode(publicKey.subarray(1, 33)),
    y: base64UrlEncode(publicKey.subarray(33, 65)),
    d: base64UrlEncode(secretKey),
  };
}

/** The secret scalar of a JWK; throws on anything that is not a valid P-256 private key. */
export function secretOf(jwk: { kty?: string; crv?: string; d?: string }): Uint8Array {
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.d) throw new Error('not a P-256 key');
  const d = base64UrlDecode(jwk.d);
  if (!p256.utils.isValidSecretKey(d)) throw new Error('not a P-256 key');
  return d;
}

/** ECDH, then HKDF-SHA-256 (salt: the room id) to an AES-256 key. Throws on a bad public key. */
export function sharedKey(
  secretKey: Uint8Array,
  publicKey: Uint8Array,
  salt: string,
  info: string,
) {
  // noble returns the shared point compressed (a parity byte, then x); WebCrypto gives x alone.
  const x = p256.getSharedSecret(secretKey, publicKey, true).subarray(1);
  return hkdf(sha256, x, text.encode(salt), text.encode(info), 32);
}

export function encrypt(key: Uint8Array, iv: Uint8Array, aad: Uint8Array, plain: Uint8Array) {
  return gcm(key, iv, aad).encrypt(plain);
}

/** Throws when the tag does not match: changed, moved, or sealed to another key. */
export function decrypt(key: Uint8Array, iv: Uint8Array, aad: Uint8Array, sealed: Uint8Array) {
  return gcm(key, iv, aad).decrypt(sealed);
}

export function digest(value: string): Uint8Array {
  return sha256(text.encode(value));
}
