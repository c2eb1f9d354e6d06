/**
 * Crash safety: kill -9 the real server in the middle of a burst of saves, start it
 * again on the same data, and check that every save that was answered 200 is there.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {z} from 'zod';
import {auditEntrySchema, documentDetailSchema, meSchema} from './routes/schemas.js';
import {sampleDocument} from './test/people.js';
import {http, startServerProcess, withServerData} from './test/server-process.js';
import {databaseKinds} from './test/storage.js';

const writers = 8;
const killAfterAcks = 120;

for (const kind of databaseKinds) {
  describe(`crash safety (${kind})`, () => {
    it('keeps every save answered 200 when the server is killed with SIGKILL mid-burst', {timeout: 120_000}, async () => {
      await withServerData(kind, async (data) => {
        let server = await startServerProcess(data);
        const setup = await http(server.url)('POST', '/api/setup', {email: 'ada@example.nhs.uk', name: 'Ada', password: 'correct horse battery'});
        assert.equal(setup.status, 201);
        const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
        const csrf = meSchema.parse(setup.body).csrfToken;
        let api = http(server.url, cookie, csrf);

        const docs: string[] = [];
        for (let i = 0; i < writers; i++) {
          const created = await api('POST', '/api/documents', {title: `Crash ${i}`});
          docs.push(documentDetailSchema.parse(created.body).id);
        }

        /** Acknowledged saves: document → revision → the text saved. */
        const acked = new Map<string, Map<number, string>>(docs.map((id) => [id, new Map()]));
        let ackCount = 0;
        let killed = false;
        const kill = () => {
          if (killed) return;
          killed = true;
          server.child.kill('SIGKILL');
        };
        const writer = async (id: string, w: number) => {
          for (let revision = 1; ; revision++) {
            const text = `Writer ${w} save ${revision}.`;
            let response;
            try {
              response = await api('PUT', `/api/documents/${id}/draft`, {revision, content: sampleDocument(`Crash ${w}`, text)});
            } catch {
              return; // the connection died with the server: this save was never acknowledged
            }
            assert.equal(response.status, 200, JSON.stringify(response.body));
            acked.get(id)?.set(revision + 1, text);
            if (++ackCount >= killAfterAcks) kill();
          }
        };
        await Promise.all(docs.map((id, w) => writer(id, w)));
        assert.ok(killed && ackCount >= killAfterAcks, `only ${ackCount} saves were answered`);
        await server.stop();

        server = await startServerProcess(data);
        try {
          api = http(server.url, cookie, csrf);
          for (const id of docs) {
            const saves = acked.get(id) ?? new Map<number, string>();
            const last = Math.max(1, ...saves.keys());
            const doc = documentDetailSchema.parse((await api('GET', `/api/documents/${id}`)).body);
            // A save can commit and then lose its answer to the kill, so the draft may be one ahead.
            assert.ok(doc.revision === last || doc.revision === last + 1, `document ${id}: revision ${doc.revision}, last answered ${last}`);
            if (doc.revision === last && saves.has(last)) {
              assert.match(JSON.stringify(doc.content), new RegExp(saves.get(last) ?? ''));
            }
            const audit = z.array(auditEntrySchema).parse((await api('GET', `/api/documents/${id}/audit?limit=500`)).body);
            const logged = new Set(audit.filter((e) => e.action === 'draft.saved').map((e) => e.detail['revision']));
            for (const revision of saves.keys()) assert.ok(logged.has(revision), `save to revision ${revision} of ${id} is lost`);
          }
        } finally {
          await server.stop();
        }
      });
    });
  });
}
