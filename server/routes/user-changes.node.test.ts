import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {testPassword, type TestApp} from '../test/harness.js';
import {expectError, expectJson, signIn, type People, withPeople} from '../test/people.js';
import {databaseKinds} from '../test/storage.js';
import {userSchema} from './schemas.js';

for (const kind of databaseKinds) {
  describe(`changing people, one field at a time (${kind})`, () => {
    let t: TestApp;
    let people: People;
    let serial = 0;

    withPeople(kind, (world) => ({t, people} = world));

    /** Adds someone new with `role` and answers them. */
    async function add(role: string, extra: Record<string, unknown> = {}) {
      serial += 1;
      const body = role === 'reviewer' ? {name: `Rita ${serial}`, role} : {name: `Pat ${serial}`, role, email: `pat${serial}@example.nhs.uk`, password: testPassword};
      return expectJson(await people.admin.post('/api/users', {...body, ...extra}), 201, userSchema);
    }

    /** Sends `changes` as the admin and answers the person as stored afterwards. */
    async function change(id: string, changes: Record<string, unknown>) {
      expectJson(await people.admin.patch(`/api/users/${id}`, changes), 200, userSchema);
      const everyone = expectJson(await people.admin.get('/api/users'), 200, userSchema.array());
      const stored = everyone.find((u) => u.id === id);
      assert.ok(stored, 'still listed');
      return stored;
    }

    it('accepts an empty change and changes nothing', async () => {
      const pat = await add('author');
      assert.deepEqual(await change(pat.id, {}), pat);
    });

    it('changes the name alone', async () => {
      const pat = await add('author');
      assert.equal((await change(pat.id, {name: 'Pat Renamed'})).name, 'Pat Renamed');
    });

    it('changes the email alone', async () => {
      const pat = await add('author');
      assert.equal((await change(pat.id, {email: 'Pat.New@Example.nhs.uk'})).email, 'pat.new@example.nhs.uk');
    });

    it('changes the role alone', async () => {
      const pat = await add('author');
      assert.equal((await change(pat.id, {role: 'supporter'})).role, 'supporter');
    });

    it('changes the approver flag alone', async () => {
      const pat = await add('author');
      assert.equal((await change(pat.id, {approver: true})).approver, true);
      assert.equal((await change(pat.id, {approver: false})).approver, false);
    });

    it('changes disabled alone', async () => {
      const pat = await add('author');
      assert.equal((await change(pat.id, {disabled: true})).disabled, true);
      assert.equal((await change(pat.id, {disabled: false})).disabled, false);
    });

    it('changes the password alone', async () => {
      const pat = await add('author');
      await change(pat.id, {password: 'pat has a brand new password'});
      expectError(await t.anonymous.post('/api/session', {email: pat.email, password: testPassword}), 401);
      await signIn(t, pat.email ?? '', 'pat has a brand new password');
    });

    it('gives a supporter reviewers, changes them, and takes them all away, with supports alone', async () => {
      const [first, second] = [await add('reviewer'), await add('reviewer')];
      const sam = await add('supporter');
      assert.deepEqual((await change(sam.id, {supports: [first.id]})).supports, [first.id]);
      assert.deepEqual((await change(sam.id, {supports: [second.id]})).supports, [second.id]);
      assert.deepEqual((await change(sam.id, {supports: []})).supports, []);
      assert.deepEqual((await change(sam.id, {supports: []})).supports, []);
    });

    it('lets someone change their own name alone, or send nothing to change', async () => {
      const pat = await add('author');
      const me = await signIn(t, pat.email ?? '');
      assert.equal(expectJson(await me.patch(`/api/users/${pat.id}`, {name: 'Pat Myself'}), 200, userSchema).name, 'Pat Myself');
      assert.equal(expectJson(await me.patch(`/api/users/${pat.id}`, {}), 200, userSchema).name, 'Pat Myself');
      assert.equal(expectJson(await me.patch(`/api/users/${pat.id}`, {currentPassword: testPassword}), 200, userSchema).name, 'Pat Myself');
    });
  });
}
