/**
 * People: admins, authors (some of them approvers), supporters and reviewers.
 * Only admins manage people; anyone may change their own name and password.
 *
 * @module
 */
import type {Db, Role, UsersTable} from '../db/schema.js';
import type {SystemActor, UserActor} from './actor.js';
import {appendAudit} from './audit.js';
import {isUniqueViolation, ModelError} from './errors.js';
import {clearAttempts, countAttempt, currentPasswordKey, type LoginLimit} from './login-limit.js';
import {requireGoodPassword} from './password-rule.js';
import {hashPassword, verifyPassword} from './passwords.js';
import {newId} from './tokens.js';

/** A person, as the API shows them. */
export interface User {
  readonly id: string;
  readonly email: string | null;
  readonly name: string;
  readonly role: Role;
  /** Whether they may release documents (always true for admins). */
  readonly approver: boolean;
  readonly disabled: boolean;
  readonly createdAt: string;
  /** For supporters: the reviewers they support. Empty for everyone else. */
  readonly supports: string[];
}

/** A person, in brief, for pickers: whom to share with, whom to invite. */
export interface Person {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
}

/** What an admin gives to add someone. */
export interface NewUser {
  readonly email?: string | null;
  readonly name: string;
  readonly role: Role;
  readonly approver?: boolean;
  /** Required for everyone but reviewers, who never have one. */
  readonly password?: string;
  readonly supports?: string[];
}

/** Changes to a person. Only `name`, `password` and `currentPassword` are open to non-admins (for themselves). */
export interface UserChanges {
  readonly email?: string | null;
  readonly name?: string;
  readonly role?: Role;
  readonly approver?: boolean;
  readonly disabled?: boolean;
  readonly password?: string;
  /** Needed when changing your own password. */
  readonly currentPassword?: string;
  readonly supports?: string[];
}

/** Adds someone. Admins only (or the command line). Throws `ModelError` with a plain message. */
export async function createUser(
  db: Db,
  actor: UserActor | SystemActor,
  input: NewUser,
  passwordCost: number,
  now: Date
): Promise<User> {
  requireAdmin(actor);
  await checkRoleRules(input.role, input.email ?? null, input.name, input.password, true);
  const email = normaliseEmail(input.email);
  // Checked before the slow hash too; the unique index still settles a race.
  if (email && (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst())) {
    throw emailTaken();
  }
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password, passwordCost);
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await insertUser(trx, {
      id,
      email,
      name: input.name.trim(),
      role: input.role,
      approver: input.approver && input.role === 'author' ? 1 : 0,
      password_hash: passwordHash,
      disabled: 0,
      created_at: now.toISOString(),
    });
    if (input.supports?.length) await setSupports(trx, id, input.role, input.supports, now);
    await appendAudit(trx, actor, now, {action: 'user.created', detail: {userId: id, role: input.role}});
  });
  return requireUser(db, id);
}

/** Inserts a user row, turning a duplicate email into a plain conflict. */
export async function insertUser(db: Db, row: UsersTable): Promise<void> {
  try {
    await db.insertInto('users').values(row).execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

/** Everyone, for admins. */
export async function listUsers(db: Db, actor: UserActor): Promise<User[]> {
  requireAdmin(actor);
  const rows = await db.selectFrom('users').selectAll().orderBy('name').execute();
  const supports = await db.selectFrom('supports').select(['supporter_id', 'reviewer_id']).execute();
  return rows.map((row) => toUser(row, supports.filter((s) => s.supporter_id === row.id).map((s) => s.reviewer_id)));
}

/** Active authors, admins and reviewers, in brief, for anyone who writes documents. */
export async function listPeople(db: Db, actor: UserActor): Promise<Person[]> {
  if (actor.role !== 'admin' && actor.role !== 'author') {
    throw new ModelError('forbidden', 'Only authors and admins can see the list of people.');
  }
  return db
    .selectFrom('users')
    .select(['id', 'name', 'role'])
    .where('disabled', '=', 0)
    .where('role', 'in', ['admin', 'author', 'reviewer'])
    .orderBy('name')
    .execute();
}

/** One person; throws `not-found` if there is no such person. */
export async function requireUser(db: Db, id: string): Promise<User> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new ModelError('not-found', 'There is no such person.');
  const supports = await db.selectFrom('supports').select('reviewer_id').where('supporter_id', '=', id).execute();
  return toUser(
    row,
    supports.map((s) => s.reviewer_id)
  );
}

/** Settings for `updateUser`. */
export interface UpdateUserOptions {
  readonly passwordCost: number;
  /** Limits wrong current passwords (`LoginLimit.maxFailures` per person). */
  readonly limit: LoginLimit;
}

/**
 * Changes someone: any subset of the fields, even none. Admins may change anything
 * about anyone, but the last active admin cannot stop being one. Others may change
 * only their own name and password, and must give their current password to change
 * it; too many wrong ones throw `rate-limited`. Disabling someone or changing their
 * password signs them out everywhere.
 */
export async function updateUser(
  db: Db,
  actor: UserActor,
  id: string,
  changes: UserChanges,
  options: UpdateUserOptions,
  now: Date
): Promise<User> {
  const existing = await requireUser(db, id);
  const self = actor.id === id;
  if (actor.role !== 'admin') {
    if (!self) throw new ModelError('forbidden', 'Only admins can change other people.');
    const adminOnly = (['email', 'role', 'approver', 'disabled', 'supports'] as const).filter((k) => changes[k] !== undefined);
    if (adminOnly.length) throw new ModelError('forbidden', `Only admins can change ${adminOnly.join(', ')}.`);
    if (changes.password !== undefined) await requireCurrentPassword(db, id, changes.currentPassword ?? '', options.limit, now);
  }
  const role = changes.role ?? existing.role;
  const email = changes.email !== undefined ? changes.email : existing.email;
  await checkRoleRules(role, email, changes.name ?? existing.name, changes.password, false);
  if (role === 'reviewer' && existing.role !== 'reviewer') {
    throw new ModelError('invalid', 'People who sign in cannot become reviewers. Add the reviewer as a new person.');
  }
  if (role !== 'reviewer' && existing.role === 'reviewer' && changes.password === undefined) {
    throw new ModelError('invalid', 'Give a password for this person, so they can sign in.');
  }
  const passwordHash = changes.password === undefined ? undefined : await hashPassword(changes.password, options.passwordCost);
  const columns: Partial<UsersTable> = {
    ...(changes.email !== undefined ? {email: normaliseEmail(changes.email)} : {}),
    ...(changes.name !== undefined ? {name: changes.name.trim()} : {}),
    ...(changes.role !== undefined ? {role: changes.role} : {}),
    ...(changes.approver !== undefined || changes.role !== undefined
      ? {approver: (changes.approver ?? existing.approver) && role === 'author' ? 1 : 0}
      : {}),
    ...(changes.disabled !== undefined ? {disabled: changes.disabled ? 1 : 0} : {}),
    ...(passwordHash !== undefined ? {password_hash: passwordHash} : {}),
  };
  await db.transaction().execute(async (trx) => {
    // Changes to supports alone touch no column here, and SQL has no empty SET.
    if (Object.keys(columns).length > 0) {
      await trx
        .updateTable('users')
        .set(columns)
        .where('id', '=', id)
        .execute()
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) throw emailTaken();
          throw error;
        });
    }
    const admins = await trx
      .selectFrom('users')
      .select('id')
      .where('role', '=', 'admin')
      .where('disabled', '=', 0)
      .limit(1)
      .execute();
    if (admins.length === 0) throw new ModelError('conflict', 'There must always be at least one admin.');
    if (changes.supports !== undefined || (changes.role !== undefined && role !== 'supporter')) {
      await trx.deleteFrom('supports').where('supporter_id', '=', id).execute();
      await setSupports(trx, id, role, changes.supports ?? [], now);
    }
    if (changes.disabled || passwordHash !== undefined) {
      await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    }
    const changed = Object.keys(changes).filter((k) => k !== 'password' && k !== 'currentPassword');
    await appendAudit(trx, actor, now, {
      action: 'user.updated',
      detail: {userId: id, changed, passwordChanged: passwordHash !== undefined},
    });
  });
  return requireUser(db, id);
}

/** Lower-cases and trims an email; `null` and `''` mean none. */
export function normaliseEmail(email: string | null | undefined): string | null {
  const trimmed = email?.trim().toLowerCase();
  return trimmed ? trimmed : null;
}

function emailTaken(): ModelError {
  return new ModelError('conflict', 'Someone already uses that email address.');
}

function requireAdmin(actor: UserActor | SystemActor): void {
  if (actor.kind === 'user' && actor.role !== 'admin') {
    throw new ModelError('forbidden', 'Only admins can manage people.');
  }
}

async function requireCurrentPassword(db: Db, id: string, currentPassword: string, limit: LoginLimit, now: Date): Promise<void> {
  const key = currentPasswordKey(id, limit);
  await countAttempt(db, [key], limit, now);
  const row = await db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirstOrThrow();
  if (!(await verifyPassword(currentPassword, row.password_hash))) {
    throw new ModelError('forbidden', 'Your current password is wrong.');
  }
  await clearAttempts(db, key);
}

async function checkRoleRules(
  role: Role,
  email: string | null,
  name: string,
  password: string | undefined,
  creating: boolean
): Promise<void> {
  if (role === 'reviewer') {
    if (password !== undefined) {
      throw new ModelError('invalid', 'Reviewers do not have passwords. They review through links.');
    }
    return;
  }
  if (!normaliseEmail(email)) throw new ModelError('invalid', 'Give an email address for everyone except reviewers.');
  if (creating && password === undefined) throw new ModelError('invalid', 'Give a password for this person.');
  if (password !== undefined) await requireGoodPassword(password, [email ?? '', name]);
}

async function setSupports(db: Db, supporterId: string, role: Role, reviewerIds: readonly string[], now: Date): Promise<void> {
  if (reviewerIds.length === 0) return;
  if (role !== 'supporter') throw new ModelError('invalid', 'Only supporters can support reviewers.');
  const unique = [...new Set(reviewerIds)];
  const reviewers = await db.selectFrom('users').select('id').where('id', 'in', unique).where('role', '=', 'reviewer').execute();
  if (reviewers.length !== unique.length) throw new ModelError('invalid', 'A supporter can only support reviewers.');
  await db
    .insertInto('supports')
    .values(unique.map((reviewerId) => ({supporter_id: supporterId, reviewer_id: reviewerId, created_at: now.toISOString()})))
    .execute();
}

function toUser(row: UsersTable, supports: string[]): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    approver: row.role === 'admin' || row.approver === 1,
    disabled: row.disabled === 1,
    createdAt: row.created_at,
    supports,
  };
}
