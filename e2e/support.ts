/**
 * Shared helpers for the end-to-end tests: start the real app (`node scripts/start.mjs`)
 * on a free port with its own temporary data folder, launch Debian's Chromium through
 * playwright-core, make the first admin through the API, and talk to the API from Node
 * as a signed-in person (to check what the server really holds).
 *
 * Build first (`npx vite build`); `start.mjs` rebuilds only when `dist/` is stale.
 * Test files start from `useApp()` in `app-fixture.ts`, which uses these.
 *
 * @module
 */
import {spawn, type ChildProcess} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium, type Browser, type Locator, type Page} from 'playwright-core';
import {ApiClient} from '../src/app/api-client.js';
import {chromiumArgs} from '../server/leaflet/browser-pool.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** A person who signs in. */
export interface Account {
  readonly name: string;
  readonly email: string;
  readonly password: string;
}

/** The first admin the tests make. */
export const admin: Account = {name: 'Ada Admin', email: 'ada@example.nhs.uk', password: 'a long admin password'};

/** The app running in its own process group, with its own data. */
export interface RunningApp {
  /** Such as `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly dataDir: string;
  /** Everything the server printed so far. */
  output(): string;
  /** Stops the server's whole process group and deletes its data. */
  stop(): Promise<void>;
}

/** A free TCP port on the loopback address. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts `node scripts/start.mjs` on a free port with a temporary `DATA_DIR`, and waits for `/api/health`. */
export async function startApp(timeoutMs = 60_000): Promise<RunningApp> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'er-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: repoRoot,
    env: {...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: ''},
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: start.mjs and the server it spawns stop together
  });
  child.stdout?.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.pid && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
    rmSync(dataDir, {recursive: true, force: true});
  };
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/api/health`)).ok) return {url, dataDir, output: () => output, stop};
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`The app did not start at ${url} within ${timeoutMs} ms. It said:\n${output}`);
}

/** Launches Debian's headless Chromium with the flags this machine needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROME_PATH'] || '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
  });
}

/** A `fetch` for Node that keeps the session cookie, as a browser would. */
function cookieFetch(): typeof fetch {
  let cookie = '';
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(input, {...init, headers});
    const set = response.headers.get('set-cookie');
    if (set) cookie = /er_session=;/.test(set) ? '' : (set.split(';')[0] ?? '');
    return response;
  };
}

/** An API client for Node against the running app, with its own cookie jar. */
export function apiClient(app: RunningApp): ApiClient {
  return new ApiClient({baseUrl: app.url, fetch: cookieFetch()});
}

/** Makes the first admin through the API and returns a client signed in as them. */
export async function createAdmin(app: RunningApp, account: Account = admin): Promise<ApiClient> {
  const api = apiClient(app);
  await api.setup(account.email, account.name, account.password);
  return api;
}

/** Adds an author (as `adminApi`) and returns their account. */
export async function createAuthor(adminApi: ApiClient, account: Account): Promise<Account> {
  await adminApi.createUser({name: account.name, email: account.email, role: 'author', password: account.password});
  return account;
}

/** Signs in through the app's form in `page` (already on the app), and waits for the documents list. */
export async function signInThroughForm(page: Page, account: Account): Promise<void> {
  await page.getByLabel('Email address').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', {name: 'Sign in'}).click();
  await page.getByRole('heading', {name: 'Your team’s documents'}).waitFor();
}

/** Collects uncaught page errors, to assert there were none. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

/** Waits until the locator's text (whitespace squeezed) matches, then returns it; fails with the last text seen. */
export async function waitForText(locator: Locator, want: string | RegExp, timeoutMs = 10_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  let got = '';
  while (Date.now() < end) {
    got = ((await locator.textContent().catch(() => '')) ?? '').replace(/\s+/g, ' ').trim();
    if (typeof want === 'string' ? got === want : want.test(got)) return got;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Expected ${String(want)}, but the text was ${JSON.stringify(got)}`);
}

/** The save status line of the open document. */
export function saveStatus(page: Page): Locator {
  return page.locator('er-document-workspace .workspace__status');
}

/** The document text area of the editor. */
export function editorText(page: Page): Locator {
  return page.locator('er-editor .ProseMirror');
}

/** The plain text of a stored document file, one block a line. */
export function fileText(file: {doc: Record<string, unknown>}): string {
  const lines: string[] = [];
  const walk = (node: unknown, line: string[]): void => {
    if (typeof node !== 'object' || node === null) return;
    const {text, content} = node as {text?: unknown; content?: unknown};
    if (typeof text === 'string') line.push(text);
    if (Array.isArray(content)) for (const child of content) walk(child, line);
  };
  for (const block of (file.doc['content'] as unknown[] | undefined) ?? []) {
    const line: string[] = [];
    walk(block, line);
    lines.push(line.join(''));
  }
  return lines.join('\n');
}
