import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {z} from 'zod';
import {client, sessionCookieOf, startTestApp, testPassword, type TestApp} from '../test/harness.js';
import {expectError, expectJson, setUpPeople, signIn, type People} from '../test/people.js';
import {databaseKinds} from '../test/storage.js';
import {meSchema, userSchema} from './schemas.js';

for (const kind of databaseKinds) {
  describe(`accounts API (${kind})`, () => {
    let t: TestApp;
    let people: People;

    before(async () => {
      t = await startTestApp(kind);
      assert.deepEqual(expectJson(await t.anonymous.get('/api/setup'), 200, z.object({needed: z.boolean()})), {needed: true});
      people = await setUpPeople(t);
    });
    after(() => t.close());

    it('answers GET /api/health', async () => {
      assert.deepEqual(expectJson(await t.anonymous.get('/api/health'), 200, z.object({ok: z.literal(true)})), {ok: true});
    });

    it('refuses a second setup with 409 and says setup is done', async () => {
      assert.deepEqual(expectJson(await t.anonymous.get('/api/setup'), 200, z.object({needed: z.boolean()})), {needed: false});
      const response = await t.anonymous.post('/api/setup', {email: 'x@example.nhs.uk', name: 'X', password: testPassword});
      assert.match(expectError(response, 409), /already set up/);
    });

    it('signs in with a session cookie that is HttpOnly and SameSite=Strict, not Secure over http', async () => {
      const response = await t.anonymous.post('/api/session', {email: 'olu.x@example.nhs.uk', password: testPassword});
      const me = expectJson(response, 200, meSchema);
      assert.equal(me.user.name, 'Olu');
      const cookie = response.headers.get('set-cookie') ?? '';
      assert.match(cookie, /HttpOnly/);
      assert.match(cookie, /SameSite=Strict/);
      assert.doesNotMatch(cookie, /Secure/);
      assert.match(cookie, /Path=\//);
    });

    it('marks the cookie Secure over https, and behind a trusted proxy that says https', async () => {
      const direct = await t.app.request('https://studio.example/api/session', {
        method: 'POST',
        headers: {'content-type': 'application/json'},
        body: JSON.stringify({email: 'olu.x@example.nhs.uk', password: testPassword}),
      });
      assert.equal(direct.status, 200);
      assert.match(direct.headers.get('set-cookie') ?? '', /Secure/);
      const proxied = await startTestApp(kind, {trustProxy: true});
      try {
        await setUpPeople(proxied);
        const response = await proxied.anonymous.request(
          'POST',
          '/api/session',
          {email: 'olu.x@example.nhs.uk', password: testPassword},
          {'x-forwarded-proto': 'https'}
        );
        assert.equal(response.status, 200);
        assert.match(response.headers.get('set-cookie') ?? '', /Secure/);
      } finally {
        await proxied.close();
      }
    });

    it('gives one plain message for a wrong password and an unknown email', async () => {
      const wrong = expectError(await t.anonymous.post('/api/session', {email: 'olu.x@example.nhs.uk', password: 'nope nope nope'}), 401);
      const unknown = expectError(await t.anonymous.post('/api/session', {email: 'nobody@example.nhs.uk', password: 'nope nope nope'}), 401);
      assert.equal(wrong, 'The email or password is wrong.');
      assert.equal(unknown, wrong);
    });

    it('locks an email out for 15 minutes after 5 wrong passwords from one address', async () => {
      const email = 'otto.x@example.nhs.uk';
      for (let i = 0; i < 5; i++) expectError(await t.anonymous.post('/api/session', {email, password: 'wrong password'}), 401);
      assert.match(expectError(await t.anonymous.post('/api/session', {email, password: testPassword}), 429), /wait 15 minutes/);
      t.clock.advance(15 * 60_000 + 1);
      expectJson(await t.anonymous.post('/api/session', {email, password: testPassword}), 200, meSchema);
    });

    it('tells who is signed in, with the CSRF token, and 401 to no one', async () => {
      const me = expectJson(await people.owner.get('/api/me'), 200, meSchema);
      assert.equal(me.user.role, 'author');
      assert.equal(me.csrfToken, people.owner.csrfToken);
      assert.equal(expectError(await t.anonymous.get('/api/me'), 401), 'Please sign in.');
    });

    it('signs out in one browser only', async () => {
      const first = await signIn(t, 'sue.x@example.nhs.uk');
      const second = await signIn(t, 'sue.x@example.nhs.uk');
      const response = await first.delete('/api/session');
      assert.equal(response.status, 204);
      assert.match(response.headers.get('set-cookie') ?? '', /er_session=;/);
      expectError(await first.get('/api/me'), 401);
      expectJson(await second.get('/api/me'), 200, meSchema);
      assert.equal((await t.anonymous.delete('/api/session')).status, 204);
    });

    it('signs out everywhere', async () => {
      const first = await signIn(t, 'april.x@example.nhs.uk');
      const second = await signIn(t, 'april.x@example.nhs.uk');
      const {ended} = expectJson(await first.delete('/api/sessions'), 200, z.object({ended: z.number()}));
      assert.ok(ended >= 2);
      expectError(await first.get('/api/me'), 401);
      expectError(await second.get('/api/me'), 401);
    });

    it('ends sessions when they expire', async () => {
      const session = await signIn(t, 'olu.x@example.nhs.uk');
      t.clock.advance(t.config.sessionHours * 3_600_000 + 1);
      expectError(await session.get('/api/me'), 401);
      people = {...people, ...(await reSignIn(t))};
    });

    it('lets admins add, list and change people', async () => {
      const added = expectJson(
        await people.admin.post('/api/users', {email: 'New.Person@Example.nhs.uk', name: 'Nia', role: 'author', password: testPassword}),
        201,
        userSchema
      );
      assert.equal(added.email, 'new.person@example.nhs.uk');
      const everyone = expectJson(await people.admin.get('/api/users'), 200, z.array(userSchema));
      assert.ok(everyone.some((u) => u.id === added.id));
      const changed = expectJson(await people.admin.patch(`/api/users/${added.id}`, {approver: true, name: 'Nia N'}), 200, userSchema);
      assert.deepEqual([changed.approver, changed.name], [true, 'Nia N']);
      const supporter = everyone.find((u) => u.role === 'supporter');
      assert.deepEqual(supporter?.supports, [people.reviewerId]);
    });

    it('refuses a duplicate email with 409, a reviewer password with 400, and a short password with 400', async () => {
      expectError(await people.admin.post('/api/users', {email: 'olu.x@example.nhs.uk', name: 'Dup', role: 'author', password: testPassword}), 409);
      assert.match(expectError(await people.admin.post('/api/users', {name: 'R', role: 'reviewer', password: testPassword}), 400), /Reviewers do not have passwords/);
      assert.match(expectError(await people.admin.post('/api/users', {email: 's@example.nhs.uk', name: 'S', role: 'author', password: 'short'}), 400), /at least 12 characters/);
    });

    it('refuses passwords that are too easy to guess wherever one is set, saying why', async () => {
      const tooEasy = 'This password is too easy to guess. Try three or four random words.';
      const added = await people.admin.post('/api/users', {email: 'weak@example.nhs.uk', name: 'W', role: 'author', password: 'password1234'});
      assert.equal(expectError(added, 400), tooEasy);
      assert.equal(expectError(await people.admin.patch(`/api/users/${people.admin.userId ?? ''}`, {password: 'aaaaaaaaaaaa'}), 400), tooEasy);
      const me = await signIn(t, 'olu.x@example.nhs.uk');
      const own = await me.patch(`/api/users/${me.userId ?? ''}`, {password: 'qwertyuiop[]', currentPassword: testPassword});
      assert.equal(expectError(own, 400), tooEasy);
      const spaced = await me.patch(`/api/users/${me.userId ?? ''}`, {password: '   short    ', currentPassword: testPassword});
      assert.equal(expectError(spaced, 400), 'Use at least 12 characters.');
      expectJson(await me.get('/api/me'), 200, meSchema);
      const fresh = await startTestApp(kind);
      try {
        const setup = await fresh.anonymous.post('/api/setup', {email: 'first@example.nhs.uk', name: 'First', password: '1qaz2wsx3edc'});
        assert.equal(expectError(setup, 400), tooEasy);
        assert.deepEqual(expectJson(await fresh.anonymous.get('/api/setup'), 200, z.object({needed: z.boolean()})), {needed: true});
      } finally {
        await fresh.close();
      }
    });

    it('disabling someone signs them out and stops sign-in', async () => {
      const victim = expectJson(
        await people.admin.post('/api/users', {email: 'leaver@example.nhs.uk', name: 'Lee', role: 'author', password: testPassword}),
        201,
        userSchema
      );
      const session = await signIn(t, 'leaver@example.nhs.uk');
      expectJson(await people.admin.patch(`/api/users/${victim.id}`, {disabled: true}), 200, userSchema);
      expectError(await session.get('/api/me'), 401);
      expectError(await t.anonymous.post('/api/session', {email: 'leaver@example.nhs.uk', password: testPassword}), 401);
    });

    it('keeps at least one admin', async () => {
      const adminId = people.admin.userId ?? '';
      assert.match(expectError(await people.admin.patch(`/api/users/${adminId}`, {role: 'author'}), 409), /at least one admin/);
    });

    it('lets people change their own password with the current one, and nothing else', async () => {
      const me = await signIn(t, 'otto.x@example.nhs.uk');
      const id = me.userId ?? '';
      expectError(await me.patch(`/api/users/${id}`, {password: 'a brand new pw', currentPassword: 'wrong'}), 403);
      expectError(await me.patch(`/api/users/${id}`, {role: 'admin'}), 403);
      expectJson(await me.patch(`/api/users/${id}`, {password: 'a brand new pw', currentPassword: testPassword}), 200, userSchema);
      expectError(await me.get('/api/me'), 401);
      const again = await signIn(t, 'otto.x@example.nhs.uk', 'a brand new pw');
      expectJson(await again.patch(`/api/users/${id}`, {password: testPassword, currentPassword: 'a brand new pw'}), 200, userSchema);
      people = {...people, other: await signIn(t, 'otto.x@example.nhs.uk')};
    });

    it('lists people in brief for authors', async () => {
      const list = expectJson(await people.owner.get('/api/people'), 200, z.array(z.object({id: z.string(), name: z.string(), role: z.string()})));
      assert.ok(list.some((p) => p.id === people.reviewerId));
      assert.ok(list.every((p) => p.role !== 'supporter'));
    });

    it('records sign-ins and account changes in the audit log', async () => {
      const entries = expectJson(await people.admin.get('/api/audit?limit=500'), 200, z.array(z.object({action: z.string()})));
      const actions = new Set(entries.map((e) => e.action));
      for (const action of ['setup.admin-created', 'user.created', 'user.updated', 'session.signed-in', 'session.signed-out', 'session.signed-out-everywhere']) {
        assert.ok(actions.has(action), action);
      }
    });
  });
}

async function reSignIn(t: TestApp) {
  const adminResponse = await t.anonymous.post('/api/session', {email: 'admin@example.nhs.uk', password: testPassword});
  const me = expectJson(adminResponse, 200, meSchema);
  return {
    admin: client(t.app, {cookie: sessionCookieOf(adminResponse), csrfToken: me.csrfToken, userId: me.user.id}),
    owner: await signIn(t, 'olu.x@example.nhs.uk'),
    other: await signIn(t, 'otto.x@example.nhs.uk'),
    approver: await signIn(t, 'april.x@example.nhs.uk'),
    supporter: await signIn(t, 'sue.x@example.nhs.uk'),
  };
}
