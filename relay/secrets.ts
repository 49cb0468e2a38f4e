import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The hash the relay keeps of a secret: SHA-256 of the secret's UTF-8 bytes, exactly as sent
 * after `Bearer `, base64url without padding (`secretHashSchema` in src/domain/live-protocol.ts).
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('base64url');
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Secrets are random strings the browser makes; anything shorter is refused as a guessable one. */
export const SECRET_PATTERN = /^[\x21-\x7e]{16,512}$/;

export function bearerSecret(header: string | undefined): string | null {
  const match = /^Bearer (.+)$/.exec(header ?? '');
  const secret = match?.[1];
  return secret && SECRET_PATTERN.test(secret) ? secret : null;
}
