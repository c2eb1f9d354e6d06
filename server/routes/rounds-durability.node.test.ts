/**
 * Crash safety of answers: volunteers answer part after part through their links
 * while the real server is killed with SIGKILL; after a restart on the same data,
 * every answer that was acknowledged is there (or a later one for the same part,
 * which committed but lost its reply to the kill).
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {leaflet} from '../test/review-world.js';
import {http, startServerProcess, withServerData} from '../test/server-process.js';
import {databaseKinds} from '../test/storage.js';
import {involvedPersonSchema, inviteReviewSchema, newRoundSchema} from './round-schemas.js';
import {documentDetailSchema, meSchema} from './schemas.js';

const volunteers = 6;
const killAfterAcks = 90;

for (const kind of databaseKinds) {
  describe(`answers survive a crash (${kind})`, () => {
    it('keeps every answer acknowledged before the server was killed with SIGKILL mid-review', {timeout: 120_000}, async () => {
      await withServerData(kind, async (data) => {
        let server = await startServerProcess(data);
        const setup = await http(server.url)('POST', '/api/setup', {email: 'ada@example.nhs.uk', name: 'Ada', password: 'correct horse battery'});
        const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
        const admin = http(server.url, cookie, meSchema.parse(setup.body).csrfToken);
        const ids: string[] = [];
        for (let i = 0; i < volunteers; i++) {
          const person = {name: `Volunteer ${i}`, credit: 'full', consentToName: true, livedExperience: true, paid: false};
          ids.push(involvedPersonSchema.parse((await admin('POST', '/api/involvement/people', person)).body).id);
        }
        const doc = documentDetailSchema.parse((await admin('POST', '/api/documents', {content: leaflet('Crash review')})).body).id;
        const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
        const round = newRoundSchema.parse((await admin('POST', `/api/documents/${doc}/rounds`, {reviewerIds: ids, due})).body);
        const parts = inviteReviewSchema.parse((await http(server.url)('GET', `/api/invite/${round.invites[0]?.token}`)).body).parts;

        /** Acknowledged answers: token → part → the highest answer number acknowledged. */
        const acked = new Map<string, Map<string, number>>();
        let ackCount = 0;
        let killed = false;
        const volunteer = async (token: string) => {
          const mine = new Map<string, number>();
          acked.set(token, mine);
          const link = http(server.url);
          for (let n = 1; ; n++) {
            const part = parts[n % parts.length];
            if (!part) return;
            let response;
            try {
              response = await link('PUT', `/api/invite/${token}/answers/${part.id}`, {understood: 'yes', comment: `answer ${n}`});
            } catch {
              return; // the connection died with the server: never acknowledged
            }
            assert.equal(response.status, 200, JSON.stringify(response.body));
            mine.set(part.id, n);
            if (++ackCount >= killAfterAcks && !killed) {
              killed = true;
              server.child.kill('SIGKILL');
            }
          }
        };
        await Promise.all(round.invites.map((invite) => volunteer(invite.token)));
        assert.ok(killed, `only ${ackCount} answers were acknowledged`);
        await server.stop();

        server = await startServerProcess(data);
        try {
          let checked = 0;
          for (const [token, mine] of acked) {
            const review = inviteReviewSchema.parse((await http(server.url)('GET', `/api/invite/${token}`)).body);
            for (const [partId, n] of mine) {
              const stored = Number(/answer (\d+)/.exec(review.parts.find((p) => p.id === partId)?.answer?.comment ?? '')?.[1] ?? 0);
              assert.ok(stored >= n, `answer ${n} to part ${partId} was acknowledged but ${stored || 'nothing'} is stored`);
              checked++;
            }
          }
          assert.ok(checked > 0);
        } finally {
          await server.stop();
        }
      });
    });
  });
}
