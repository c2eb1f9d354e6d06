import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {z} from 'zod';
import {startTestApp, type Client, type TestApp} from '../test/harness.js';
import {expectError, expectJson, sampleDocument, setUpPeople, signIn, type People} from '../test/people.js';
import {databaseKinds} from '../test/storage.js';
import {auditEntrySchema, binEntrySchema, documentDetailSchema, documentSummarySchema, userSchema} from './schemas.js';

const day = 24 * 60 * 60 * 1000;
const listed = z.array(documentSummarySchema);
const bin = z.array(binEntrySchema);

for (const kind of databaseKinds) {
  describe(`document bin (${kind})`, () => {
    let t: TestApp;
    let people: People;
    /** An author the test documents are shared with. */
    let sharer: Client;

    before(async () => {
      t = await startTestApp(kind);
      people = await setUpPeople(t);
      const body = {email: 'sam.bin@example.nhs.uk', name: 'Sam', role: 'author', password: 'correct horse battery'};
      expectJson(await people.admin.post('/api/users', body), 201, userSchema);
      sharer = await signIn(t, body.email);
    });
    after(() => t.close());

    async function sharedDocument(title: string) {
      const doc = expectJson(await people.owner.post('/api/documents', {content: sampleDocument(title)}), 201, documentDetailSchema);
      expectJson(await people.owner.post(`/api/documents/${doc.id}/shares`, {userId: sharer.userId}), 200, z.array(z.unknown()));
      return doc;
    }

    const ids = async (c: Client) => expectJson(await c.get('/api/documents'), 200, listed).map((d) => d.id);

    it('moves a document to the bin: out of every list, in the owner’s and the admin’s bin, audited', async () => {
      const doc = await sharedDocument('Bin me');
      const entry = expectJson(await people.owner.delete(`/api/documents/${doc.id}`), 200, binEntrySchema);
      assert.deepEqual([entry.id, entry.title, entry.deletedBy.name, entry.owner.name], [doc.id, 'Bin me', 'Olu', 'Olu']);
      assert.equal(Date.parse(entry.restorableUntil) - Date.parse(entry.deletedAt), 30 * day);
      for (const c of [people.owner, sharer, people.approver, people.admin]) assert.ok(!(await ids(c)).includes(doc.id));
      expectError(await people.owner.get(`/api/documents/${doc.id}`), 404);
      const draft = {revision: 1, content: sampleDocument('Bin me', 'Edited.')};
      expectError(await people.owner.put(`/api/documents/${doc.id}/draft`, draft), 404);
      expectError(await people.owner.delete(`/api/documents/${doc.id}`), 404);
      for (const c of [people.owner, people.admin]) {
        assert.ok(expectJson(await c.get('/api/bin'), 200, bin).some((e) => e.id === doc.id));
      }
      for (const c of [sharer, people.other, people.approver]) {
        assert.ok(!expectJson(await c.get('/api/bin'), 200, bin).some((e) => e.id === doc.id));
      }
      const audit = expectJson(await people.admin.get('/api/audit'), 200, z.array(auditEntrySchema));
      const line = audit.find((e) => e.action === 'document.deleted' && e.documentId === doc.id);
      assert.deepEqual(line?.actor?.name, 'Olu');
    });

    it('lets only the owner or an admin delete: shared author and approver 403, other author and supporter 404, anonymous 401', async () => {
      const doc = await sharedDocument('Keep me');
      assert.match(expectError(await sharer.delete(`/api/documents/${doc.id}`), 403), /owner of this document or an admin/);
      expectError(await people.approver.delete(`/api/documents/${doc.id}`), 403);
      expectError(await people.other.delete(`/api/documents/${doc.id}`), 404);
      expectError(await people.supporter.delete(`/api/documents/${doc.id}`), 404);
      expectError(await t.anonymous.delete(`/api/documents/${doc.id}`), 401);
      expectError(await people.supporter.get('/api/bin'), 403);
      expectError(await t.anonymous.get('/api/bin'), 401);
      assert.ok((await ids(people.owner)).includes(doc.id), 'still there');
      expectJson(await people.admin.delete(`/api/documents/${doc.id}`), 200, binEntrySchema);
    });

    it('restores a document as it was, for the owner or an admin only, audited', async () => {
      const doc = await sharedDocument('Bring back');
      expectJson(await people.admin.delete(`/api/documents/${doc.id}`), 200, binEntrySchema);
      expectError(await sharer.post(`/api/documents/${doc.id}/restore`), 403);
      expectError(await people.approver.post(`/api/documents/${doc.id}/restore`), 403);
      expectError(await people.other.post(`/api/documents/${doc.id}/restore`), 404);
      expectError(await people.supporter.post(`/api/documents/${doc.id}/restore`), 404);
      expectError(await t.anonymous.post(`/api/documents/${doc.id}/restore`), 401);
      const back = expectJson(await people.owner.post(`/api/documents/${doc.id}/restore`), 200, documentDetailSchema);
      assert.deepEqual([back.title, back.revision, back.sharedWith.map((p) => p.name)], ['Bring back', 1, ['Sam']]);
      assert.ok((await ids(sharer)).includes(doc.id));
      assert.ok(!expectJson(await people.owner.get('/api/bin'), 200, bin).some((e) => e.id === doc.id));
      expectError(await people.owner.post(`/api/documents/${doc.id}/restore`), 404);
      const audit = expectJson(await people.owner.get(`/api/documents/${doc.id}/audit`), 200, z.array(auditEntrySchema));
      assert.deepEqual(audit.slice(0, 2).map((e) => [e.action, e.actor?.name]), [['document.restored', 'Olu'], ['document.deleted', 'Ada Admin']]);
    });

    it('does not list an untitled document left empty, but lists it once it has a title or words', async () => {
      const empty = expectJson(await people.owner.post('/api/documents', {}), 201, documentDetailSchema);
      const titled = expectJson(await people.owner.post('/api/documents', {title: 'Named'}), 201, documentDetailSchema);
      const written = expectJson(await people.owner.post('/api/documents', {}), 201, documentDetailSchema);
      const row = {type: 'row', content: [{type: 'paragraph', content: [{type: 'text', text: 'Some words.'}]}]};
      const save = {revision: 1, content: {...sampleDocument('x'), doc: {type: 'doc', content: [{type: 'title'}, row]}}};
      assert.equal((await people.owner.put(`/api/documents/${written.id}/draft`, save)).status, 200);
      const listedIds = await ids(people.owner);
      assert.deepEqual([empty.id, titled.id, written.id].map((id) => listedIds.includes(id)), [false, true, true]);
      expectJson(await people.owner.get(`/api/documents/${empty.id}`), 200, documentDetailSchema);
    });
    // Last: it moves the clock past every session.
    it('keeps a document in the bin for 30 days; after that it is not listed and cannot be restored', async () => {
      const doc = await sharedDocument('Long gone');
      expectJson(await people.owner.delete(`/api/documents/${doc.id}`), 200, binEntrySchema);
      t.clock.advance(30 * day - 1000);
      // Sessions last less than the bin does.
      const owner = await signIn(t, 'olu.x@example.nhs.uk');
      const admin = await signIn(t, 'admin@example.nhs.uk');
      assert.ok(expectJson(await owner.get('/api/bin'), 200, bin).some((e) => e.id === doc.id));
      t.clock.advance(2000);
      for (const c of [owner, admin]) assert.ok(!expectJson(await c.get('/api/bin'), 200, bin).some((e) => e.id === doc.id));
      assert.match(expectError(await owner.post(`/api/documents/${doc.id}/restore`), 404), /30 days/);
      assert.ok(!(await ids(admin)).includes(doc.id));
    });

  });
}
