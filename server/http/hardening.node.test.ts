import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {createApp} from '../app.js';
import {read, startTestApp, type TestApp} from '../test/harness.js';
import {expectError, expectJson, sampleDocument, setUpPeople, type People} from '../test/people.js';
import {databaseKinds} from '../test/storage.js';
import {documentDetailSchema} from '../routes/schemas.js';

for (const kind of databaseKinds) {
  describe(`bad input and hardening (${kind})`, () => {
    let t: TestApp;
    let people: People;
    let docId: string;

    before(async () => {
      t = await startTestApp(kind, {maxBodyBytes: 64 * 1024, frameAncestors: "'self' https://intranet.example.nhs.uk"});
      people = await setUpPeople(t);
      docId = expectJson(await people.owner.post('/api/documents', {title: 'Hardening'}), 201, documentDetailSchema).id;
    });
    after(() => t.close());

    it('answers broken JSON with 400 and a plain message', async () => {
      const response = await people.owner.request('PUT', `/api/documents/${docId}/draft`, '{"revision": 1, "content": ');
      assert.equal(expectError(response, 400), 'The request is not valid JSON.');
    });

    it('answers a body that does not match its schema with 400 naming the field', async () => {
      assert.equal(expectError(await people.owner.put(`/api/documents/${docId}/draft`, {revision: 'one', content: sampleDocument('x')}), 400).startsWith('"revision" is not right'), true);
      assert.equal(expectError(await people.owner.put(`/api/documents/${docId}/draft`, {revision: 1}), 400), '"content" is missing.');
      expectError(await people.owner.put(`/api/documents/${docId}/draft`, []), 400);
    });

    it('answers a body that is not JSON with 415', async () => {
      const response = await people.owner.request('POST', '/api/documents', 'title=x', {'content-type': 'application/x-www-form-urlencoded'});
      assert.match(expectError(response, 415), /as JSON/);
    });

    it('answers a body over the limit with 413 before reading it all', async () => {
      const big = {revision: 1, content: sampleDocument('Big', 'x'.repeat(100 * 1024))};
      assert.match(expectError(await people.owner.put(`/api/documents/${docId}/draft`, big), 413), /too large/);
      const declared = await t.app.request(`/api/documents/${docId}/draft`, {
        method: 'PUT',
        headers: {'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024), cookie: people.owner.cookie ?? '', 'x-csrf-token': people.owner.csrfToken ?? ''},
        body: '{}',
      });
      assert.equal(declared.status, 413);
    });

    it('answers unknown routes with 404 JSON', async () => {
      const response = await t.anonymous.get('/api/nothing/here');
      assert.match(expectError(response, 404), /nothing at \/api\/nothing\/here/);
      assert.match(response.headers.get('content-type') ?? '', /application\/json/);
      expectError(await t.anonymous.get('/missing.js'), 404);
      expectError(await people.owner.request('PATCH', '/api/documents'), 404);
    });

    it('answers a server fault with 500 and no stack trace', async () => {
      const broken = await startTestApp(kind);
      await broken.db.storage.close();
      const original = console.error;
      const logged: unknown[] = [];
      console.error = (...args: unknown[]) => void logged.push(args);
      try {
        const response = await broken.anonymous.get('/api/setup');
        assert.equal(expectError(response, 500), 'Something went wrong on the server. Please try again.');
        assert.doesNotMatch(response.text, /at .*\.ts:\d+/);
        assert.equal(logged.length, 1, 'the fault is logged on the server');
      } finally {
        console.error = original;
        await broken.close().catch(() => undefined);
      }
    });

    it('sets the security headers on API answers, errors and pages', async () => {
      for (const response of [await t.anonymous.get('/api/health'), await t.anonymous.get('/api/nope'), await t.anonymous.request('GET', '/', undefined, {accept: 'text/html'})]) {
        const csp = response.headers.get('content-security-policy') ?? '';
        assert.match(csp, /script-src 'self'(;|$)/);
        assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/);
        assert.match(csp, /frame-ancestors 'self' https:\/\/intranet\.example\.nhs\.uk/);
        assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
        assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
        assert.equal(response.headers.get('x-frame-options'), null, 'X-Frame-Options cannot list the intranet, so it is left out');
      }
      assert.equal((await t.anonymous.get('/api/health')).headers.get('cache-control'), 'no-store');
    });

    it("sends X-Frame-Options and frame-ancestors 'self' by default", async () => {
      const plain = await startTestApp(kind);
      try {
        const response = await plain.anonymous.get('/api/health');
        assert.match(response.headers.get('content-security-policy') ?? '', /frame-ancestors 'self'$/);
        assert.equal(response.headers.get('x-frame-options'), 'SAMEORIGIN');
      } finally {
        await plain.close();
      }
    });

    it('refuses changes without the CSRF token, with a wrong one, or from another site', async () => {
      const body = {title: 'CSRF'};
      const noToken = await people.owner.request('POST', '/api/documents', body, {'x-csrf-token': ''});
      assert.match(expectError(noToken, 403), /security check/);
      expectError(await people.owner.request('POST', '/api/documents', body, {'x-csrf-token': 'forged'}), 403);
      expectError(await people.owner.request('POST', '/api/documents', body, {origin: 'https://evil.example'}), 403);
      expectError(await t.anonymous.request('POST', '/api/session', {email: 'a', password: 'b'}, {origin: 'https://evil.example'}), 403);
      expectError(await t.anonymous.request('POST', '/api/session', {email: 'a', password: 'b'}, {'sec-fetch-site': 'cross-site'}), 403);
      expectJson(await people.owner.request('POST', '/api/documents', body, {origin: 'http://localhost', 'sec-fetch-site': 'same-origin'}), 201, documentDetailSchema);
      // Behind a proxy that ends https the server sees http: the host is what counts.
      expectJson(await people.owner.request('POST', '/api/documents', body, {origin: 'https://localhost'}), 201, documentDetailSchema);
      expectError(await people.owner.request('POST', '/api/documents', body, {origin: 'null'}), 403);
    });

    it('serves the built app, falls back to index.html for app pages, and caches hashed assets', async () => {
      const page = await t.anonymous.request('GET', '/review', undefined, {accept: 'text/html'});
      assert.equal(page.status, 200);
      assert.match(page.text, /<title>Easy Read Studio<\/title>/);
      assert.equal(page.headers.get('cache-control'), 'no-cache');
      const asset = await t.anonymous.get('/assets/app-B2xQ9k_z.js');
      assert.equal(asset.status, 200);
      assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    });

    it('never caches index.html or files without a content hash for long, even under /assets/', async () => {
      const answers = {
        'the app page asked for under /assets/': await t.anonymous.request('GET', '/assets/some-page', undefined, {accept: 'text/html'}),
        'index.html by name': await t.anonymous.get('/index.html'),
        'the root page': await t.anonymous.request('GET', '/', undefined, {accept: 'text/html'}),
        'an asset with no hash in its name': await t.anonymous.get('/assets/app.js'),
      };
      for (const [what, response] of Object.entries(answers)) {
        assert.equal(response.status, 200, what);
        assert.equal(response.headers.get('cache-control'), 'no-cache', what);
      }
      assert.match(answers['the app page asked for under /assets/'].text, /<title>Easy Read Studio<\/title>/);
    });

    it('lets other sites load scripts and pictures, but not pages or the API', async () => {
      const script = await t.anonymous.get('/assets/app-B2xQ9k_z.js');
      assert.equal(script.headers.get('access-control-allow-origin'), '*');
      assert.equal(script.headers.get('cross-origin-resource-policy'), 'cross-origin');
      const page = await t.anonymous.request('GET', '/', undefined, {accept: 'text/html'});
      assert.equal(page.headers.get('access-control-allow-origin'), null);
      assert.equal(page.headers.get('cross-origin-resource-policy'), 'same-origin');
      const api = await t.anonymous.get('/api/health');
      assert.equal(api.headers.get('cross-origin-resource-policy'), 'same-origin');
    });

    it('builds the app with no I/O: a missing dist folder only matters when a page is asked for', async () => {
      const app = createApp({db: t.db.storage.db, config: {...t.config, distDir: '/nonexistent/dist'}});
      assert.equal((await read(await app.request('/api/health'))).status, 200);
      assert.equal((await read(await app.request('/', {headers: {accept: 'text/html'}}))).status, 404);
    });

    it('describes the API in an OpenAPI 3 document generated from the request schemas', async () => {
      const response = await t.anonymous.get('/api/openapi.json');
      assert.equal(response.status, 200);
      const text = response.text;
      assert.match(text, /"openapi":"3\.0\.3"/);
      assert.match(text, /"\/api\/documents\/\{id\}\/draft"/);
      assert.match(text, /"RevisionConflict"/);
      assert.match(text, /"X-CSRF-Token"/);
    });
  });
}
