import {spawn} from 'node:child_process';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

/**
 * Helpers for the command-line tests: run the real `bin/easy-read.mjs` in a child process,
 * in a temporary folder holding the files to check.
 */

/** What a run of the command printed and how it ended. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const bin = fileURLToPath(new URL('../../bin/easy-read.mjs', import.meta.url));

/** Options for {@link runCli}. */
export interface RunOptions {
  /** The folder to run in. */
  readonly cwd: string;
  /** Written to standard input, which is then closed (default: nothing). */
  readonly input?: string;
  /** The environment (default: this process's). */
  readonly env?: NodeJS.ProcessEnv;
}

/** Runs `node bin/easy-read.mjs …args` in a child process and waits for it to end. */
export function runCli(args: readonly string[], options: RunOptions): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({code: code ?? -1, stdout, stderr}));
    child.stdin.end(options.input ?? '');
  });
}

/** A temporary folder for one test file's inputs. Call `remove` when done. */
export interface TempFolder {
  readonly path: string;
  /** Writes a file into the folder and returns its name (relative to the folder). */
  write(name: string, content: string | Uint8Array): Promise<string>;
  remove(): Promise<void>;
}

/** Makes a new, empty temporary folder. */
export async function tempFolder(): Promise<TempFolder> {
  const path = await mkdtemp(join(tmpdir(), 'easy-read-cli-'));
  return {
    path,
    async write(name, content) {
      await writeFile(join(path, name), content);
      return name;
    },
    remove: () => rm(path, {recursive: true, force: true}),
  };
}

/** A finding line of the text format: `file:line:column severity message rule`. */
export const findingLine = /^.+:\d+:\d+ (error|warning|info) .+ [a-z-]+$/;
