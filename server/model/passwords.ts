/**
 * Password hashing with scrypt from `node:crypto`, a random salt per password.
 * A hash is stored as `scrypt$<log2 N>$<r>$<p>$<salt>$<key>` (base64url), so the
 * cost can be raised later without breaking existing passwords.
 *
 * @module
 */
import {randomBytes, scrypt, timingSafeEqual, type ScryptOptions} from 'node:crypto';

const keyLength = 32;
const blockSize = 8;
const parallelism = 1;

/**
 * Hashes `password` with cost `2 ** cost` (see `ServerConfig.passwordCost`).
 * Runs on libuv's thread pool, so it does not block other requests.
 */
export async function hashPassword(password: string, cost: number): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost, blockSize, parallelism);
  return ['scrypt', cost, blockSize, parallelism, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/**
 * Whether `password` matches `stored`. Returns `false` (never throws) for a
 * malformed hash. Pass `null` for a person with no password: the same work is done
 * against a dummy hash, so timing does not tell whether an email is known.
 */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parts = (stored ?? dummyHash).split('$');
  const [scheme, costText, rText, pText, saltText, keyText] = parts;
  if (parts.length !== 6 || scheme !== 'scrypt' || !saltText || !keyText) return false;
  const cost = Number(costText);
  const r = Number(rText);
  const p = Number(pText);
  if (![cost, r, p].every((n) => Number.isInteger(n) && n > 0) || cost > 20) return false;
  const expected = Buffer.from(keyText, 'base64url');
  const actual = await derive(password, Buffer.from(saltText, 'base64url'), cost, r, p);
  return stored !== null && actual.length === expected.length && timingSafeEqual(actual, expected);
}

// A fixed, valid hash of a random password, at the default cost.
const dummyHash = `scrypt$15$8$1$${'A'.repeat(22)}$${'A'.repeat(43)}`;

function derive(password: string, salt: Buffer, cost: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** cost;
  // scrypt needs 128 * N * r bytes; allow twice that so the default 32 MiB cap never bites.
  const options: ScryptOptions = {N, r, p, maxmem: 256 * N * r};
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}
