import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises';
import type {IncomingMessage, ServerResponse} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Connect, ResolvedConfig, ViteDevServer} from 'vite';
import {openMojiPlugin} from './vite-plugin-openmoji.js';
import {symbolRecords} from './symbol-data.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const svgDir = join(projectRoot, 'node_modules', 'openmoji', 'color', 'svg');

/** A Vite hook is a function or `{handler}`; this returns the function. */
function hook<T>(value: T | {handler: T} | undefined): T {
  if (value === undefined) throw new Error('The plugin lacks this hook');
  return typeof value === 'object' && value !== null && 'handler' in value ? value.handler : (value as T);
}

/** The plugin after `configResolved`, with its dev middleware captured. */
function setup(): {plugin: ReturnType<typeof openMojiPlugin>; middleware: Connect.NextHandleFunction; logged: string[]} {
  const plugin = openMojiPlugin();
  const logged: string[] = [];
  const config = {root: projectRoot, logger: {info: (message: string) => logged.push(message)}} as unknown as ResolvedConfig;
  hook(plugin.configResolved).call(undefined as never, config);
  let middleware: Connect.NextHandleFunction | undefined;
  const server = {
    middlewares: {
      use: (path: string, handler: Connect.NextHandleFunction) => {
        assert.equal(path, '/openmoji/');
        middleware = handler;
      },
    },
  } as unknown as ViteDevServer;
  void hook(plugin.configureServer).call(undefined as never, server);
  assert.ok(middleware, 'registers a middleware');
  return {plugin, middleware, logged};
}

/** Sends one request through the middleware; resolves with the status, type and body, or 'next'. */
function request(middleware: Connect.NextHandleFunction, url: string): Promise<{status: number; type?: string; body: string} | 'next'> {
  return new Promise((resolve) => {
    const headers = new Map<string, string>();
    const res = {
      statusCode: 200,
      setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), value),
      end(body?: Buffer) {
        resolve({status: this.statusCode, type: headers.get('content-type'), body: body ? body.toString('utf8') : ''});
      },
    };
    const req = {url, method: 'GET'} as IncomingMessage;
    middleware(req, res as unknown as ServerResponse, () => resolve('next'));
  });
}

describe('openMojiPlugin', () => {
  it('serves an indexed symbol in dev from node_modules/openmoji', async () => {
    const {middleware} = setup();
    const answer = await request(middleware, '/1F48A.svg');
    assert.notEqual(answer, 'next');
    if (answer === 'next') return;
    assert.equal(answer.status, 200);
    assert.equal(answer.type, 'image/svg+xml');
    assert.equal(answer.body, await readFile(join(svgDir, '1F48A.svg'), 'utf8'));
  });

  it('answers 404 for symbols left out of the index and for paths that are not symbols', async () => {
    const {middleware} = setup();
    for (const url of ['/1F1EA-1F1F8.svg', '/..%2Fpackage.json', '/1f48a.svg', '/']) {
      const answer = await request(middleware, url);
      assert.ok(answer !== 'next' && answer.status === 404, url);
    }
  });

  it('copies every indexed SVG, and only those, into the build output', async () => {
    const {plugin, logged} = setup();
    const dir = await mkdtemp(join(tmpdir(), 'openmoji-build-'));
    try {
      await hook(plugin.writeBundle).call(undefined as never, {dir} as never, {} as never);
      const files = await readdir(join(dir, 'openmoji'));
      assert.equal(files.length, symbolRecords.length);
      assert.ok(files.includes('1F9D1-200D-2695-FE0F.svg'));
      assert.match(logged.join('\n'), new RegExp(`copied ${symbolRecords.length} SVGs`));
    } finally {
      await rm(dir, {recursive: true, force: true});
    }
  });
});
