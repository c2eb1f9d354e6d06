import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {z} from 'zod';
import {checkContent} from '../model/version-checks.js';
import {startTestApp, type TestApp} from '../test/harness.js';
import {expectError, expectJson, sampleDocument, setUpPeople, type People} from '../test/people.js';
import {addReviewer, leaflet, newDocument, startRound} from '../test/review-world.js';
import {databaseKinds} from '../test/storage.js';
import {releaseBlockedSchema, resultsSchema} from './round-schemas.js';
import {auditEntrySchema, documentDetailSchema, versionSummarySchema} from './schemas.js';

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? {...value} : {};
}

for (const kind of databaseKinds) {
  describe(`release gate (${kind})`, () => {
    let t: TestApp;
    let people: People;
    let lived: string[];
    let staff: string;

    before(async () => {
      t = await startTestApp(kind);
      people = await setUpPeople(t);
      lived = [await addReviewer(people.admin, 'Lee'), await addReviewer(people.admin, 'Mo')];
      staff = await addReviewer(people.admin, 'Nia Nurse', {livedExperience: false});
    });
    after(() => t.close());

    async function refused(doc: string, versionId: string): Promise<string[]> {
      const body = expectJson(await people.approver.post(`/api/documents/${doc}/release`, {versionId}), 409, releaseBlockedSchema);
      assert.match(body.error, /not ready to release/);
      return body.missing;
    }

    async function approve(token: string | undefined) {
      assert.equal((await t.anonymous.post(`/api/invite/${token}/verdict`, {verdict: 'approve'})).status, 200);
    }

    it('refuses with the missing condition each time, then releases when all hold', async () => {
      const doc = await newDocument(people.owner, leaflet('Gate'));
      const plain = expectJson(await people.owner.post(`/api/documents/${doc}/versions`, {revision: 1, checkSummary: {errors: 0, warnings: 0, info: 0}}), 201, versionSummarySchema);
      assert.deepEqual(await refused(doc, plain.id), ['No review round was held on version 1. Start one so people can check it.']);

      const round = await startRound(people.owner, doc, [...lived, staff]);
      const token = (id: string) => round.invites.find((i) => i.reviewerId === id)?.token;
      assert.deepEqual(await refused(doc, round.versionId), ['2 approvals are needed from reviewers with lived experience, and there are 0.']);
      await approve(token(staff));
      await approve(token(lived[0] ?? ''));
      assert.deepEqual(await refused(doc, round.versionId), ['2 approvals are needed from reviewers with lived experience, and there is 1.']);

      const review = z.object({parts: z.array(z.object({id: z.string()}))}).parse((await t.anonymous.get(`/api/invite/${token(lived[1] ?? '')}`)).body);
      await t.anonymous.put(`/api/invite/${token(lived[1] ?? '')}/answers/${review.parts[1]?.id}`, {understood: 'yes', comment: 'Good.'});
      await approve(token(lived[1] ?? ''));
      assert.deepEqual(await refused(doc, round.versionId), ['1 piece of feedback has no response yet.']);

      const results = expectJson(await people.owner.get(`/api/rounds/${round.id}/results`), 200, resultsSchema);
      for (const item of results.items) {
        await people.owner.put(`/api/rounds/${round.id}/items/${item.id}/response`, {action: 'not-changed', reason: 'Kind words.'});
      }
      expectError(await people.owner.post(`/api/documents/${doc}/release`, {versionId: round.versionId}), 403);
      const released = expectJson(await people.approver.post(`/api/documents/${doc}/release`, {versionId: round.versionId}), 200, documentDetailSchema);
      assert.deepEqual([released.status, released.releasedVersionId], ['released', round.versionId]);
    });

    it("runs the checks itself and never trusts the client's summary", async () => {
      // No contact details: the checks find an error, whatever the client says.
      const doc = await newDocument(people.owner, sampleDocument('No contact', 'You can get a flu jab.', '2027-01-01'));
      const round = await startRound(people.owner, doc, lived, {approvalsNeeded: 1});
      await approve(round.invites[0]?.token);
      const [missing, ...rest] = await refused(doc, round.versionId);
      assert.match(missing ?? '', /^The checks found \d+ errors? \(.*contact-info.*\)\. Fix/);
      assert.deepEqual(rest, []);

      // The same problems, ignored in the document with a reason: the gate lets it through.
      const content = sampleDocument('Ignored', 'You can get a flu jab.', '2027-01-01');
      const errors = checkContent(JSON.stringify(content), '2026-03-02').errors;
      assert.ok(errors.length > 0 && errors.every((e) => e.block === -1), 'only document-wide errors here');
      const ignores = errors.map((finding) => ({
        rule: finding.rule,
        sentence: '',
        text: finding.message,
        reason: 'checked-with-readers',
        by: 'Olu',
        at: '2026-03-02T09:00:00.000Z',
      }));
      const ignored = await newDocument(people.owner, {...content, doc: {...content.doc, attrs: {...asRecord(content.doc['attrs']), ignores}}});
      const second = await startRound(people.owner, ignored, lived, {approvalsNeeded: 1});
      await approve(second.invites[0]?.token);
      expectJson(await people.approver.post(`/api/documents/${ignored}/release`, {versionId: second.versionId}), 200, documentDetailSchema);
    });

    it('lets only an admin override, with a reason and a date to review again, both recorded', async () => {
      const doc = await newDocument(people.owner, leaflet('Override'));
      const round = await startRound(people.owner, doc, lived);
      const path = `/api/documents/${doc}/release`;
      const body = {versionId: round.versionId, overrideReason: 'Urgent outbreak notice', reviewAgainBy: '2026-04-01'};
      assert.match(expectError(await people.approver.post(path, body), 403), /Only an admin/);
      assert.match(expectError(await people.admin.post(path, {...body, reviewAgainBy: undefined}), 400), /review it again/);
      expectJson(await people.admin.post(path, body), 200, documentDetailSchema);
      const audit = expectJson(await people.admin.get(`/api/documents/${doc}/audit`), 200, z.array(auditEntrySchema));
      const entry = audit.find((e) => e.action === 'document.released');
      assert.deepEqual(entry?.detail['override'], {
        reason: 'Urgent outbreak notice',
        reviewAgainBy: '2026-04-01',
        missing: ['2 approvals are needed from reviewers with lived experience, and there are 0.'],
      });
    });
  });
}
