#!/usr/bin/env node
/**
 * The `easy-read` command. It registers tsx, so the TypeScript sources run as they are,
 * then hands the arguments to `src/cli/main.ts`. See `easy-read --help`.
 */
import {register} from 'tsx/esm/api';

// Output piped into `head` and the like may close early: stop quietly, as other tools do.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

register();
try {
  const {main} = await import(new URL('../src/cli/main.ts', import.meta.url).href);
  // Set the exit code rather than calling process.exit, so long output is fully written first.
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // A bug, not a problem with the user's files: say so, with the details for a bug report.
  process.stderr.write(`easy-read stopped because of a fault in the program:\n${error?.stack ?? error}\n`);
  process.exitCode = 2;
}
