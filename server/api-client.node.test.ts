import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {ApiClient, ApiError, ConflictError} from '../src/app/api-client.js';
import {startTestApp, testPassword, type TestApp} from './test/harness.js';
import {sampleDocument} from './test/people.js';
import {databaseKinds} from './test/storage.js';

/** A `fetch` that calls the app directly and keeps its cookie, as a browser would. */
function browserFetch(t: TestApp): typeof fetch {
  let cookie = '';
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    if (cookie) headers.set('cookie', cookie);
    const response = await t.app.request(String(input), {...init, headers});
    const set = response.headers.get('set-cookie');
    if (set) cookie = /er_session=;/.test(set) ? '' : (set.split(';')[0] ?? '');
    return response;
  };
}

for (const kind of databaseKinds) {
  describe(`ApiClient (${kind})`, () => {
    let t: TestApp;
    let api: ApiClient;

    before(async () => {
      t = await startTestApp(kind);
      api = new ApiClient({fetch: browserFetch(t)});
    });
    after(() => t.close());

    it('sets up, signs in and remembers the CSRF token for changes', async () => {
      assert.equal(await api.setupNeeded(), true);
      const me = await api.setup('ada@example.nhs.uk', 'Ada', testPassword);
      assert.equal(me.user.role, 'admin');
      const doc = await api.createDocument({title: 'Client made'});
      assert.equal(doc.revision, 1);
    });

    it('saves drafts and surfaces a stale save as a ConflictError with the current draft', async () => {
      const doc = await api.createDocument({content: sampleDocument('Conflict', 'First.')});
      const saved = await api.saveDraft(doc.id, 1, sampleDocument('Conflict', 'Second.'));
      assert.equal(saved.revision, 2);
      const error = await api.saveDraft(doc.id, 1, sampleDocument('Conflict', 'Stale.')).catch((e: unknown) => e);
      assert.ok(error instanceof ConflictError);
      assert.equal(error.status, 409);
      assert.equal(error.current.revision, 2);
      assert.deepEqual(error.current.content, sampleDocument('Conflict', 'Second.'));
      assert.match(error.message, /Someone else saved/);
    });

    it('throws ApiError with the plain message and status', async () => {
      const error = await api.getDocument('no-such-id').catch((e: unknown) => e);
      assert.ok(error instanceof ApiError && !(error instanceof ConflictError));
      assert.deepEqual([error.status, error.message], [404, 'There is no such document, or you do not have access to it.']);
    });

    it('fetches the CSRF token from /api/me when the page was reloaded', async () => {
      const browser = browserFetch(t);
      await new ApiClient({fetch: browser}).signIn('ada@example.nhs.uk', testPassword);
      const reloaded = new ApiClient({fetch: browser});
      const doc = await reloaded.createDocument({title: 'After reload'});
      assert.equal(doc.title, 'After reload');
    });

    it('fetches a fresh CSRF token once and retries when the session changed under it', async () => {
      const browser = browserFetch(t);
      const tab = new ApiClient({fetch: browser});
      await tab.signIn('ada@example.nhs.uk', testPassword);
      // Another tab in the same browser signs in again: a new session cookie and token.
      await new ApiClient({fetch: browser}).signIn('ada@example.nhs.uk', testPassword);
      const doc = await tab.createDocument({title: 'After signing in elsewhere'});
      assert.equal(doc.title, 'After signing in elsewhere');
    });

    it('answers null from me() and signInNeeded errors once signed out', async () => {
      await api.signOut();
      assert.equal(await api.me(), null);
      const error = await api.listDocuments().catch((e: unknown) => e);
      assert.ok(error instanceof ApiError && error.signInNeeded);
    });

    it('says there is no server when /api/setup answers with a page, not the API', async () => {
      const staticHost = new ApiClient({fetch: async () => new Response('<!doctype html><p>An app</p>', {status: 200})});
      const error = await staticHost.setupNeeded().catch((e: unknown) => e);
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 404);
    });

    it('turns a network failure into a plain ApiError with status 0', async () => {
      const offline = new ApiClient({fetch: async () => Promise.reject(new TypeError('fetch failed'))});
      const error = await offline.setupNeeded().catch((e: unknown) => e);
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 0);
      assert.match(error.message, /Could not reach/);
    });
  });
}
