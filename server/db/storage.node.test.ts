import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {sql} from 'kysely';
import type {UserActor} from '../model/actor.js';
import {appendAudit, listAudit} from '../model/audit.js';
import {createDocument} from '../model/documents.js';
import {saveDraft} from '../model/drafts.js';
import {isUniqueViolation, RevisionConflictError} from '../model/errors.js';
import {createFirstAdmin} from '../model/setup.js';
import {createVersion} from '../model/versions.js';
import {sampleDocument} from '../test/people.js';
import {databaseKinds, openTestStorage, type TestStorage} from '../test/storage.js';
import {migrations, migrateToLatest} from './migrations.js';

const now = new Date('2026-03-02T09:00:00.000Z');
const summary = {errors: 0, warnings: 1, info: 2};

for (const kind of databaseKinds) {
  describe(`storage (${kind})`, () => {
    let t: TestStorage;
    let admin: UserActor;

    before(async () => {
      t = await openTestStorage(kind);
      const user = await createFirstAdmin(t.storage.db, {email: 'a@example.nhs.uk', name: 'Ada', password: 'long enough pw'}, 4, now);
      admin = {kind: 'user', id: user.id, name: user.name, role: 'admin', approver: true};
    });
    after(() => t.cleanup());

    it('applies migrations again without change', async () => {
      await migrateToLatest(t.storage);
      const rows = await sql<{n: number}>`select count(*) as n from kysely_migration`.execute(t.storage.db);
      assert.equal(Number(rows.rows[0]?.n), Object.keys(migrations(kind)).length);
    });

    it('enforces foreign keys', async () => {
      await assert.rejects(
        t.storage.db
          .insertInto('sessions')
          .values({id: 'x', user_id: 'nobody', csrf_token: 'c', created_at: now.toISOString(), expires_at: now.toISOString()})
          .execute()
      );
    });

    if (kind === 'sqlite') {
      it('runs SQLite in WAL mode with full sync and foreign keys on', async () => {
        const pragma = async (name: string) =>
          Object.values((await sql.raw(`pragma ${name}`).execute(t.storage.db)).rows[0] ?? {})[0];
        assert.equal(String(await pragma('journal_mode')), 'wal');
        assert.equal(Number(await pragma('foreign_keys')), 1);
        assert.equal(Number(await pragma('synchronous')), 2);
      });
    }

    it('refuses to change or delete audit entries', async () => {
      await appendAudit(t.storage.db, admin, now, {action: 'user.created', detail: {userId: admin.id}});
      await assert.rejects(t.storage.db.updateTable('audit_log').set({action: 'forged'}).execute(), /cannot be changed/);
      await assert.rejects(t.storage.db.deleteFrom('audit_log').execute(), /cannot be changed/);
      const entries = await listAudit(t.storage.db, {limit: 500});
      assert.ok(entries.some((e) => e.action === 'user.created' && e.detail['userId'] === admin.id));
    });

    it('refuses to change or delete versions', async () => {
      const doc = await createDocument(t.storage.db, admin, sampleDocument('Immutable'), now);
      await createVersion(t.storage.db, admin, doc.id, {revision: 1, checkSummary: summary}, now);
      await assert.rejects(t.storage.db.updateTable('versions').set({content: '{}'}).execute(), /cannot be changed/);
      await assert.rejects(t.storage.db.deleteFrom('versions').execute(), /cannot be changed/);
    });

    it('recognises a unique violation', async () => {
      const error = await t.storage.db
        .insertInto('app_state')
        .values({key: 'setup-done', value: 'again'})
        .execute()
        .then(() => undefined, (e: unknown) => e);
      assert.equal(isUniqueViolation(error), true);
      assert.equal(isUniqueViolation(new Error('other')), false);
    });

    it('lets exactly one of many simultaneous saves of one revision win', async () => {
      const doc = await createDocument(t.storage.db, admin, sampleDocument('Race'), now);
      const attempts = Array.from({length: 12}, (_, i) =>
        saveDraft(t.storage.db, admin, doc.id, {revision: 1, content: sampleDocument('Race', `Attempt ${i}`)}, now).then(
          (saved) => ({ok: true as const, saved, i}),
          (error: unknown) => ({ok: false as const, error, i})
        )
      );
      const results = await Promise.all(attempts);
      const wins = results.filter((r) => r.ok);
      assert.equal(wins.length, 1);
      for (const r of results) if (!r.ok) assert.ok(r.error instanceof RevisionConflictError);
      const stored = await t.storage.db.selectFrom('documents').selectAll().where('id', '=', doc.id).executeTakeFirstOrThrow();
      assert.equal(stored.draft_revision, 2);
      assert.match(stored.draft_content, new RegExp(`Attempt ${wins[0]?.i}\\b`));
    });

    it('answers each of many simultaneous saves on its own, even when one of them fails', async () => {
      const docs = await Promise.all(Array.from({length: 5}, (_, i) => createDocument(t.storage.db, admin, sampleDocument(`Batch ${i}`), now)));
      // An admin actor whose user row does not exist: its save breaks a foreign key.
      const ghost: UserActor = {...admin, id: 'no-such-user'};
      const results = await Promise.allSettled(
        docs.map((doc, i) => saveDraft(t.storage.db, i === 2 ? ghost : admin, doc.id, {revision: 1, content: sampleDocument(`Batch ${i}`, 'Saved.')}, now))
      );
      assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      const revisions = await t.storage.db.selectFrom('documents').select(['id', 'draft_revision']).where('id', 'in', docs.map((d) => d.id)).execute();
      const byId = new Map(revisions.map((r) => [r.id, r.draft_revision]));
      assert.deepEqual(docs.map((d) => byId.get(d.id)), [2, 2, 1, 2, 2]);
    });

    it('numbers simultaneous versions one after the other', async () => {
      const doc = await createDocument(t.storage.db, admin, sampleDocument('Numbers'), now);
      const versions = await Promise.all(
        Array.from({length: 6}, () => createVersion(t.storage.db, admin, doc.id, {revision: 1, checkSummary: summary}, now))
      );
      assert.deepEqual(versions.map((v) => v.number).sort((a, b) => a - b), [1, 2, 3, 4, 5, 6]);
    });
  });
}
