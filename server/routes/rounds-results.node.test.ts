import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {z} from 'zod';
import type {TestApp} from '../test/harness.js';
import {expectError, expectJson, signIn, type People, withPeople} from '../test/people.js';
import {addReviewer, leaflet, newDocument, startRound} from '../test/review-world.js';
import {databaseKinds} from '../test/storage.js';
import {answerSchema, feedbackItemSchema, groupSessionSchema, inviteReviewSchema, resultsSchema, verdictViewSchema} from './round-schemas.js';
import {auditEntrySchema, userSchema} from './schemas.js';

for (const kind of databaseKinds) {
  describe(`round results, responses and group sessions (${kind})`, () => {
    let t: TestApp;
    let people: People;

    withPeople(kind, (world) => ({t, people} = world));

    async function partsOf(token: string) {
      return expectJson(await t.anonymous.get(`/api/invite/${token}`), 200, inviteReviewSchema).parts;
    }

    it('tallies each part, derives stable items, records responses and prints "You said, we did" escaped', async () => {
      const ali = await addReviewer(people.admin, 'Ali');
      const bea = await addReviewer(people.admin, 'Bea');
      const doc = await newDocument(people.owner, leaflet('Results'));
      const round = await startRound(people.owner, doc, [ali, bea]);
      const [a, b] = round.invites.map((i) => i.token);
      const [, row] = await partsOf(a ?? '');
      const text = row?.text ?? '';
      const at = text.indexOf('doctor');
      const answer = (token: string | undefined, body: unknown) => t.anonymous.put(`/api/invite/${token}/answers/${row?.id}`, body);
      expectJson(await answer(a, {understood: 'no', hardWords: [{word: 'doctor', start: at, end: at + 6}], pictureHelps: 'not-sure', comment: '<b>Too long</b>'}), 200, answerSchema);
      expectJson(await answer(b, {understood: 'not-sure', hardWords: [{word: 'doctor', start: at, end: at + 6, meaning: 'a nurse'}], pictureHelps: 'yes'}), 200, answerSchema);
      expectJson(await t.anonymous.post(`/api/invite/${b}/verdict`, {verdict: 'revise', comment: 'Use "GP" & say when'}), 200, verdictViewSchema);

      const results = expectJson(await people.approver.get(`/api/rounds/${round.id}/results`), 200, resultsSchema);
      const part = results.parts.find((p) => p.id === row?.id);
      assert.deepEqual(part?.understood, {yes: 0, notSure: 1, no: 1});
      assert.deepEqual(part?.hardWords, [{word: 'doctor', count: 2}]);
      assert.deepEqual(part?.pictureHelps, {yes: 1, notSure: 1, no: 0});
      assert.deepEqual(results.verdicts, {approve: 0, revise: 1, pending: 1});
      assert.deepEqual(results.items.map((i) => [i.kind, i.partId]), [
        ['not-understood', row?.id],
        ['not-sure', row?.id],
        ['hard-word', row?.id],
        ['picture', row?.id],
        ['comment', row?.id],
        ['comment', null],
      ]);
      assert.match(results.items[2]?.text ?? '', /"doctor" is a hard word for 2 people\. They thought it means: a nurse\./);

      const item = results.items[0];
      const respond = (body: unknown) => people.owner.put(`/api/rounds/${round.id}/items/${item?.id}/response`, body);
      assert.match(expectError(await respond({action: 'not-changed'}), 400), /Say why/);
      expectError(await people.approver.put(`/api/rounds/${round.id}/items/${item?.id}/response`, {action: 'changed'}), 403);
      expectError(await people.owner.put(`/api/rounds/${round.id}/items/nonsense/response`, {action: 'changed'}), 404);
      const responded = expectJson(await respond({action: 'not-changed', reason: 'The word <doctor> is needed.'}), 200, feedbackItemSchema);
      assert.deepEqual(responded.response, {action: 'not-changed', reason: 'The word <doctor> is needed.', versionId: null});

      // More answers do not move the ids: the response stays on its item.
      expectJson(await answer(a, {understood: 'no', comment: 'Still hard'}), 200, answerSchema);
      const again = expectJson(await people.owner.get(`/api/rounds/${round.id}/results`), 200, resultsSchema);
      assert.deepEqual(again.items.find((i) => i.id === item?.id)?.response?.reason, 'The word <doctor> is needed.');

      const page = await people.owner.get(`/api/rounds/${round.id}/you-said-we-did.html`);
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
      assert.equal(page.headers.get('content-disposition'), null);
      assert.match(page.text, /<html lang="en">/);
      assert.doesNotMatch(page.text, /<script/i);
      assert.match(page.text, /You said:<\/span> Use &quot;GP&quot; &amp; say when/);
      assert.match(page.text, /We did:<\/span> We did not change it\. The word &lt;doctor&gt; is needed\./);
      assert.match(page.text, /We are still looking at this\./);
      assert.doesNotMatch(page.text, /<b>Too long/);
      const download = await people.owner.get(`/api/rounds/${round.id}/you-said-we-did.html?download=1`);
      assert.match(download.headers.get('content-disposition') ?? '', /^attachment; filename="you-said-we-did-review-1\.html"$/);
      expectError(await people.other.get(`/api/rounds/${round.id}/you-said-we-did.html`), 404);

      const audit = expectJson(await people.owner.get(`/api/documents/${doc}/audit`), 200, z.array(auditEntrySchema));
      assert.deepEqual(audit.filter((e) => e.action === 'item.responded').map((e) => e.detail['itemId']), [item?.id]);
    });

    it('lets a supporter record for members in a group session, supported by them, beside answers on links', async () => {
      const supporterId = people.supporter.userId ?? '';
      const cara = await addReviewer(people.admin, 'Cara', {supporterId});
      const dev = await addReviewer(people.admin, 'Dev');
      const extra = expectJson(
        await people.admin.post('/api/users', {email: 'sam.s@example.nhs.uk', name: 'Sam Supporter', role: 'supporter', password: 'correct horse battery'}),
        201,
        userSchema
      );
      const eli = await addReviewer(people.admin, 'Eli', {supporterId: extra.id});
      const doc = await newDocument(people.owner, leaflet('Group session'));
      const round = await startRound(people.owner, doc, [cara, dev]);
      const [, row] = await partsOf(round.invites[0]?.token ?? '');
      const sessions = `/api/rounds/${round.id}/sessions`;

      const listed = z.object({rounds: z.array(z.object({id: z.string(), title: z.string(), people: z.array(z.object({id: z.string()}))}))});
      const mine = expectJson(await people.supporter.get('/api/rounds'), 200, listed).rounds.find((r) => r.id === round.id);
      assert.deepEqual([mine?.title, mine?.people.map((p) => p.id)], ['Group session', [cara]]);
      expectError(await people.owner.get('/api/rounds'), 403);
      assert.match(expectError(await people.supporter.post(sessions, {memberIds: [cara, eli]}), 403), /people you support/);
      expectError(await people.owner.post(sessions, {memberIds: [cara]}), 403);
      const started = expectJson(await people.supporter.post(sessions, {memberIds: [cara, dev]}), 201, groupSessionSchema);
      const base = `${sessions}/${started.id}`;
      expectJson(await people.supporter.put(`${base}/answers/${cara}/${row?.id}`, {understood: 'yes'}), 200, answerSchema);
      expectJson(await people.supporter.post(`${base}/verdicts/${cara}`, {verdict: 'approve'}), 200, verdictViewSchema);
      assert.match(expectError(await people.supporter.put(`${base}/answers/${eli}/${row?.id}`, {understood: 'yes'}), 404), /not in this session/);
      // Dev answers on his own link at the same meeting.
      const devLink = round.invites.find((i) => i.reviewerId === dev)?.token;
      expectJson(await t.anonymous.put(`/api/invite/${devLink}/answers/${row?.id}`, {understood: 'no'}), 200, answerSchema);

      const other = await signIn(t, 'sam.s@example.nhs.uk');
      expectError(await other.get(base), 404);
      const view = expectJson(await people.supporter.get(base), 200, groupSessionSchema);
      const answered = view.parts.find((p) => p.id === row?.id)?.answered ?? [];
      assert.deepEqual(
        [...answered].sort((x, y) => x.personId.localeCompare(y.personId)),
        [{personId: cara, via: 'session' as const}, {personId: dev, via: 'link' as const}].sort((x, y) => x.personId.localeCompare(y.personId))
      );
      assert.deepEqual(view.verdicts, [{personId: cara, verdict: 'approve'}]);
      const caraLink = round.invites.find((i) => i.reviewerId === cara)?.token;
      assert.equal(expectJson(await t.anonymous.get(`/api/invite/${caraLink}`), 200, inviteReviewSchema).verdict, 'approve');

      t.clock.advance(90 * 60_000);
      const ended = expectJson(await people.supporter.post(`${base}/end`), 200, groupSessionSchema);
      assert.ok(ended.endedAt);
      assert.match(expectError(await people.supporter.put(`${base}/answers/${cara}/${row?.id}`, {understood: 'no'}), 409), /session has ended/);

      const audit = expectJson(await people.owner.get(`/api/documents/${doc}/audit`), 200, z.array(auditEntrySchema));
      const recorded = audit.find((e) => e.action === 'answer.saved' && e.detail['personId'] === cara);
      assert.deepEqual([recorded?.actorLabel, recorded?.detail['recordedBy'], recorded?.detail['sessionId']], ['Sue', supporterId, started.id]);
    });
  });
}
