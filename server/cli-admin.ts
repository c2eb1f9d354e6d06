/**
 * `npx easy-read admin create`: adds an admin from the command line, for scripted
 * installs. The first admin made this way completes setup, exactly as the setup
 * page would; later ones are added as extra admins (whoever can run this can read
 * the database anyway). Audited as "Command line".
 *
 * @module
 */
import {resolve} from 'node:path';
import {z} from 'zod';
import {defaultConfig} from './config.js';
import {openStorage} from './db/connect.js';
import {migrateToLatest} from './db/migrations.js';
import {describeZodError} from './http/errors.js';
import type {SystemActor} from './model/actor.js';
import {ModelError} from './model/errors.js';
import {createFirstAdmin, isSetupNeeded} from './model/setup.js';
import {createUser, type User} from './model/users.js';
import {emailSchema, nameSchema, passwordSchema} from './routes/schemas.js';

/** Where the new admin goes, and who they are. */
export interface AdminCreateArgs {
  readonly email: string;
  readonly name: string;
  /** The SQLite data folder (default: `DATA_DIR`, else `./data`). */
  readonly dataDir?: string;
  /** A PostgreSQL URL (default: `DATABASE_URL`); wins over `dataDir`. */
  readonly databaseUrl?: string;
}

const adminInput = z.object({email: emailSchema, name: nameSchema, password: passwordSchema});

/**
 * Creates an admin with `password` (read from standard input by the caller, so it
 * never appears in the shell history or process list). Applies migrations first.
 * Returns the new admin. Throws `ModelError` with a plain message for bad input or
 * an email already in use; the database is closed either way.
 */
export async function adminCreate(args: AdminCreateArgs, password: string): Promise<User> {
  const parsed = adminInput.safeParse({email: args.email, name: args.name, password: password.replace(/\r?\n$/, '')});
  if (!parsed.success) throw new ModelError('invalid', describeZodError(parsed.error));
  const databaseUrl = args.databaseUrl ?? (process.env['DATABASE_URL'] || undefined);
  const storage = openStorage({
    dataDir: resolve(args.dataDir ?? (process.env['DATA_DIR'] || 'data')),
    ...(databaseUrl ? {databaseUrl} : {}),
  });
  try {
    await migrateToLatest(storage);
    const actor: SystemActor = {kind: 'system', label: 'Command line'};
    const now = new Date();
    if (await isSetupNeeded(storage.db)) {
      return await createFirstAdmin(storage.db, parsed.data, defaultConfig.passwordCost, now, actor);
    }
    return await createUser(storage.db, actor, {...parsed.data, role: 'admin'}, defaultConfig.passwordCost, now);
  } finally {
    await storage.close();
  }
}
