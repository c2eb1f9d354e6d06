import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {z} from 'zod';
import type {TestApp} from '../test/harness.js';
import {expectError, expectJson, type People, withPeople} from '../test/people.js';
import {addReviewer, leaflet, newDocument, startRound} from '../test/review-world.js';
import {databaseKinds} from '../test/storage.js';
import {groupSessionSchema, involvedPersonSchema, inviteReviewSchema} from './round-schemas.js';
import {auditEntrySchema} from './schemas.js';

const peopleSchema = z.object({people: z.array(involvedPersonSchema)});

for (const kind of databaseKinds) {
  describe(`involvement register and record (${kind})`, () => {
    let t: TestApp;
    let people: People;

    withPeople(kind, (world) => ({t, people} = world));

    it('is kept by admins and supporters, listed by authors, with consent times and real supporters', async () => {
      const body = {name: 'Pat', credit: 'first', consentToName: false, livedExperience: true, paid: true, contact: 'Text me'};
      expectError(await people.owner.post('/api/involvement/people', body), 403);
      expectError(await t.anonymous.post('/api/involvement/people', body), 401);
      const made = expectJson(await people.supporter.post('/api/involvement/people', {...body, supporterId: people.supporter.userId}), 201, involvedPersonSchema);
      assert.deepEqual([made.consentToName, made.consentedAt, made.supporter?.name, made.paid], [false, null, 'Sue', true]);
      assert.match(expectError(await people.admin.post('/api/involvement/people', {...body, supporterId: people.owner.userId}), 400), /supporter role/);

      t.clock.advance(60_000);
      const consented = expectJson(await people.admin.patch(`/api/involvement/people/${made.id}`, {consentToName: true}), 200, involvedPersonSchema);
      assert.equal(consented.consentedAt, t.clock.now().toISOString());
      const listed = expectJson(await people.owner.get('/api/involvement/people'), 200, peopleSchema);
      assert.ok(listed.people.some((p) => p.id === made.id && p.credit === 'first'));

      expectError(await people.owner.delete(`/api/involvement/people/${made.id}`), 403);
      assert.equal((await people.supporter.delete(`/api/involvement/people/${made.id}`)).status, 204);
      const after = expectJson(await people.admin.get('/api/involvement/people'), 200, peopleSchema);
      assert.ok(!after.people.some((p) => p.id === made.id));
      expectError(await people.admin.patch(`/api/involvement/people/${made.id}`, {name: 'Gone'}), 404);
      const audit = expectJson(await people.admin.get('/api/audit'), 200, z.array(auditEntrySchema));
      assert.deepEqual(
        audit.filter((e) => e.detail['personId'] === made.id).map((e) => e.action),
        ['involvement.person-removed', 'involvement.person-updated', 'involvement.person-added']
      );
      assert.ok(!JSON.stringify(audit).includes('Text me'), 'contact details stay out of the log');
    });

    it("counts each month's sessions, reviews and hours as CSV, escaped and safe from formulas", async () => {
      const month = t.clock.now().toISOString().slice(0, 7);
      const evil = await addReviewer(people.admin, '=HYPERLINK("x"), Bob', {paid: true});
      const quiet = await addReviewer(people.admin, 'Quinn');
      const doc = await newDocument(people.owner, leaflet('Record'));
      const round = await startRound(people.owner, doc, [evil, quiet]);
      const token = round.invites.find((i) => i.reviewerId === evil)?.token ?? '';
      const parts = expectJson(await t.anonymous.get(`/api/invite/${token}`), 200, inviteReviewSchema).parts;
      await t.anonymous.put(`/api/invite/${token}/answers/${parts[0]?.id}`, {understood: 'yes'});
      t.clock.advance(30 * 60_000);
      await t.anonymous.put(`/api/invite/${token}/answers/${parts[1]?.id}`, {understood: 'yes'});

      const session = expectJson(await people.supporter.post(`/api/rounds/${round.id}/sessions`, {memberIds: [evil, quiet]}), 201, groupSessionSchema);
      t.clock.advance(90 * 60_000);
      await people.supporter.post(`/api/rounds/${round.id}/sessions/${session.id}/end`);

      const csv = await people.supporter.get(`/api/involvement/record.csv?month=${month}`);
      assert.equal(csv.status, 200);
      assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
      assert.deepEqual(csv.text.split('\r\n'), [
        'person,sessions,reviews,hours,paid',
        `"'=HYPERLINK(""x""), Bob",1,1,2.00,paid`,
        'Quinn,1,0,1.50,voluntary',
        '',
      ]);
      const empty = await people.admin.get('/api/involvement/record.csv?month=2025-01');
      assert.equal(empty.text, 'person,sessions,reviews,hours,paid\r\n');
      expectError(await people.owner.get(`/api/involvement/record.csv?month=${month}`), 403);
      assert.match(expectError(await people.admin.get('/api/involvement/record.csv?month=2026-13'), 400), /YYYY-MM/);
    });
  });
}
