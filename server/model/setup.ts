/**
 * First run: until the first admin exists, the studio can only be set up. Setup
 * happens once; a database row (not a count of users) records it, so two setup
 * requests at the same moment cannot both succeed.
 *
 * @module
 */
import type {Db} from '../db/schema.js';
import type {SystemActor, UserActor} from './actor.js';
import {appendAudit} from './audit.js';
import {isUniqueViolation, ModelError} from './errors.js';
import {requireGoodPassword} from './password-rule.js';
import {hashPassword} from './passwords.js';
import {newId} from './tokens.js';
import {insertUser, normaliseEmail, requireUser, type User} from './users.js';

const setupKey = 'setup-done';

/** What the first admin gives. */
export interface FirstAdmin {
  readonly email: string;
  readonly name: string;
  readonly password: string;
}

/** Whether the studio still needs its first admin. */
export async function isSetupNeeded(db: Db): Promise<boolean> {
  const row = await db.selectFrom('app_state').select('key').where('key', '=', setupKey).executeTakeFirst();
  return row === undefined;
}

/**
 * Creates the first admin and marks setup as done. `by` is the command line, or
 * `null` for the setup page (then the new admin is the actor in the audit log).
 * Throws `ModelError` `invalid` for a password that breaks the rule (`password-rule.ts`)
 * and `conflict` once setup is done.
 */
export async function createFirstAdmin(
  db: Db,
  input: FirstAdmin,
  passwordCost: number,
  now: Date,
  by: SystemActor | null = null
): Promise<User> {
  const email = normaliseEmail(input.email);
  if (!email) throw new ModelError('invalid', 'Give an email address.');
  await requireGoodPassword(input.password, [email, input.name]);
  if (!(await isSetupNeeded(db))) throw alreadyDone();
  const passwordHash = await hashPassword(input.password, passwordCost);
  const id = newId();
  const name = input.name.trim();
  await db.transaction().execute(async (trx) => {
    try {
      await trx.insertInto('app_state').values({key: setupKey, value: now.toISOString()}).execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyDone();
      throw error;
    }
    await insertUser(trx, {
      id,
      email,
      name,
      role: 'admin',
      approver: 1,
      password_hash: passwordHash,
      disabled: 0,
      created_at: now.toISOString(),
    });
    const actor: UserActor = {kind: 'user', id, name, role: 'admin', approver: true};
    await appendAudit(trx, by ?? actor, now, {action: 'setup.admin-created', detail: {userId: id}});
  });
  return requireUser(db, id);
}

function alreadyDone(): ModelError {
  return new ModelError('conflict', 'The studio is already set up. Please sign in.');
}
