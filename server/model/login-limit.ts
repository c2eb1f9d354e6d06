/**
 * Sign-in rate limiting: after `maxFailures` wrong passwords for one email from one
 * address within the window, further attempts are refused until the window passes,
 * even with the right password. Kept in the database, so a restart does not reset it
 * and several server processes share it.
 *
 * @module
 */
import type {Db} from '../db/schema.js';
import {ModelError} from './errors.js';

/** The limit: how many failures in how many minutes. */
export interface LoginLimit {
  readonly maxFailures: number;
  readonly windowMinutes: number;
}

/** Throws `rate-limited` when `key` has used up its failures in the window. Forgets everyone's older failures. */
export async function checkLoginAllowed(db: Db, key: string, limit: LoginLimit, now: Date): Promise<void> {
  const since = new Date(now.getTime() - limit.windowMinutes * 60_000).toISOString();
  await db.deleteFrom('login_failures').where('at', '<', since).execute();
  const rows = await db.selectFrom('login_failures').select('at').where('key', '=', key).limit(limit.maxFailures).execute();
  if (rows.length >= limit.maxFailures) {
    throw new ModelError(
      'rate-limited',
      `Too many wrong passwords. Please wait ${limit.windowMinutes} minutes and try again.`
    );
  }
}

/** Records one failed sign-in for `key`. */
export async function recordLoginFailure(db: Db, key: string, now: Date): Promise<void> {
  await db.insertInto('login_failures').values({key, at: now.toISOString()}).execute();
}

/** Forgets `key`'s failures, after a successful sign-in. */
export async function clearLoginFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('login_failures').where('key', '=', key).execute();
}
