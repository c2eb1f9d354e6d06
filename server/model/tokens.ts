/**
 * Random ids and secrets. Secrets (session and review-link tokens) are only ever
 * stored as their SHA-256, so a copy of the database lets no one in.
 *
 * @module
 */
import {createHash, randomBytes, randomUUID, timingSafeEqual} from 'node:crypto';

/** A new random id for a row. */
export function newId(): string {
  return randomUUID();
}

/**
 * A new secret of `bytes` random bytes (default 16, that is 128 bits), in
 * URL-safe base64 so it can go in a link or a cookie as it is.
 */
export function newToken(bytes = 16): string {
  return randomBytes(bytes).toString('base64url');
}

/** The SHA-256 of a token, hex. Tokens are long and random, so no salt or slow hash is needed. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Compares two secrets in time that does not depend on where they differ. */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
