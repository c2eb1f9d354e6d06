import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {loadConfig} from '../config.js';
import {documentDetailSchema, meSchema} from '../routes/schemas.js';
import {listen, read, sessionCookieOf, startTestApp, testPassword, type ApiResponse, type Listening, type TestApp} from '../test/harness.js';
import {expectError, expectJson, sampleDocument, setUpPeople} from '../test/people.js';
import {databaseKinds} from '../test/storage.js';

const intranet = 'https://intranet.oxleas.nhs.uk';
const sharepoint = 'https://sharepoint.example';
const elsewhere = 'https://elsewhere.example';

/** How a cross-site page's request looks to the server; `https` as a trusted proxy reports it. */
interface From {
  readonly origin?: string;
  readonly session?: {readonly cookie: string; readonly csrfToken?: string};
  readonly https?: boolean;
  readonly headers?: Record<string, string>;
}

/** Sends a request over real HTTP as a browser on `from.origin` would (cross-site, CORS mode). */
async function send(server: Listening, method: string, path: string, body: unknown, from: From): Promise<ApiResponse> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...(from.origin ? {origin: from.origin, 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'cors'} : {}),
      ...(from.https ? {'x-forwarded-proto': 'https'} : {}),
      ...(from.session ? {cookie: from.session.cookie} : {}),
      ...(from.session?.csrfToken ? {'x-csrf-token': from.session.csrfToken} : {}),
      ...(body !== undefined ? {'content-type': 'application/json'} : {}),
      ...from.headers,
    },
    ...(body !== undefined ? {body: JSON.stringify(body)} : {}),
  });
  return read(response);
}

/** A preflight for a signed-in draft save, as a browser sends it. */
function preflight(server: Listening, origin: string): Promise<ApiResponse> {
  const headers = {'access-control-request-method': 'PUT', 'access-control-request-headers': 'content-type,x-csrf-token'};
  return send(server, 'OPTIONS', '/api/documents/any/draft', undefined, {origin, headers});
}

/** The response's `Access-Control-*` headers, by lower-case name. */
function corsHeaders(response: ApiResponse): Record<string, string> {
  return Object.fromEntries([...response.headers].filter(([name]) => name.startsWith('access-control-')));
}

/** The words in a comma-separated header, lower case. */
function listed(response: ApiResponse, header: string): string[] {
  return (response.headers.get(header) ?? '').split(',').map((word) => word.trim().toLowerCase());
}

const olu = {email: 'olu.x@example.nhs.uk', password: testPassword};

describe('ALLOWED_ORIGINS', () => {
  it('reads a comma-separated list of exact origins and refuses anything else, naming the variable', () => {
    assert.deepEqual(loadConfig({}).allowedOrigins, []);
    assert.deepEqual(loadConfig({ALLOWED_ORIGINS: ` ${intranet}, ${sharepoint}/ ,`}).allowedOrigins, [intranet, sharepoint]);
    assert.deepEqual(loadConfig({ALLOWED_ORIGINS: 'HTTPS://Intranet.Example:443'}).allowedOrigins, ['https://intranet.example']);
    for (const wrong of ['*', 'intranet.oxleas.nhs.uk', `${intranet}/pages`, `${intranet}?x=1`, 'https://me@intranet.example', 'file:///srv']) {
      assert.throws(() => loadConfig({ALLOWED_ORIGINS: wrong}), {name: 'RangeError', message: /^ALLOWED_ORIGINS must list origins/}, wrong);
    }
  });
});

for (const kind of databaseKinds) {
  describe(`CORS for the sites that embed the app, over real HTTP (${kind})`, () => {
    let t: TestApp;
    let server: Listening;

    before(async () => {
      t = await startTestApp(kind, {allowedOrigins: [intranet, sharepoint], trustProxy: true});
      await setUpPeople(t);
      server = await listen(t.app);
    });
    after(async () => {
      await server.close();
      await t.close();
    });

    it("answers an allowed origin's GET, errors and preflight with CORS headers naming it, with credentials", async () => {
      const health = await send(server, 'GET', '/api/health', undefined, {origin: intranet});
      assert.equal(health.status, 200);
      assert.deepEqual(corsHeaders(health), {'access-control-allow-origin': intranet, 'access-control-allow-credentials': 'true'});
      assert.ok(listed(health, 'vary').includes('origin'));

      const signedOut = await send(server, 'GET', '/api/me', undefined, {origin: sharepoint});
      expectError(signedOut, 401);
      assert.equal(signedOut.headers.get('access-control-allow-origin'), sharepoint, 'the page can read why');

      const answer = await preflight(server, intranet);
      assert.equal(answer.status, 204);
      assert.equal(answer.headers.get('access-control-allow-origin'), intranet);
      assert.equal(answer.headers.get('access-control-allow-credentials'), 'true');
      assert.deepEqual(listed(answer, 'access-control-allow-methods'), ['get', 'post', 'put', 'patch', 'delete']);
      assert.deepEqual(listed(answer, 'access-control-allow-headers'), ['content-type', 'x-csrf-token']);
      assert.ok(listed(answer, 'vary').includes('origin'));
    });

    it("lets an allowed origin sign in (SameSite=None; Secure over https) and save a draft with the session's CSRF token", async () => {
      const signedIn = await send(server, 'POST', '/api/session', olu, {origin: intranet, https: true});
      const me = expectJson(signedIn, 200, meSchema);
      assert.equal(signedIn.headers.get('access-control-allow-origin'), intranet);
      const cookie = signedIn.headers.get('set-cookie') ?? '';
      assert.match(cookie, /SameSite=None/i);
      assert.match(cookie, /;\s*Secure/i);
      assert.match(cookie, /HttpOnly/i);

      const session = {cookie: sessionCookieOf(signedIn), csrfToken: me.csrfToken};
      const from = {origin: intranet, https: true, session};
      const doc = expectJson(await send(server, 'POST', '/api/documents', {title: 'From the intranet'}, from), 201, documentDetailSchema);
      const draft = {revision: doc.revision, content: sampleDocument('From the intranet', 'Saved from another site.')};
      const saved = await send(server, 'PUT', `/api/documents/${doc.id}/draft`, draft, from);
      assert.equal(saved.status, 200, saved.text);
      assert.equal(saved.headers.get('access-control-allow-origin'), intranet);

      const noToken = await send(server, 'PUT', `/api/documents/${doc.id}/draft`, draft, {...from, session: {cookie: session.cookie}});
      assert.match(expectError(noToken, 403), /security check/, 'an allowed origin still needs the CSRF token');
      const got = expectJson(await send(server, 'GET', `/api/documents/${doc.id}`, undefined, from), 200, documentDetailSchema);
      assert.deepEqual([got.revision, got.content], [2, draft.content]);

      const plain = await send(server, 'POST', '/api/session', olu, {origin: intranet});
      assert.match(plain.headers.get('set-cookie') ?? '', /SameSite=Strict/i, 'over plain http browsers refuse SameSite=None');
      const signedOut = await send(server, 'DELETE', '/api/session', undefined, from);
      assert.equal(signedOut.status, 204);
      assert.match(signedOut.headers.get('set-cookie') ?? '', /er_session=;.*SameSite=None/i);
    });

    it('gives any other origin no CORS headers and refuses its changes, even with a valid session and token', async () => {
      const lookalike = `${intranet}.elsewhere.example`;
      for (const origin of [elsewhere, lookalike, 'http://intranet.oxleas.nhs.uk']) {
        const health = await send(server, 'GET', '/api/health', undefined, {origin});
        assert.equal(health.status, 200);
        assert.deepEqual(corsHeaders(health), {}, origin);
        assert.deepEqual(corsHeaders(await preflight(server, origin)), {}, origin);
      }
      const own = await send(server, 'POST', '/api/session', olu, {https: true});
      const session = {cookie: sessionCookieOf(own), csrfToken: expectJson(own, 200, meSchema).csrfToken};
      const forged = await send(server, 'POST', '/api/documents', {title: 'Forged'}, {origin: elsewhere, https: true, session});
      assert.match(expectError(forged, 403), /another website/);
      assert.deepEqual(corsHeaders(forged), {});
      expectError(await send(server, 'POST', '/api/session', olu, {origin: lookalike}), 403);
      const noOrigin = await send(server, 'POST', '/api/documents', {title: 'Forged'}, {session, headers: {'sec-fetch-site': 'cross-site'}});
      assert.match(expectError(noOrigin, 403), /another website/);
    });
  });

  describe(`no ALLOWED_ORIGINS: no CORS at all, over real HTTP (${kind})`, () => {
    let t: TestApp;
    let server: Listening;

    before(async () => {
      t = await startTestApp(kind, {trustProxy: true});
      await setUpPeople(t);
      server = await listen(t.app);
    });
    after(async () => {
      await server.close();
      await t.close();
    });

    it('sends no CORS headers to any origin, refuses its changes and keeps the cookie SameSite=Strict', async () => {
      const health = await send(server, 'GET', '/api/health', undefined, {origin: intranet});
      assert.equal(health.status, 200);
      assert.deepEqual(corsHeaders(health), {});
      assert.equal(health.headers.get('vary'), null);
      const answer = await preflight(server, intranet);
      assert.deepEqual(corsHeaders(answer), {});
      assert.notEqual(answer.status, 204);
      assert.match(expectError(await send(server, 'POST', '/api/session', olu, {origin: intranet}), 403), /another website/);
      const own = await send(server, 'POST', '/api/session', olu, {https: true});
      assert.equal(own.status, 200);
      assert.match(own.headers.get('set-cookie') ?? '', /SameSite=Strict;.*Secure|Secure;.*SameSite=Strict/i);
    });
  });
}
