/**
 * Signing in and out. A session is a random token in an HttpOnly cookie; the
 * database keeps only its SHA-256, with a CSRF token the page must echo back in a
 * header on every change (see `server/http/csrf.ts`).
 *
 * @module
 */
import type {Db} from '../db/schema.js';
import type {UserActor} from './actor.js';
import {appendAudit} from './audit.js';
import {ModelError} from './errors.js';
import {clearAttempts, countAttempt, forgiveAttempt, signInKeys, type LoginLimit} from './login-limit.js';
import {verifyPassword} from './passwords.js';
import {hashToken, newToken} from './tokens.js';
import {normaliseEmail} from './users.js';

/** A signed-in browser. */
export interface Session {
  /** The SHA-256 of the cookie token. */
  readonly id: string;
  readonly csrfToken: string;
  readonly user: UserActor;
  readonly expiresAt: string;
}

/** A session just made; `token` goes in the cookie and is never stored. */
export interface NewSession extends Session {
  readonly token: string;
}

/** What a sign-in gives. `client` is the caller's address, for rate limiting. */
export interface SignIn {
  readonly email: string;
  readonly password: string;
  readonly client: string;
}

/** Settings for `signIn`. */
export interface SignInOptions {
  readonly limit: LoginLimit;
  readonly sessionHours: number;
}

/**
 * Checks an email and password and starts a session. Throws `rate-limited` after too
 * many failures for the email at this address or for the address (see `login-limit.ts`), and `unauthenticated` with one message for every other failure
 * (unknown email, wrong password, disabled, reviewer), so the answer does not tell
 * which emails exist.
 */
export async function signIn(db: Db, input: SignIn, options: SignInOptions, now: Date): Promise<NewSession> {
  const email = normaliseEmail(input.email) ?? '';
  const [pair, address] = signInKeys(email, input.client, options.limit);
  await countAttempt(db, [pair, address], options.limit, now);
  const row = await db
    .selectFrom('users')
    .select(['id', 'name', 'role', 'approver', 'password_hash'])
    .where('email', '=', email)
    .where('disabled', '=', 0)
    .executeTakeFirst();
  const ok = await verifyPassword(input.password, row?.password_hash ?? null);
  if (!row || !ok) throw new ModelError('unauthenticated', 'The email or password is wrong.');
  await clearAttempts(db, pair);
  await forgiveAttempt(db, address);
  const user: UserActor = {
    kind: 'user',
    id: row.id,
    name: row.name,
    role: row.role,
    approver: row.role === 'admin' || row.approver === 1,
  };
  const session = await createSession(db, user, options.sessionHours, now);
  await appendAudit(db, user, now, {action: 'session.signed-in'});
  return session;
}

/** Starts a session for `user` lasting `hours`. Also clears that user's expired sessions. */
export async function createSession(db: Db, user: UserActor, hours: number, now: Date): Promise<NewSession> {
  const token = newToken(32);
  const session: NewSession = {
    id: hashToken(token),
    token,
    csrfToken: newToken(32),
    user,
    expiresAt: new Date(now.getTime() + hours * 3_600_000).toISOString(),
  };
  await db.deleteFrom('sessions').where('user_id', '=', user.id).where('expires_at', '<=', now.toISOString()).execute();
  await db
    .insertInto('sessions')
    .values({
      id: session.id,
      user_id: user.id,
      csrf_token: session.csrfToken,
      created_at: now.toISOString(),
      expires_at: session.expiresAt,
    })
    .execute();
  return session;
}

/** The live session for a cookie token, or `undefined` if it is unknown, expired, or its user is disabled. */
export async function findSession(db: Db, token: string, now: Date): Promise<Session | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id',
      'sessions.csrf_token',
      'sessions.expires_at',
      'users.id as user_id',
      'users.name',
      'users.role',
      'users.approver',
    ])
    .where('sessions.id', '=', hashToken(token))
    .where('sessions.expires_at', '>', now.toISOString())
    .where('users.disabled', '=', 0)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    csrfToken: row.csrf_token,
    expiresAt: row.expires_at,
    user: {
      kind: 'user',
      id: row.user_id,
      name: row.name,
      role: row.role,
      approver: row.role === 'admin' || row.approver === 1,
    },
  };
}

/** Ends one session (signing out in this browser). Audited. */
export async function endSession(db: Db, session: Session, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sessions').where('id', '=', session.id).execute();
    await appendAudit(trx, session.user, now, {action: 'session.signed-out'});
  });
}

/** Ends every session of `actor`, on every device. Audited. */
export async function endAllSessions(db: Db, actor: UserActor, now: Date): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const result = await trx.deleteFrom('sessions').where('user_id', '=', actor.id).executeTakeFirst();
    const ended = Number(result.numDeletedRows);
    await appendAudit(trx, actor, now, {action: 'session.signed-out-everywhere', detail: {sessions: ended}});
    return ended;
  });
}
