/**
 * Builds a test app on a test database and talks to it with `app.request()` (no
 * socket), as a browser would: with the session cookie and the CSRF header.
 *
 * @module
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {AddressInfo} from 'node:net';
import type {OpenAPIHono} from '@hono/zod-openapi';
import {serve} from '@hono/node-server';
import {createApp} from '../app.js';
import {defaultConfig, type ServerConfig} from '../config.js';
import type {DialectName} from '../db/connect.js';
import {closeSharedBrowserPool} from '../leaflet/browser-pool.js';
import type {AppEnv} from '../http/env.js';
import {openTestStorage, type TestStorage} from './storage.js';

/** A clock tests can move forward. */
export interface TestClock {
  now(): Date;
  /** Moves the clock on by `ms`. */
  advance(ms: number): void;
}

/** A response, read. */
export interface ApiResponse {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON, or the text when the body is not JSON, or `null` when empty. */
  readonly body: unknown;
  readonly text: string;
}

/** Someone using the API: anonymous, or signed in with a cookie and CSRF token. */
export interface Client {
  readonly cookie?: string;
  readonly csrfToken?: string;
  readonly userId?: string;
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse>;
  get(path: string): Promise<ApiResponse>;
  post(path: string, body?: unknown): Promise<ApiResponse>;
  put(path: string, body?: unknown): Promise<ApiResponse>;
  patch(path: string, body?: unknown): Promise<ApiResponse>;
  delete(path: string): Promise<ApiResponse>;
}

/** An app on a fresh database. */
export interface TestApp {
  readonly kind: DialectName;
  readonly app: OpenAPIHono<AppEnv>;
  readonly db: TestStorage;
  readonly clock: TestClock;
  readonly config: ServerConfig;
  /** Someone with no session. */
  readonly anonymous: Client;
  /** Closes and deletes everything. */
  close(): Promise<void>;
}

/** The password every test person gets. */
export const testPassword = 'correct horse battery';

/**
 * Starts an app on a fresh `kind` database. Passwords use a low scrypt cost so
 * tests stay fast; `dist/` is a temp folder with a one-line `index.html` and two
 * scripts, `assets/app.js` and the hashed `assets/app-B2xQ9k_z.js`.
 */
export async function startTestApp(kind: DialectName, overrides: Partial<ServerConfig> = {}): Promise<TestApp> {
  const db = await openTestStorage(kind);
  const distDir = mkdtempSync(join(tmpdir(), 'er-dist-'));
  mkdirSync(join(distDir, 'assets'), {recursive: true});
  const page = '<!doctype html><title>Easy Read Studio</title><script type="module" src="/assets/app.js"></script>';
  writeFileSync(join(distDir, 'index.html'), page);
  writeFileSync(join(distDir, 'assets', 'app.js'), 'export {};');
  // Named as Vite names built files, with a hash of their content.
  writeFileSync(join(distDir, 'assets', 'app-B2xQ9k_z.js'), 'export {};');
  let time = Date.parse('2026-03-02T09:00:00.000Z');
  const clock: TestClock = {now: () => new Date(time), advance: (ms) => (time += ms)};
  const config: ServerConfig = {...defaultConfig, passwordCost: 10, distDir, ...overrides};
  const app = createApp({db: db.storage.db, config, now: clock.now});
  return {
    kind,
    app,
    db,
    clock,
    config,
    anonymous: client(app, {}),
    close: async () => {
      // A route that printed a PDF launched the server's one browser; it would keep the test process alive.
      await closeSharedBrowserPool();
      await db.cleanup();
      rmSync(distDir, {recursive: true, force: true});
    },
  };
}

/** An app listening on a loopback port, for tests that need real sockets and client addresses. */
export interface Listening {
  /** Such as `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Stops listening and waits for open connections to close. */
  close(): Promise<void>;
}

/** Serves `app` on a free port of 127.0.0.1. */
export function listen(app: OpenAPIHono<AppEnv>): Promise<Listening> {
  return new Promise((resolve) => {
    const server = serve({fetch: app.fetch, port: 0, hostname: '127.0.0.1'}, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            if ('closeIdleConnections' in server) server.closeIdleConnections();
          }),
      });
    });
  });
}

/** A client for `app` with the given session. */
export function client(app: OpenAPIHono<AppEnv>, session: {cookie?: string; csrfToken?: string; userId?: string}): Client {
  const request = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const init: RequestInit = {
      method,
      headers: {
        ...(session.cookie ? {cookie: session.cookie} : {}),
        ...(session.csrfToken ? {'x-csrf-token': session.csrfToken} : {}),
        ...(body !== undefined ? {'content-type': 'application/json'} : {}),
        ...headers,
      },
      ...(body !== undefined ? {body: typeof body === 'string' ? body : JSON.stringify(body)} : {}),
    };
    return read(await app.request(path, init));
  };
  return {
    ...session,
    request,
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body),
    put: (path, body) => request('PUT', path, body),
    patch: (path, body) => request('PATCH', path, body),
    delete: (path) => request('DELETE', path),
  };
}

/** Reads a response's body as JSON when it is JSON. */
export async function read(response: Response): Promise<ApiResponse> {
  const text = await response.text();
  let body: unknown = text === '' ? null : text;
  if ((response.headers.get('content-type') ?? '').includes('json') && text) body = JSON.parse(text);
  return {status: response.status, headers: response.headers, body, text};
}

/** The `name=value` part of a response's session cookie, or throws. */
export function sessionCookieOf(response: ApiResponse): string {
  const header = response.headers.get('set-cookie') ?? '';
  const match = /er_session=[^;]+/.exec(header);
  if (!match) throw new Error(`No session cookie in the response (status ${response.status}): ${response.text}`);
  return match[0];
}
