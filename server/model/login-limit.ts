/**
 * Limits on password guessing. Every attempt is counted before the password is
 * checked, in one atomic upsert per attempt, so guesses sent at the same moment are
 * counted one after another and only the first few are checked at all. A success
 * takes its attempt back. Kept in the database, so a restart does not reset it and
 * several server processes share it.
 *
 * The window is fixed: it starts at the first attempt counted and lasts
 * `windowMinutes`, however many attempts follow.
 *
 * @module
 */
import {sql} from 'kysely';
import type {Db} from '../db/schema.js';
import {ModelError} from './errors.js';

/** The limits, per window. */
export interface LoginLimit {
  /** Wrong passwords allowed per email at one address, and per person for their current password. */
  readonly maxFailures: number;
  /** Wrong sign-ins allowed from one address, whatever the email. */
  readonly maxFailuresPerAddress: number;
  readonly windowMinutes: number;
}

/** One counter an attempt is counted against, and how many it may count in the window. */
export interface LimitedKey {
  readonly key: string;
  readonly max: number;
}

/** The counters for signing in as `email` from `client`: that pair, and the address alone. */
export function signInKeys(email: string, client: string, limit: LoginLimit): [pair: LimitedKey, address: LimitedKey] {
  return [
    {key: `sign-in:${email}|${client}`, max: limit.maxFailures},
    {key: `address:${client}`, max: limit.maxFailuresPerAddress},
  ];
}

/** The counter for checking person `userId`'s current password. */
export function currentPasswordKey(userId: string, limit: LoginLimit): LimitedKey {
  return {key: `current-password:${userId}`, max: limit.maxFailures};
}

/**
 * Counts one attempt against every key, in one statement, and throws `rate-limited`
 * when any key has now counted more than its `max` in the window. Call it before
 * checking the password; after a right password call `forgiveAttempt` or
 * `clearAttempts`. Forgets every key's windows that have ended. Keys must differ.
 */
export async function countAttempt(db: Db, keys: readonly LimitedKey[], limit: LoginLimit, now: Date): Promise<void> {
  const started = now.toISOString();
  const since = new Date(now.getTime() - limit.windowMinutes * 60_000).toISOString();
  await db.deleteFrom('login_limits').where('window_started', '<', since).execute();
  // The CASE still restarts an ended window: another process may have counted on it after the delete.
  const ended = sql<boolean>`${sql.ref('login_limits.window_started')} < ${since}`;
  const counted = await db
    .insertInto('login_limits')
    .values(keys.map(({key}) => ({key, attempts: 1, window_started: started})))
    .onConflict((conflict) =>
      conflict.column('key').doUpdateSet({
        attempts: sql<number>`case when ${ended} then 1 else ${sql.ref('login_limits.attempts')} + 1 end`,
        window_started: sql<string>`case when ${ended} then ${started} else ${sql.ref('login_limits.window_started')} end`,
      })
    )
    .returning(['key', 'attempts'])
    .execute();
  const over = counted.some((row) => row.attempts > (keys.find((k) => k.key === row.key)?.max ?? 0));
  if (over) {
    throw new ModelError('rate-limited', `Too many wrong passwords. Please wait ${limit.windowMinutes} minutes and try again.`);
  }
}

/** Takes back one attempt counted against `key`, after a right password. */
export async function forgiveAttempt(db: Db, key: LimitedKey): Promise<void> {
  await db
    .updateTable('login_limits')
    .set({attempts: sql<number>`attempts - 1`})
    .where('key', '=', key.key)
    .where('attempts', '>', 0)
    .execute();
}

/** Forgets every attempt counted against `key`, after a right password. */
export async function clearAttempts(db: Db, key: LimitedKey): Promise<void> {
  await db.deleteFrom('login_limits').where('key', '=', key.key).execute();
}
