import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {z} from 'zod';
import {BrowserPool, sharedBrowserPool} from '../leaflet/browser-pool.js';
import {checkedByCredit} from '../model/checked-by.js';
import {leafletDocument, rowSentence} from '../leaflet/test-document.js';
import {startTestApp, type TestApp} from '../test/harness.js';
import {expectError, expectJson, setUpPeople, type People} from '../test/people.js';
import {databaseKinds} from '../test/storage.js';
import {releaseFrozenMessage} from './release-routes.js';
import {documentDetailSchema, printChecksSchema, releaseSchema, releaseSummarySchema, versionSummarySchema} from './schemas.js';

const listSchema = z.object({releases: z.array(releaseSummarySchema)});
const summary = {errors: 0, warnings: 0, info: 0};

for (const kind of databaseKinds) {
  describe(`releases API (${kind})`, () => {
    let t: TestApp;
    let people: People;

    before(async () => {
      t = await startTestApp(kind);
      people = await setUpPeople(t);
    });
    after(async () => {
      await sharedBrowserPool().close();
      await t.close();
    });

    /** A document with one version approved by two register members (one named in full, one not at all); returns the ids. */
    async function approvedVersion(title: string) {
      const doc = expectJson(await people.owner.post('/api/documents', {content: leafletDocument(title, 4)}), 201, documentDetailSchema);
      const version = expectJson(await people.owner.post(`/api/documents/${doc.id}/versions`, {revision: 1, checkSummary: summary}), 201, versionSummarySchema);
      const db = t.db.storage.db;
      const at = '2026-11-12T10:00:00.000Z';
      const person = (id: string, name: string, credit: 'full' | 'first' | 'none') => ({
        id, name, credit, consent_to_name: 1, consented_at: at, lived_experience: 1, paid: 0, supporter_id: null, contact: '', created_at: at, removed_at: null,
      });
      await db.insertInto('involvement_people').values([person(`${doc.id}-a`, 'Ravi Patel', 'full'), person(`${doc.id}-b`, 'Jo Bloggs', 'none')]).execute();
      await db.insertInto('review_rounds').values({
        id: `${doc.id}-r`, document_id: doc.id, version_id: version.id, number: 1, previous_round_id: null, due: '2026-11-20',
        approvals_needed: 1, state: 'closed', created_by: people.owner.userId ?? '', created_at: at, closed_at: at,
      }).execute();
      for (const p of ['a', 'b']) {
        await db.insertInto('review_verdicts').values({
          round_id: `${doc.id}-r`, person_id: `${doc.id}-${p}`, verdict: 'approve', comment: '', carried: 0, invite_id: null,
          session_id: null, recorded_by: null, first_at: at, updated_at: at,
        }).execute();
      }
      return {documentId: doc.id, versionId: version.id};
    }

    async function release(documentId: string, versionId: string) {
      const body = {versionId, overrideReason: 'Urgent public health notice', reviewAgainBy: '2099-01-01'};
      const answer = await people.admin.post(`/api/documents/${documentId}/release`, body);
      assert.equal(answer.status, 200, answer.text);
      const {releases} = expectJson(await people.admin.get(`/api/documents/${documentId}/releases`), 200, listSchema);
      return releases[0]!;
    }

    it('records a release with the "Checked by" credit from approvals of that exact version, and refuses to change it', async () => {
      const {documentId, versionId} = await approvedVersion('Getting your flu jab');
      const listed = await release(documentId, versionId);
      assert.deepEqual([listed.number, listed.versionId, listed.public, listed.supersededBy, listed.reviewBy], [1, versionId, false, null, '2027-11-12']);
      const record = expectJson(await people.owner.get(`/api/releases/${listed.id}`), 200, releaseSchema);
      assert.equal(record.checkedBy?.text, 'Checked by the Can you understand it? group on 12 November 2026: Ravi Patel.');
      assert.equal(record.checkedBy?.approvals, 2);
      assert.deepEqual(record.pictureCredits.map((c) => c.picture), ['OpenMoji pictures']);
      assert.equal(record.override, null, 'the approvals met the policy, so the override reason was not needed');
      const audit = await t.db.storage.db.selectFrom('audit_log').selectAll().where('id', '=', record.audit.id).executeTakeFirstOrThrow();
      assert.deepEqual([audit.action, audit.version_id], ['document.released', versionId]);

      for (const method of ['PUT', 'PATCH', 'DELETE']) {
        assert.equal(expectError(await people.admin.request(method, `/api/releases/${listed.id}`, method === 'DELETE' ? undefined : {title: 'x'}), 405), releaseFrozenMessage);
      }
      const db = t.db.storage.db;
      await assert.rejects(db.updateTable('releases').set({title: 'Changed'}).where('id', '=', listed.id).execute());
      await assert.rejects(db.deleteFrom('releases').where('id', '=', listed.id).execute());
    });

    it('refuses a release that is not public to anonymous people and other teams, and shows a public one at /r/{id}', async () => {
      const {documentId, versionId} = await approvedVersion('Seeing the dentist');
      const {id} = await release(documentId, versionId);
      expectError(await t.anonymous.get(`/api/releases/${id}`), 401);
      expectError(await t.anonymous.get(`/api/releases/${id}/leaflet.html`), 401);
      expectError(await people.other.get(`/api/releases/${id}`), 404);
      assert.equal((await people.owner.get(`/api/releases/${id}`)).headers.get('access-control-allow-origin'), null);
      expectError(await people.other.get(`/api/releases/${id}/leaflet.pdf`), 404);
      assert.equal((await t.anonymous.get(`/r/${id}`)).status, 404);
      expectError(await people.owner.post(`/api/releases/${id}/publish`), 403);

      expectJson(await people.approver.post(`/api/releases/${id}/publish`), 200, releaseSchema);
      const page = await t.anonymous.get(`/r/${id}`);
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
      assert.ok(page.text.includes(rowSentence(4)) && page.text.includes('Ravi Patel'));
      const opened = await t.anonymous.get(`/api/releases/${id}`);
      expectJson(opened, 200, releaseSchema);
      assert.equal(opened.headers.get('access-control-allow-origin'), '*', 'any site may show a public release');

      expectJson(await people.admin.post(`/api/releases/${id}/unpublish`), 200, releaseSchema);
      assert.equal((await t.anonymous.get(`/r/${id}`)).status, 404);
      const actions = await t.db.storage.db.selectFrom('audit_log').select('action').where('document_id', '=', documentId).where('action', 'like', 'release.%').execute();
      assert.deepEqual(actions.map((a) => a.action), ['release.published', 'release.unpublished']);
    });

    it('serves each leaflet with its type and file name, renders it once, and marks a superseded release', async () => {
      const {documentId, versionId} = await approvedVersion('Going to hospital');
      const first = await release(documentId, versionId);
      const launchesBefore = sharedBrowserPool().launches;
      const paths = ['pdf', 'pdf', 'pdf', 'pdf', 'docx', 'docx', 'docx', 'print-checks', 'print-checks', 'print-checks'];
      const started = Date.now();
      const concurrent = await Promise.all(
        paths.map((p) => t.app.request(`/api/releases/${first.id}/${p.includes('-') ? p : `leaflet.${p}`}`, {headers: {cookie: people.owner.cookie ?? ''}}))
      );
      console.log(`ten first exports at once (${kind}): ${Date.now() - started} ms`);
      assert.deepEqual(concurrent.map((r) => r.status), paths.map(() => 200));
      assert.ok(sharedBrowserPool().launches - launchesBefore <= 1, 'at most one browser for all ten');
      const types = {html: /^text\/html/, pdf: /^application\/pdf$/, docx: /wordprocessingml/};
      for (const [format, type] of Object.entries(types)) {
        const timed = Date.now();
        const answer = await people.owner.get(`/api/releases/${first.id}/leaflet.${format}`);
        console.log(`stored ${format} (${kind}): ${Date.now() - timed} ms, ${answer.text.length} chars`);
        assert.equal(answer.status, 200, answer.text);
        assert.match(answer.headers.get('content-type') ?? '', type);
        assert.match(answer.headers.get('content-disposition') ?? '', new RegExp(`filename="going-to-hospital\\.${format}"`));
      }
      const stored = await t.db.storage.db.selectFrom('release_outputs').select('format').where('release_id', '=', first.id).execute();
      assert.deepEqual(stored.map((s) => s.format).sort(), ['docx', 'html', 'pdf']);

      const checks = expectJson(await people.owner.get(`/api/releases/${first.id}/print-checks`), 200, printChecksSchema);
      assert.deepEqual(checks.findings, []);
      const preview = await people.owner.get(`/api/versions/${versionId}/leaflet.html`);
      assert.ok(preview.text.includes('This is a preview.'));
      expectJson(await people.owner.get(`/api/versions/${versionId}/print-checks`), 200, printChecksSchema);
      expectError(await people.other.get(`/api/versions/${versionId}/print-checks`), 404);

      await people.owner.put(`/api/documents/${documentId}/draft`, {revision: 1, content: leafletDocument('Going to hospital', 5)});
      const v2 = expectJson(await people.owner.post(`/api/documents/${documentId}/versions`, {revision: 2, checkSummary: summary}), 201, versionSummarySchema);
      const second = await release(documentId, v2.id);
      assert.equal(second.number, 2);
      const old = expectJson(await people.owner.get(`/api/releases/${first.id}`), 200, releaseSchema);
      assert.equal(old.supersededBy, second.id);
      const oldPage = await people.owner.get(`/api/releases/${first.id}/leaflet.html`);
      assert.ok(oldPage.text.includes(`There is a newer version of this leaflet. <a href="/api/releases/${second.id}/leaflet.html">`));
      const record = expectJson(await people.owner.get(`/api/releases/${second.id}`), 200, releaseSchema);
      assert.equal(record.checkedBy, null, 'nobody approved version 2, so it does not say it was checked');

      expectJson(await people.approver.post(`/api/releases/${first.id}/publish`), 200, releaseSchema);
      const publicOld = await t.anonymous.get(`/r/${first.id}`);
      assert.ok(publicOld.text.includes('There is a newer version of this leaflet. Ask the team who made it'), 'no link the reader cannot open');
      expectJson(await people.approver.post(`/api/releases/${second.id}/publish`), 200, releaseSchema);
      assert.ok((await t.anonymous.get(`/r/${first.id}`)).text.includes(`There is a newer version of this leaflet. <a href="/r/${second.id}">`));
    });

    it('says which files this server can make, and how to add Chromium where it is missing', async () => {
      const exportsSchema = z.object({pdf: z.object({available: z.boolean(), message: z.string().nullable()})});
      expectError(await t.anonymous.get('/api/leaflet-exports'), 401);
      assert.deepEqual(expectJson(await people.owner.get('/api/leaflet-exports'), 200, exportsSchema).pdf, {available: true, message: null});
      const missing = await new BrowserPool({executablePath: '/nowhere/chromium'}).missing();
      assert.match(missing ?? '', /need Chromium on the server\. .*apt-get install chromium/);
    });

    it('names approvers as the register says and counts only approvals of that exact version', async () => {
      const {documentId, versionId} = await approvedVersion('Having a blood test');
      const db = t.db.storage.db;
      const at = '2026-11-14T09:00:00.000Z';
      await db.insertInto('involvement_people').values({
        id: `${documentId}-c`, name: 'Sam  Okafor', credit: 'first', consent_to_name: 1, consented_at: at, lived_experience: 1, paid: 0,
        supporter_id: null, contact: '', created_at: at, removed_at: null,
      }).execute();
      await db.insertInto('review_verdicts').values({
        round_id: `${documentId}-r`, person_id: `${documentId}-c`, verdict: 'approve', comment: '', carried: 0, invite_id: null,
        session_id: null, recorded_by: null, first_at: at, updated_at: at,
      }).execute();
      const credit = await checkedByCredit(db, versionId, 'Can you understand it?');
      assert.equal(credit?.text, 'Checked by the Can you understand it? group on 14 November 2026: Ravi Patel and Sam.');
      assert.deepEqual(credit?.names, ['Ravi Patel', 'Sam']);

      await people.owner.put(`/api/documents/${documentId}/draft`, {revision: 1, content: leafletDocument('Having a blood test', 5)});
      const v2 = expectJson(await people.owner.post(`/api/documents/${documentId}/versions`, {revision: 2, checkSummary: summary}), 201, versionSummarySchema);
      await db.insertInto('review_rounds').values({
        id: `${documentId}-r2`, document_id: documentId, version_id: v2.id, number: 2, previous_round_id: `${documentId}-r`, due: '2026-11-30',
        approvals_needed: 1, state: 'closed', created_by: people.owner.userId ?? '', created_at: at, closed_at: at,
      }).execute();
      await db.insertInto('review_verdicts').values({
        round_id: `${documentId}-r2`, person_id: `${documentId}-a`, verdict: 'approve', comment: '', carried: 1, invite_id: null,
        session_id: null, recorded_by: null, first_at: at, updated_at: at,
      }).execute();
      assert.equal(await checkedByCredit(db, v2.id, 'Can you understand it?'), null, 'a verdict carried over from version 1 is not an approval of version 2');
    });

    it('says on the public page when a release is past its review-by date', async () => {
      const {documentId, versionId} = await approvedVersion('Looking after your feet');
      const {id, reviewBy} = await release(documentId, versionId);
      expectJson(await people.approver.post(`/api/releases/${id}/publish`), 200, releaseSchema);
      assert.ok(!(await t.anonymous.get(`/r/${id}`)).text.includes('should have been checked again'));
      t.clock.advance(Date.parse(`${reviewBy}T12:00:00Z`) - t.clock.now().getTime() + 86_400_000);
      const page = await t.anonymous.get(`/r/${id}`);
      assert.ok(page.text.includes('This leaflet should have been checked again by 12 November 2027.'), page.text.slice(0, 2000));
    });
  });
}
