import assert from 'node:assert/strict';
import {after, before, beforeEach, describe, it} from 'node:test';
import {listen, startTestApp, testPassword, type Listening, type TestApp} from '../test/harness.js';
import {setUpPeople, type People} from '../test/people.js';
import {databaseKinds} from '../test/storage.js';

/** Counts the statuses of answers, such as `{401: 5, 429: 195}`. */
function tally(statuses: readonly number[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

for (const kind of databaseKinds) {
  describe(`sign-in and password limits under load, over real HTTP (${kind})`, () => {
    let t: TestApp;
    let people: People;
    let server: Listening;

    /** Sends JSON to the listening server, as `session` when given, and answers the status. */
    async function send(method: string, path: string, body: unknown, session?: {cookie?: string; csrfToken?: string}) {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          ...(session?.cookie ? {cookie: session.cookie} : {}),
          ...(session?.csrfToken ? {'x-csrf-token': session.csrfToken} : {}),
        },
        body: JSON.stringify(body),
      });
      await response.arrayBuffer();
      return response.status;
    }

    const signIn = (email: string, password: string) => send('POST', '/api/session', {email, password});

    before(async () => {
      t = await startTestApp(kind);
      people = await setUpPeople(t);
      server = await listen(t.app);
    });
    after(async () => {
      await server.close();
      await t.close();
    });
    // Every test starts with the address's earlier failures forgotten.
    beforeEach(() => t.clock.advance(t.config.loginLimit.windowMinutes * 60_000 + 1));

    it('answers at most 5 of 200 wrong passwords sent at once with 401, the rest 429, then refuses the right one', async () => {
      const email = 'olu.x@example.nhs.uk';
      const statuses = await Promise.all(Array.from({length: 200}, (_, i) => signIn(email, `wrong guess number ${i}`)));
      const counts = tally(statuses);
      assert.ok((counts[401] ?? 0) <= t.config.loginLimit.maxFailures, `answers: ${JSON.stringify(counts)}`);
      assert.equal((counts[401] ?? 0) + (counts[429] ?? 0), 200, `answers: ${JSON.stringify(counts)}`);
      assert.equal(await signIn(email, testPassword), 429);
      t.clock.advance(t.config.loginLimit.windowMinutes * 60_000 + 1);
      assert.equal(await signIn(email, testPassword), 200);
    });

    it('refuses the right password sent at once with 59 wrong ones once the limit is used up', async () => {
      const email = 'april.x@example.nhs.uk';
      const wrong = await Promise.all(Array.from({length: 59}, (_, i) => signIn(email, `wrong guess number ${i}`)));
      assert.ok((tally(wrong)[401] ?? 0) <= t.config.loginLimit.maxFailures, `answers: ${JSON.stringify(tally(wrong))}`);
      assert.equal(await signIn(email, testPassword), 429);
    });

    it('limits one address across emails: thirty different emails hit the limit', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) statuses.push(await signIn(`guess${i}@example.nhs.uk`, 'a wrong password'));
      assert.equal(statuses.at(-1), 429, `answers: ${JSON.stringify(tally(statuses))}`);
      assert.ok((tally(statuses)[401] ?? 0) <= t.config.loginLimit.maxFailuresPerAddress);
      assert.equal(await signIn('sue.x@example.nhs.uk', testPassword), 429, 'the address is locked for every email');
    });

    it('does not count right passwords against the address', async () => {
      for (let i = 0; i < t.config.loginLimit.maxFailuresPerAddress + 5; i++) assert.equal(await signIn('sue.x@example.nhs.uk', testPassword), 200);
    });

    it('limits wrong current passwords: twelve at once, then the right one is refused too', async () => {
      const id = people.other.userId ?? '';
      const change = (currentPassword: string) =>
        send('PATCH', `/api/users/${id}`, {password: 'otto picks a new password', currentPassword}, people.other);
      const statuses = await Promise.all(Array.from({length: 12}, (_, i) => change(`not my password ${i}`)));
      const counts = tally(statuses);
      assert.ok((counts[403] ?? 0) <= t.config.loginLimit.maxFailures, `answers: ${JSON.stringify(counts)}`);
      assert.ok((counts[429] ?? 0) >= 12 - t.config.loginLimit.maxFailures, `answers: ${JSON.stringify(counts)}`);
      assert.equal(await change(testPassword), 429);
      assert.equal(await signIn('otto.x@example.nhs.uk', testPassword), 200, 'the password did not change');
    });
  });
}
