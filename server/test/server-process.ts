/**
 * Runs the real server (`node --import tsx server/index.ts`) as a child process on a
 * free loopback port, for the crash test and the benchmark.
 *
 * @module
 */
import {spawn, type ChildProcess} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {DialectName} from '../db/connect.js';
import {createTestSchema} from './storage.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A running server process. */
export interface ServerProcess {
  /** Such as `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Stops it with `signal` and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Where the data goes: a SQLite folder, or a PostgreSQL URL. */
export interface ServerData {
  readonly dataDir?: string;
  readonly databaseUrl?: string;
  /** Extra environment variables. */
  readonly env?: Readonly<Record<string, string>>;
  /** Extra arguments for node, such as `['--cpu-prof']`. */
  readonly nodeArgs?: readonly string[];
}

/** Starts the server and resolves once it prints its URL; rejects (with its output) if it exits or takes over `timeoutMs`. */
export function startServerProcess(data: ServerData, timeoutMs = 30_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...(data.nodeArgs ?? []), '--import', 'tsx', 'server/index.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: data.dataDir ?? '',
      DATABASE_URL: data.databaseUrl ?? '',
      DIST_DIR: data.dataDir ? `${data.dataDir}/no-dist` : '/nonexistent/dist',
      ...data.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The server did not start within ${timeoutMs} ms. It said:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      const url = match[1];
      resolve({
        url,
        child,
        output: () => output,
        stop: async (signal = 'SIGTERM') => {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          await exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The server stopped (${signal ?? code}) before it started. It said:\n${output}`));
    });
  });
}

/** An HTTP client for a running server, signed in when given the session cookie and CSRF token. */
export function http(base: string, cookie = '', csrf = '') {
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(base + path, {
      method,
      headers: {
        ...(body !== undefined ? {'content-type': 'application/json'} : {}),
        ...(cookie ? {cookie} : {}),
        ...(csrf ? {'x-csrf-token': csrf} : {}),
      },
      ...(body !== undefined ? {body: JSON.stringify(body)} : {}),
    });
    return {status: response.status, headers: response.headers, body: (await response.json()) as unknown};
  };
}

/** Runs `run` with fresh, empty storage of `kind` for a server process, and removes it after. */
export async function withServerData(kind: DialectName, run: (data: ServerData) => Promise<void>): Promise<void> {
  if (kind === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'er-crash-'));
    try {
      await run({dataDir});
    } finally {
      rmSync(dataDir, {recursive: true, force: true});
    }
    return;
  }
  const schema = await createTestSchema();
  try {
    await run({databaseUrl: schema.url});
  } finally {
    await schema.drop();
  }
}
