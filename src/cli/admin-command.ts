import type {AdminCreateCommand} from './args.js';
import type {Io} from './io.js';
import {PasswordError, readPassword} from './read-password.js';

/**
 * Runs `easy-read admin create`: reads the password from standard input (hidden at a
 * terminal), then adds the admin through the server's `adminCreate`. The server code is
 * loaded only here, so `easy-read check` never opens a database. Returns the exit
 * status: 0 added, 1 not added (the reason is written to standard error).
 */
export async function runAdminCreate(command: AdminCreateCommand, io: Io): Promise<number> {
  let password: string;
  try {
    password = await readPassword(`Password for ${command.email}: `);
  } catch (error) {
    if (error instanceof PasswordError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  try {
    const {adminCreate} = await import('../../server/cli-admin.js');
    await adminCreate(
      {
        email: command.email,
        name: command.name,
        ...(command.dataDir !== undefined ? {dataDir: command.dataDir} : {}),
        ...(command.databaseUrl !== undefined ? {databaseUrl: command.databaseUrl} : {}),
      },
      password
    );
  } catch (error) {
    io.stderr(`Could not add the admin. ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  io.stdout(`Added ${command.name} (${command.email}) as an admin.\n`);
  return 0;
}
