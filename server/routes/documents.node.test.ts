import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {z} from 'zod';
import type {TestApp} from '../test/harness.js';
import {expectError, expectJson, sampleDocument, type People, withPeople} from '../test/people.js';
import {databaseKinds} from '../test/storage.js';
import {releaseBlockedSchema} from './round-schemas.js';
import {
  auditEntrySchema,
  conflictSchema,
  documentDetailSchema,
  documentListItemSchema,
  documentSummarySchema,
  feedbackSchema,
  newInviteSchema,
  personRefSchema,
  versionDetailSchema,
  versionSummarySchema,
} from './schemas.js';

const saved = z.object({revision: z.number(), savedAt: z.string()});
const clean = {errors: 0, warnings: 0, info: 1, readingAge: 9, verdict: 'Easy to read'};

for (const kind of databaseKinds) {
  describe(`documents API (${kind})`, () => {
    let t: TestApp;
    let people: People;

    withPeople(kind, (world) => ({t, people} = world));

    async function newDocument(title: string, reviewBy = '') {
      const response = await people.owner.post('/api/documents', {content: sampleDocument(title, 'Some words.', reviewBy)});
      return expectJson(response, 201, documentDetailSchema);
    }

    it('creates an empty document from a title, owned by its author, at revision 1', async () => {
      const doc = expectJson(await people.owner.post('/api/documents', {title: 'Flu jab'}), 201, documentDetailSchema);
      assert.deepEqual([doc.title, doc.status, doc.revision, doc.owner.name], ['Flu jab', 'draft', 1, 'Olu']);
      assert.deepEqual(doc.access, {read: true, edit: true, share: true, release: false});
      assert.equal(doc.content.format, 'easy-read-studio/1');
    });

    it('refuses a document that breaks the editor schema, with the plain reason', async () => {
      const broken = {format: 'easy-read-studio/1', doc: {type: 'doc', content: [{type: 'banana'}]}};
      assert.match(expectError(await people.owner.post('/api/documents', {content: broken}), 400), /broken/);
      const foreign = {format: 'other/1', doc: {}};
      assert.match(expectError(await people.owner.post('/api/documents', {content: foreign}), 400), /not an Easy Read Studio document/);
    });

    it('gets a document with its draft', async () => {
      const doc = await newDocument('Blood test');
      const got = expectJson(await people.owner.get(`/api/documents/${doc.id}`), 200, documentDetailSchema);
      assert.deepEqual(got.content, sampleDocument('Blood test', 'Some words.'));
      assert.equal(got.revision, 1);
    });

    it('saves a draft over the revision it started from, and 409s a stale save with the current draft', async () => {
      const doc = await newDocument('Dentist');
      const first = expectJson(await people.owner.put(`/api/documents/${doc.id}/draft`, {revision: 1, content: sampleDocument('Dentist', 'Mine.')}), 200, saved);
      assert.equal(first.revision, 2);
      const stale = await people.admin.put(`/api/documents/${doc.id}/draft`, {revision: 1, content: sampleDocument('Dentist', 'Theirs.')});
      const conflict = expectJson(stale, 409, conflictSchema);
      assert.equal(conflict.current.revision, 2);
      assert.deepEqual(conflict.current.savedBy.name, 'Olu');
      assert.deepEqual(conflict.current.content, sampleDocument('Dentist', 'Mine.'));
      const after = expectJson(await people.owner.get(`/api/documents/${doc.id}`), 200, documentDetailSchema);
      assert.deepEqual(after.content, sampleDocument('Dentist', 'Mine.'), 'the stale save wrote nothing');
    });

    it('takes the title and review-by date from the saved content', async () => {
      const doc = await newDocument('Old title');
      expectJson(await people.owner.put(`/api/documents/${doc.id}/draft`, {revision: 1, content: sampleDocument('New title', 'x', '2027-05-01')}), 200, saved);
      const got = expectJson(await people.owner.get(`/api/documents/${doc.id}`), 200, documentDetailSchema);
      assert.deepEqual([got.title, got.reviewBy], ['New title', '2027-05-01']);
    });

    it('lists documents with status, owner and review-by date; searches and filters', async () => {
      await newDocument('Asthma inhaler', '2027-01-31');
      const all = expectJson(await people.owner.get('/api/documents'), 200, z.array(documentSummarySchema));
      const asthma = all.find((d) => d.title === 'Asthma inhaler');
      assert.deepEqual([asthma?.status, asthma?.owner.name, asthma?.reviewBy], ['draft', 'Olu', '2027-01-31']);
      const found = expectJson(await people.owner.get('/api/documents?q=ASTHMA'), 200, z.array(documentSummarySchema));
      assert.deepEqual(found.map((d) => d.title), ['Asthma inhaler']);
      const none = expectJson(await people.owner.get('/api/documents?q=%25'), 200, z.array(documentSummarySchema));
      assert.deepEqual(none, [], 'a % in the search is a character, not a wildcard');
      const released = expectJson(await people.owner.get('/api/documents?status=released'), 200, z.array(documentSummarySchema));
      assert.ok(released.every((d) => d.status === 'released'));
      expectError(await people.owner.get('/api/documents?status=lost'), 400);
    });

    it('puts documents whose review is overdue or due within 30 days first, saying which, by the server’s date', async () => {
      // The test clock says 2 March 2026, so 1 April is the last day counted as soon.
      const dates = [['Later', '2026-12-01'], ['Overdue', '2026-02-01'], ['Soon', '2026-03-20'], ['Edge', '2026-04-01'], ['Just after', '2026-04-02'], ['No date', '']];
      const ids: string[] = [];
      for (const [title, reviewBy] of dates) {
        ids.push((await newDocument(`Due ${title ?? ''}`, reviewBy)).id);
        t.clock.advance(1000);
      }
      const all = expectJson(await people.owner.get('/api/documents'), 200, z.array(documentListItemSchema));
      const mine = all.filter((d) => ids.includes(d.id)).map((d) => [d.title, d.reviewDue]);
      assert.deepEqual(mine, [
        ['Due Overdue', 'overdue'],
        ['Due Soon', 'soon'],
        ['Due Edge', 'soon'],
        ['Due No date', null],
        ['Due Just after', null],
        ['Due Later', null],
      ]);
      assert.equal(all[0]?.reviewDue, 'overdue', 'due documents come before every other');
    });

    it('shows other authors only what is shared with them, and lets them edit it once shared', async () => {
      const doc = await newDocument('Shared leaflet');
      const before = expectJson(await people.other.get('/api/documents'), 200, z.array(documentSummarySchema));
      assert.ok(!before.some((d) => d.id === doc.id));
      expectError(await people.other.get(`/api/documents/${doc.id}`), 404);
      const otherId = people.other.userId ?? '';
      const shares = expectJson(await people.owner.post(`/api/documents/${doc.id}/shares`, {userId: otherId}), 200, z.array(personRefSchema));
      assert.deepEqual(shares.map((s) => s.name), ['Otto']);
      const listed = expectJson(await people.other.get('/api/documents'), 200, z.array(documentSummarySchema));
      assert.ok(listed.some((d) => d.id === doc.id));
      expectJson(await people.other.put(`/api/documents/${doc.id}/draft`, {revision: 1, content: sampleDocument('Shared leaflet', 'Edited by Otto.')}), 200, saved);
      expectError(await people.other.post(`/api/documents/${doc.id}/shares`, {userId: people.approver.userId}), 403);
      expectJson(await people.owner.delete(`/api/documents/${doc.id}/shares/${otherId}`), 200, z.array(personRefSchema));
      expectError(await people.other.get(`/api/documents/${doc.id}`), 404);
    });

    it('only shares with authors and admins', async () => {
      const doc = await newDocument('Not for supporters');
      const supporterId = people.supporter.userId ?? '';
      expectError(await people.owner.post(`/api/documents/${doc.id}/shares`, {userId: supporterId}), 400);
    });

    it('snapshots versions of the current revision only', async () => {
      const doc = await newDocument('Versioned');
      const v1 = expectJson(await people.owner.post(`/api/documents/${doc.id}/versions`, {revision: 1, checkSummary: clean}), 201, versionSummarySchema);
      assert.deepEqual([v1.number, v1.revision, v1.checkSummary], [1, 1, clean]);
      expectJson(await people.owner.put(`/api/documents/${doc.id}/draft`, {revision: 1, content: sampleDocument('Versioned', 'Changed.')}), 200, saved);
      expectJson(await people.owner.post(`/api/documents/${doc.id}/versions`, {revision: 1, checkSummary: clean}), 409, conflictSchema);
      const v2 = expectJson(await people.owner.post(`/api/documents/${doc.id}/versions`, {revision: 2, checkSummary: clean}), 201, versionSummarySchema);
      assert.equal(v2.number, 2);
      const list = expectJson(await people.owner.get(`/api/documents/${doc.id}/versions`), 200, z.array(versionSummarySchema));
      assert.deepEqual(list.map((v) => v.number), [2, 1]);
      const first = expectJson(await people.owner.get(`/api/versions/${v1.id}`), 200, versionDetailSchema);
      assert.deepEqual(first.content, sampleDocument('Versioned', 'Some words.'), 'a version keeps what was snapshotted');
      expectError(await people.other.get(`/api/versions/${v1.id}`), 404);
    });

    it("never releases on the client's clean summary or a plain link's approval; an admin may override with a reason and a date", async () => {
      const doc = await newDocument('Release me');
      const v1 = expectJson(await people.owner.post(`/api/documents/${doc.id}/versions`, {revision: 1, checkSummary: clean}), 201, versionSummarySchema);
      const invite = expectJson(await people.owner.post(`/api/documents/${doc.id}/invites`, {versionId: v1.id}), 201, newInviteSchema);
      expectJson(await t.anonymous.post(`/api/invite/${invite.token}/feedback`, {verdict: 'approve', comments: 'Clear.'}), 201, feedbackSchema);
      const path = `/api/documents/${doc.id}/release`;
      expectError(await people.owner.post(path, {versionId: v1.id}), 403);
      const blocked = expectJson(await people.approver.post(path, {versionId: v1.id}), 409, releaseBlockedSchema);
      const [noRound, checks, ...rest] = blocked.missing;
      assert.equal(noRound, 'No review round was held on version 1. Start one so people can check it.');
      assert.match(checks ?? '', /^The checks found \d+ errors? \(.*contact-info.*\)/, "the server's own checks, not the client's summary");
      assert.deepEqual(rest, []);

      const override = {versionId: v1.id, overrideReason: 'Urgent public health notice', reviewAgainBy: '2099-01-01'};
      assert.match(expectError(await people.approver.post(path, override), 403), /Only an admin/);
      const released = expectJson(await people.admin.post(path, override), 200, documentDetailSchema);
      assert.deepEqual([released.status, released.releasedVersionId], ['released', v1.id]);

      expectJson(await people.owner.put(`/api/documents/${doc.id}/draft`, {revision: 1, content: sampleDocument('Release me', 'More.')}), 200, saved);
      const edited = expectJson(await people.owner.get(`/api/documents/${doc.id}`), 200, documentDetailSchema);
      assert.equal(edited.status, 'draft', 'an edit after release makes it a draft again');

      const audit = expectJson(await people.owner.get(`/api/documents/${doc.id}/audit`), 200, z.array(auditEntrySchema));
      const releases = audit.filter((e) => e.action === 'document.released');
      assert.deepEqual(releases.map((e) => [e.versionId, e.actor?.name]), [[v1.id, 'Ada Admin']]);
      assert.deepEqual(releases[0]?.detail['override'], {reason: override.overrideReason, reviewAgainBy: override.reviewAgainBy, missing: blocked.missing});
    });

    it('audits every change to a document, newest first, with who and which version', async () => {
      const doc = await newDocument('Audited');
      expectJson(await people.owner.put(`/api/documents/${doc.id}/draft`, {revision: 1, content: sampleDocument('Audited', 'x')}), 200, saved);
      const v = expectJson(await people.owner.post(`/api/documents/${doc.id}/versions`, {revision: 2, checkSummary: clean}), 201, versionSummarySchema);
      const audit = expectJson(await people.owner.get(`/api/documents/${doc.id}/audit`), 200, z.array(auditEntrySchema));
      assert.deepEqual(audit.map((e) => e.action), ['version.created', 'draft.saved', 'document.created']);
      assert.deepEqual([audit[0]?.actor?.name, audit[0]?.versionId, audit[1]?.detail['revision']], ['Olu', v.id, 2]);
      const page = expectJson(await people.owner.get(`/api/documents/${doc.id}/audit?limit=1&before=${audit[0]?.id}`), 200, z.array(auditEntrySchema));
      assert.deepEqual(page.map((e) => e.action), ['draft.saved']);
      expectError(await people.other.get(`/api/documents/${doc.id}/audit`), 404);
    });

    it('lets approvers read every document but not edit it', async () => {
      const doc = await newDocument('Approver reads');
      const got = expectJson(await people.approver.get(`/api/documents/${doc.id}`), 200, documentDetailSchema);
      assert.deepEqual(got.access, {read: true, edit: false, share: false, release: true});
      expectError(await people.approver.put(`/api/documents/${doc.id}/draft`, {revision: 1, content: sampleDocument('x')}), 403);
    });
  });
}
