import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {z} from 'zod';
import {hashToken} from '../model/tokens.js';
import type {TestApp} from '../test/harness.js';
import {expectError, expectJson, sampleDocument, signIn, type People, withPeople} from '../test/people.js';
import {databaseKinds} from '../test/storage.js';
import {documentDetailSchema, feedbackSchema, inviteSchema, newInviteSchema, reviewSchema, versionSummarySchema} from './schemas.js';

const day = 86_400_000;
const supportedReviewsSchema = z.array(
  z.object({inviteId: z.string(), label: z.string(), reviewer: z.object({id: z.string(), name: z.string()}), title: z.string(), versionNumber: z.number(), expiresAt: z.string()})
);

for (const kind of databaseKinds) {
  describe(`review links and feedback API (${kind})`, () => {
    let t: TestApp;
    let people: People;

    withPeople(kind, (world) => ({t, people} = world));

    /** A document with two versions; returns its id and the versions' ids. */
    async function documentWithVersions(title: string) {
      const doc = expectJson(await people.owner.post('/api/documents', {content: sampleDocument(title, 'Version one.')}), 201, documentDetailSchema);
      const summary = {errors: 0, warnings: 0, info: 0};
      const v1 = expectJson(await people.owner.post(`/api/documents/${doc.id}/versions`, {revision: 1, checkSummary: summary}), 201, versionSummarySchema);
      await people.owner.put(`/api/documents/${doc.id}/draft`, {revision: 1, content: sampleDocument(title, 'Version two.')});
      const v2 = expectJson(await people.owner.post(`/api/documents/${doc.id}/versions`, {revision: 2, checkSummary: summary}), 201, versionSummarySchema);
      return {id: doc.id, v1: v1.id, v2: v2.id};
    }

    it('makes a link for one version with a 128-bit token, stored only hashed, and puts the document in review', async () => {
      const doc = await documentWithVersions('Link basics');
      const invite = expectJson(await people.owner.post(`/api/documents/${doc.id}/invites`, {versionId: doc.v1, reviewerId: people.reviewerId}), 201, newInviteSchema);
      assert.equal(Buffer.from(invite.token, 'base64url').length, 16);
      assert.equal(invite.url, `http://localhost/review#${invite.token}`);
      assert.deepEqual([invite.state, invite.versionNumber, invite.reviewer?.id], ['open', 1, people.reviewerId]);
      assert.equal(invite.label, 'Review link for Ravi Reviewer x');
      assert.equal(Date.parse(invite.expiresAt) - t.clock.now().getTime(), 14 * day);
      const stored = await t.db.storage.db.selectFrom('invites').selectAll().where('id', '=', invite.id).executeTakeFirstOrThrow();
      assert.equal(stored.token_hash, hashToken(invite.token));
      assert.ok(!JSON.stringify(stored).includes(invite.token), 'the token itself is not stored');
      const doc2 = expectJson(await people.owner.get(`/api/documents/${doc.id}`), 200, documentDetailSchema);
      assert.equal(doc2.status, 'in-review');
      const listed = expectJson(await people.owner.get(`/api/documents/${doc.id}/invites`), 200, z.array(inviteSchema));
      assert.deepEqual(listed.map((i) => i.id), [invite.id]);
      assert.ok(!('token' in (listed[0] ?? {})));
    });

    it('shows a reviewer only the version they were invited to review, with no account', async () => {
      const doc = await documentWithVersions('Only that version');
      const invite = expectJson(await people.owner.post(`/api/documents/${doc.id}/invites`, {versionId: doc.v1}), 201, newInviteSchema);
      const review = expectJson(await t.anonymous.get(`/api/invite/${invite.token}`), 200, reviewSchema);
      assert.deepEqual([review.version.id, review.version.number], [doc.v1, 1]);
      assert.deepEqual(review.version.content, sampleDocument('Only that version', 'Version one.'));
      assert.ok(!JSON.stringify(review).includes('Version two.'), 'nothing of the later draft or version leaks');
      expectError(await t.anonymous.get(`/api/invite/${invite.token}x`), 404);
      expectError(await t.anonymous.get(`/api/documents/${doc.id}`), 401);
    });

    it('takes feedback through the link and shows it with the review', async () => {
      const doc = await documentWithVersions('Feedback by link');
      const invite = expectJson(await people.owner.post(`/api/documents/${doc.id}/invites`, {versionId: doc.v2, reviewerId: people.reviewerId}), 201, newInviteSchema);
      const feedback = expectJson(await t.anonymous.post(`/api/invite/${invite.token}/feedback`, {verdict: 'revise', comments: ' The picture on page 2 is scary. '}), 201, feedbackSchema);
      assert.deepEqual([feedback.verdict, feedback.comments, feedback.reviewer?.id, feedback.recordedBy], ['revise', 'The picture on page 2 is scary.', people.reviewerId, null]);
      const review = expectJson(await t.anonymous.get(`/api/invite/${invite.token}`), 200, reviewSchema);
      assert.deepEqual(review.feedback.map((f) => f.id), [feedback.id]);
      expectError(await t.anonymous.post(`/api/invite/${invite.token}/feedback`, {verdict: 'maybe'}), 400);
      const audit = await t.db.storage.db.selectFrom('audit_log').selectAll().where('action', '=', 'feedback.recorded').where('version_id', '=', doc.v2).execute();
      assert.equal(audit[0]?.actor, 'Review link for Ravi Reviewer x');
      assert.equal(audit[0]?.actor_id, null);
    });

    it('refuses links for versions of other documents and for people who are not reviewers', async () => {
      const a = await documentWithVersions('Doc A');
      const b = await documentWithVersions('Doc B');
      expectError(await people.owner.post(`/api/documents/${a.id}/invites`, {versionId: b.v1}), 404);
      expectError(await people.owner.post(`/api/documents/${a.id}/invites`, {versionId: a.v1, reviewerId: people.other.userId}), 400);
      expectError(await people.owner.post(`/api/documents/${a.id}/invites`, {versionId: a.v1, days: 365}), 400);
    });

    it('lets supporters see and answer reviews only for the reviewers they support', async () => {
      const doc = await documentWithVersions('Supported');
      const invite = expectJson(await people.owner.post(`/api/documents/${doc.id}/invites`, {versionId: doc.v2, reviewerId: people.reviewerId}), 201, newInviteSchema);
      const list = expectJson(await people.supporter.get('/api/reviews'), 200, supportedReviewsSchema);
      assert.ok(list.some((r) => r.inviteId === invite.id && r.title === 'Supported' && r.versionNumber === 2));
      const review = expectJson(await people.supporter.get(`/api/reviews/${invite.id}`), 200, reviewSchema);
      assert.equal(review.version.id, doc.v2);
      const feedback = expectJson(
        await people.supporter.post(`/api/reviews/${invite.id}/feedback`, {for: people.reviewerId, verdict: 'approve', comments: 'Ravi liked it.'}),
        201,
        feedbackSchema
      );
      assert.deepEqual([feedback.reviewer?.id, feedback.recordedBy?.name], [people.reviewerId, 'Sue']);

      const stranger = expectJson(await people.admin.post('/api/users', {name: 'Someone Else', role: 'reviewer'}), 201, z.object({id: z.string()}));
      assert.match(expectError(await people.supporter.post(`/api/reviews/${invite.id}/feedback`, {for: stranger.id, verdict: 'approve'}), 403), /people you support/);
      expectError(await people.owner.post(`/api/reviews/${invite.id}/feedback`, {for: people.reviewerId, verdict: 'approve'}), 403);
      const unaddressed = expectJson(await people.owner.post(`/api/documents/${doc.id}/invites`, {versionId: doc.v2}), 201, newInviteSchema);
      expectError(await people.supporter.get(`/api/reviews/${unaddressed.id}`), 404);
      const forNoOne = await people.supporter.post(`/api/reviews/${unaddressed.id}/feedback`, {for: people.reviewerId, verdict: 'approve'});
      assert.match(expectError(forNoOne, 403), /links made for the people you support/);
    });

    // Last, because moving the clock a day on also ends everyone's session.
    it('stops a link working when it expires or is revoked (410)', async () => {
      const doc = await documentWithVersions('Expiry');
      const short = expectJson(await people.owner.post(`/api/documents/${doc.id}/invites`, {versionId: doc.v1, days: 1}), 201, newInviteSchema);
      const revoked = expectJson(await people.owner.post(`/api/documents/${doc.id}/invites`, {versionId: doc.v1}), 201, newInviteSchema);
      const gone = expectJson(await people.owner.delete(`/api/invites/${revoked.id}`), 200, inviteSchema);
      assert.equal(gone.state, 'revoked');
      assert.match(expectError(await t.anonymous.get(`/api/invite/${revoked.token}`), 410), /no longer works/);
      expectError(await t.anonymous.post(`/api/invite/${revoked.token}/feedback`, {verdict: 'approve'}), 410);
      expectJson(await t.anonymous.get(`/api/invite/${short.token}`), 200, reviewSchema);
      t.clock.advance(day + 1);
      expectError(await t.anonymous.get(`/api/invite/${short.token}`), 410);
      const owner = await signIn(t, 'olu.x@example.nhs.uk');
      const listed = expectJson(await owner.get(`/api/documents/${doc.id}/invites`), 200, z.array(inviteSchema));
      assert.deepEqual(listed.map((i) => i.state).sort(), ['expired', 'revoked']);
    });
  });
}
