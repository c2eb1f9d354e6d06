import {readFileSync} from 'node:fs';
import {parseArgs, UsageError, type Command} from './args.js';
import {processIo, type Io} from './io.js';
import {usage} from './usage.js';

/**
 * The `easy-read` command line: `bin/easy-read.mjs` calls this with the arguments after
 * the command name. Returns the exit status (0 fine, 1 problems found or an action
 * failed, 2 bad usage or an unreadable file); it never calls `process.exit`, so output
 * is always written in full. The check and admin code is loaded only when asked for.
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${error.message}\n`);
    return 2;
  }
  switch (command.kind) {
    case 'help':
      io.stdout(usage);
      return 0;
    case 'version':
      io.stdout(`${version()}\n`);
      return 0;
    case 'check': {
      const {runCheck} = await import('./check-command.js');
      return runCheck(command, io);
    }
    case 'admin-create': {
      const {runAdminCreate} = await import('./admin-command.js');
      return runAdminCreate(command, io);
    }
  }
}

function version(): string {
  const file = new URL('../../package.json', import.meta.url);
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const value = typeof data === 'object' && data !== null && 'version' in data ? data.version : undefined;
  return typeof value === 'string' ? value : 'unknown';
}
