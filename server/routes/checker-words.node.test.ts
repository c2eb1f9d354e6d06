import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {z} from 'zod';
import type {TestApp} from '../test/harness.js';
import {expectError, expectJson, type People, withPeople} from '../test/people.js';
import {addReviewer, leaflet, newDocument, startRound} from '../test/review-world.js';
import {databaseKinds} from '../test/storage.js';
import {inviteReviewSchema} from './round-schemas.js';

const wordSchema = z.object({
  word: z.string(),
  count: z.number(),
  documents: z.array(z.object({id: z.string(), title: z.string()})),
  instead: z.string(),
  removed: z.boolean(),
});
const listSchema = z.object({words: z.array(wordSchema)});

for (const kind of databaseKinds) {
  describe(`words our checkers found hard (${kind})`, () => {
    let t: TestApp;
    let people: People;

    withPeople(kind, (world) => ({t, people} = world));

    /** Marks `word` hard in the first row of a new document, through each reviewer's own link. */
    async function markHard(title: string, word: string, reviewers: readonly string[]) {
      const doc = await newDocument(people.owner, leaflet(title));
      const round = await startRound(people.owner, doc, reviewers);
      for (const invite of round.invites) {
        const parts = expectJson(await t.anonymous.get(`/api/invite/${invite.token}`), 200, inviteReviewSchema).parts;
        const row = parts.find((p) => p.text.includes(word))!;
        const start = row.text.indexOf(word);
        const saved = await t.anonymous.put(`/api/invite/${invite.token}/answers/${row.id}`, {
          understood: 'not-sure',
          hardWords: [{word, start, end: start + word.length}],
        });
        assert.equal(saved.status, 200);
      }
      return doc;
    }

    it('counts each person once per word across documents, most-marked first', async () => {
      const ali = await addReviewer(people.admin, 'Ali');
      const bea = await addReviewer(people.admin, 'Bea');
      const first = await markHard('Flu jab', 'jab', [ali, bea]);
      const second = await markHard('Flu jab again', 'jab', [ali]);
      await markHard('Free', 'free', [bea]);
      const list = expectJson(await people.owner.get('/api/checker-words'), 200, listSchema).words;
      const jab = list.find((w) => w.word === 'jab');
      assert.equal(jab?.count, 2);
      assert.deepEqual(jab?.documents.map((d) => d.id).sort(), [first, second].sort());
      assert.equal(list[0]?.word, 'jab');
      assert.equal(list.find((w) => w.word === 'free')?.count, 1);
    });

    it('lets an admin choose the plain word and take a word off; others may only look', async () => {
      expectError(await people.owner.patch('/api/checker-words/jab', {instead: 'injection'}), 403);
      const changed = expectJson(await people.admin.patch('/api/checker-words/JAB', {instead: 'injection'}), 200, wordSchema);
      assert.equal(changed.instead, 'injection');
      const seen = expectJson(await people.owner.get('/api/checker-words'), 200, listSchema).words;
      assert.equal(seen.find((w) => w.word === 'jab')?.instead, 'injection');

      assert.equal((await people.admin.delete('/api/checker-words/free')).status, 204);
      const forAuthors = expectJson(await people.owner.get('/api/checker-words'), 200, listSchema).words;
      assert.equal(forAuthors.some((w) => w.word === 'free'), false);
      const forAdmins = expectJson(await people.admin.get('/api/checker-words'), 200, listSchema).words;
      assert.equal(forAdmins.find((w) => w.word === 'free')?.removed, true);

      assert.match(expectError(await people.admin.patch('/api/checker-words/unheard', {instead: 'x'}), 404), /No checker marked "unheard"/);
      expectError(await t.anonymous.get('/api/checker-words'), 401);
    });
  });
}
