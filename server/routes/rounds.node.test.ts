import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {z} from 'zod';
import {startTestApp, type TestApp} from '../test/harness.js';
import {expectError, expectJson, setUpPeople, type People} from '../test/people.js';
import {addReviewer, leaflet, leafletRows, newDocument, startRound} from '../test/review-world.js';
import {databaseKinds} from '../test/storage.js';
import {answerSchema, inviteReviewSchema, newRoundSchema, resultsSchema, roundSchema, verdictViewSchema} from './round-schemas.js';
import {auditEntrySchema, documentDetailSchema, inviteSchema, versionSummarySchema} from './schemas.js';

const roundsSchema = z.object({rounds: z.array(roundSchema)});

for (const kind of databaseKinds) {
  describe(`review rounds API (${kind})`, () => {
    let t: TestApp;
    let people: People;
    let ali: string;
    let bea: string;

    before(async () => {
      t = await startTestApp(kind);
      people = await setUpPeople(t);
      ali = await addReviewer(people.admin, 'Ali Khan');
      bea = await addReviewer(people.admin, 'Bea Jones');
    });
    after(() => t.close());

    async function review(token: string) {
      return expectJson(await t.anonymous.get(`/api/invite/${token}`), 200, inviteReviewSchema);
    }

    it('starts a round: a new version, one link each with a QR code, the policy, and it closes the previous round', async () => {
      const doc = await newDocument(people.owner, leaflet('Round basics'));
      const first = await startRound(people.owner, doc, [ali, bea]);
      assert.equal(first.number, 1);
      assert.deepEqual(first.invites.map((i) => i.reviewerId), [ali, bea]);
      for (const invite of first.invites) {
        assert.equal(invite.url, `http://localhost/review#${invite.token}`);
        assert.match(invite.qrSvg, /^<svg[\s\S]*<\/svg>\s*$/);
        assert.equal(Buffer.from(invite.token, 'base64url').length, 16);
      }
      const links = expectJson(await people.owner.get(`/api/documents/${doc}/invites`), 200, z.array(inviteSchema));
      assert.deepEqual(links.map((l) => l.versionId), [first.versionId, first.versionId]);

      const second = await startRound(people.owner, doc, [ali], {approvalsNeeded: 1});
      const {rounds} = expectJson(await people.owner.get(`/api/documents/${doc}/rounds`), 200, roundsSchema);
      assert.deepEqual(
        rounds.map((r) => [r.number, r.state, r.approvalsNeeded, r.versionNumber]),
        [[2, 'open', 1, 2], [1, 'closed', 2, 1]]
      );
      assert.equal(rounds[0]?.id, second.id);
      const old = review(first.invites[0]?.token ?? '');
      assert.equal((await old).round?.open, false);
    });

    it('builds link URLs from the request, trusting X-Forwarded-* only with TRUST_PROXY', async () => {
      const doc = await newDocument(people.owner, leaflet('Origins'));
      const forwarded = {'x-forwarded-host': 'studio.example.nhs.uk', 'x-forwarded-proto': 'https'};
      const body = {reviewerIds: [ali], due: '2026-03-20'};
      const plain = expectJson(await people.owner.request('POST', `/api/documents/${doc}/rounds`, body, forwarded), 201, newRoundSchema);
      assert.match(plain.invites[0]?.url ?? '', /^http:\/\/localhost\/review#/);
      const proxied = await startTestApp(kind, {trustProxy: true});
      try {
        const cast = await setUpPeople(proxied);
        const person = await addReviewer(cast.admin, 'Proxy Pat');
        const proxiedDoc = await newDocument(cast.owner, leaflet('Behind a proxy'));
        const response = await cast.owner.request('POST', `/api/documents/${proxiedDoc}/rounds`, {...body, reviewerIds: [person]}, forwarded);
        const round = expectJson(response, 201, newRoundSchema);
        assert.match(round.invites[0]?.url ?? '', /^https:\/\/studio\.example\.nhs\.uk\/review#[\w-]{22}$/);
      } finally {
        await proxied.close();
      }
    });

    it('refuses reviewers not in the register, a past due date and approvals outside the limits', async () => {
      const doc = await newDocument(people.owner, leaflet('Round refusals'));
      const path = `/api/documents/${doc}/rounds`;
      assert.match(expectError(await people.owner.post(path, {reviewerIds: ['nobody'], due: '2026-03-20'}), 400), /involvement register/);
      assert.match(expectError(await people.owner.post(path, {reviewerIds: [ali], due: '2026-03-01'}), 400), /due date has passed/);
      assert.match(expectError(await people.owner.post(path, {reviewerIds: [ali], due: '2026-03-20', approvalsNeeded: 11}), 400), /between 1 and 10/);
      expectJson(await people.admin.put('/api/involvement/policy', {minApprovals: 1, maxApprovals: 12}), 200, z.unknown());
      await startRound(people.owner, doc, [ali], {approvalsNeeded: 11});
      expectJson(await people.admin.put('/api/involvement/policy', {minApprovals: 1, maxApprovals: 10}), 200, z.unknown());
      expectError(await people.other.post(path, {reviewerIds: [ali], due: '2026-03-20'}), 404);
      expectError(await people.approver.post(path, {reviewerIds: [ali], due: '2026-03-20'}), 403);
    });

    it('starts a round in one transaction: a refused round leaves no version, and two at once get one version each', async () => {
      const doc = await newDocument(people.owner, leaflet('Round atomic'));
      const path = `/api/documents/${doc}/rounds`;
      const gone = await addReviewer(people.admin, 'Gone Gus');
      assert.equal((await people.admin.delete(`/api/involvement/people/${gone}`)).status, 204);
      assert.match(expectError(await people.owner.post(path, {reviewerIds: [ali, 'nobody'], due: '2026-03-20'}), 400), /involvement register/);
      assert.match(expectError(await people.owner.post(path, {reviewerIds: [gone], due: '2026-03-20'}), 400), /involvement register/);
      assert.match(expectError(await people.owner.post(path, {reviewerIds: [ali], due: '2026-03-20', approvalsNeeded: 11}), 400), /between 1 and 10/);
      const versions = async () => expectJson(await people.owner.get(`/api/documents/${doc}/versions`), 200, z.array(versionSummarySchema));
      assert.deepEqual(await versions(), [], 'no version without its round');
      const audit = expectJson(await people.owner.get(`/api/documents/${doc}/audit`), 200, z.array(auditEntrySchema));
      assert.deepEqual(audit.map((e) => e.action), ['document.created']);
      assert.equal(expectJson(await people.owner.get(`/api/documents/${doc}`), 200, documentDetailSchema).status, 'draft');

      const both = await Promise.all([startRound(people.owner, doc, [ali]), startRound(people.owner, doc, [bea])]);
      assert.deepEqual(both.map((r) => r.number).sort(), [1, 2]);
      const {rounds} = expectJson(await people.owner.get(path), 200, roundsSchema);
      assert.deepEqual(rounds.map((r) => [r.number, r.state, r.versionNumber]), [[2, 'open', 2], [1, 'closed', 1]]);
      assert.deepEqual((await versions()).map((v) => v.id).sort(), both.map((r) => r.versionId).sort());
    });

    it('shows each part and saves each answer at once; checks hard words, pictures, comments and part ids', async () => {
      const doc = await newDocument(people.owner, leaflet('Answers'));
      const round = await startRound(people.owner, doc, [ali]);
      const token = round.invites[0]?.token ?? '';
      const shown = await review(token);
      assert.deepEqual(shown.round, {id: round.id, number: 1, due: '2026-03-20', open: true});
      assert.equal(shown.verdict, null);
      const [title, pictured, plain] = shown.parts;
      assert.deepEqual([title?.kind, pictured?.text, plain?.picture], ['title', leafletRows[0], null]);
      assert.ok(shown.parts.every((p) => p.needsAnswer && p.answer === null));

      const path = (partId: string) => `/api/invite/${token}/answers/${partId}`;
      const text = pictured?.text ?? '';
      const start = text.indexOf('flu jab');
      const answer = {understood: 'not-sure', hardWords: [{word: 'flu jab', start, end: start + 7, meaning: 'a needle'}], pictureHelps: 'no', comment: 'Say where.'};
      const saved = expectJson(await t.anonymous.put(path(pictured?.id ?? ''), answer), 200, answerSchema);
      assert.deepEqual([saved.understood, saved.pictureHelps, saved.hardWords[0]?.word, saved.carried], ['not-sure', 'no', 'flu jab', false]);
      const changed = expectJson(await t.anonymous.put(path(pictured?.id ?? ''), {...answer, understood: 'yes'}), 200, answerSchema);
      assert.equal(changed.understood, 'yes');

      assert.match(expectError(await t.anonymous.put(path(pictured?.id ?? ''), {understood: 'yes', hardWords: [{word: 'jab', start: 0, end: 3}]}), 400), /not at that place/);
      assert.match(expectError(await t.anonymous.put(path(pictured?.id ?? ''), {understood: 'yes', hardWords: [{word: 'x', start: 0, end: 999}]}), 400), /not at that place/);
      assert.match(expectError(await t.anonymous.put(path(plain?.id ?? ''), {understood: 'yes', pictureHelps: 'yes'}), 400), /no picture/);
      assert.match(expectError(await t.anonymous.put(path(plain?.id ?? ''), {understood: 'yes', comment: 'x'.repeat(2001)}), 400), /2,000/);
      assert.match(expectError(await t.anonymous.put(path('not-a-part'), {understood: 'yes'}), 404), /not in the document/);

      const after = await review(token);
      assert.equal(after.parts[1]?.answer?.understood, 'yes');
      assert.equal(after.parts[2]?.answer, null, 'refused answers are not saved');
      const verdict = expectJson(await t.anonymous.post(`/api/invite/${token}/verdict`, {verdict: 'revise', comment: 'Nearly'}), 200, verdictViewSchema);
      assert.equal(verdict.verdict, 'revise');
      expectJson(await t.anonymous.post(`/api/invite/${token}/verdict`, {verdict: 'approve'}), 200, verdictViewSchema);
      assert.equal((await review(token)).verdict, 'approve');
    });

    it('refuses answers on a closed round (409) and a revoked link (410) in plain words, keeping what was saved', async () => {
      const doc = await newDocument(people.owner, leaflet('Closed and revoked'));
      const round = await startRound(people.owner, doc, [ali, bea]);
      const [aliLink, beaLink] = round.invites;
      const part = (await review(aliLink?.token ?? '')).parts[1]?.id ?? '';
      expectJson(await t.anonymous.put(`/api/invite/${aliLink?.token}/answers/${part}`, {understood: 'no'}), 200, answerSchema);
      expectJson(await t.anonymous.put(`/api/invite/${beaLink?.token}/answers/${part}`, {understood: 'yes'}), 200, answerSchema);

      const links = expectJson(await people.owner.get(`/api/documents/${doc}/invites`), 200, z.array(inviteSchema));
      const beaInvite = links.find((l) => l.label.includes('Bea'));
      expectJson(await people.owner.delete(`/api/invites/${beaInvite?.id}`), 200, inviteSchema);
      const gone = expectError(await t.anonymous.put(`/api/invite/${beaLink?.token}/answers/${part}`, {understood: 'no'}), 410);
      assert.match(gone, /no longer works/);

      expectError(await people.other.post(`/api/rounds/${round.id}/close`), 404);
      expectJson(await people.owner.post(`/api/rounds/${round.id}/close`), 200, roundSchema);
      const closed = expectError(await t.anonymous.put(`/api/invite/${aliLink?.token}/answers/${part}`, {understood: 'yes'}), 409);
      assert.match(closed, /finished.*kept/);
      expectError(await t.anonymous.post(`/api/invite/${aliLink?.token}/verdict`, {verdict: 'approve'}), 409);
      assert.match(expectError(await people.owner.post(`/api/rounds/${round.id}/close`), 409), /already finished/);

      const results = expectJson(await people.owner.get(`/api/rounds/${round.id}/results`), 200, resultsSchema);
      assert.deepEqual(results.parts.find((p) => p.id === part)?.understood, {yes: 1, notSure: 0, no: 1});
    });

    it('asks again in round 2 only about the parts that changed, keeping the other answers and resetting approval', async () => {
      const doc = await newDocument(people.owner, leaflet('Round two'));
      const one = await startRound(people.owner, doc, [ali]);
      const token1 = one.invites[0]?.token ?? '';
      for (const part of (await review(token1)).parts) {
        expectJson(await t.anonymous.put(`/api/invite/${token1}/answers/${part.id}`, {understood: 'yes', comment: `About ${part.kind}`}), 200, answerSchema);
      }
      await t.anonymous.post(`/api/invite/${token1}/verdict`, {verdict: 'approve'});

      const draft = expectJson(await people.owner.get(`/api/documents/${doc}`), 200, documentDetailSchema);
      const content = structuredClone(draft.content);
      const blocks = z.array(z.object({type: z.string(), content: z.array(z.unknown())}).passthrough()).parse(content.doc['content']);
      // Change the second row's text and add a new row at the end; the rest stays as it was.
      const edited = JSON.parse(JSON.stringify(blocks).replace(leafletRows[1], 'The jab stops you getting very ill.'));
      edited.splice(4, 0, {type: 'row', content: [{type: 'paragraph', content: [{type: 'text', text: 'Ask for it.'}]}]});
      content.doc['content'] = edited;
      expectJson(await people.owner.put(`/api/documents/${doc}/draft`, {revision: draft.revision, content}), 200, z.unknown());

      const two = await startRound(people.owner, doc, [ali]);
      const shown = await review(two.invites[0]?.token ?? '');
      assert.equal(shown.verdict, null, 'an approval does not carry to a changed version');
      const asked = shown.parts.filter((p) => p.needsAnswer).map((p) => p.text);
      assert.deepEqual(asked, ['The jab stops you getting very ill.', 'Ask for it.']);
      const kept = shown.parts.filter((p) => !p.needsAnswer);
      assert.ok(kept.length === 4 && kept.every((p) => p.answer?.carried === true && p.answer.understood === 'yes'));

      const results = expectJson(await people.owner.get(`/api/rounds/${two.id}/results`), 200, resultsSchema);
      assert.deepEqual(results.policy, {approvalsNeeded: 2, approvals: 0, met: false});
      assert.deepEqual(results.items, [], 'kept answers were responded to in round 1');
      assert.deepEqual(results.verdicts, {approve: 0, revise: 0, pending: 1});
    });
  });
}
