import {aTimeout, expect, waitUntil} from '@open-wc/testing';
import {Autosaver, type AutosaveStatus, type AutosaverOptions} from './autosave.js';

/** A save function that records what it saved, and a list of the statuses reported. */
function recorder(options: AutosaverOptions = {}) {
  const saved: string[] = [];
  const statuses: AutosaveStatus[] = [];
  const errors: unknown[] = [];
  const autosaver = new Autosaver<string>(
    async (value) => {
      saved.push(value);
    },
    {
      ...options,
      onStatus: (status, error) => {
        statuses.push(status);
        if (error !== undefined) errors.push(error);
      },
    }
  );
  return {autosaver, saved, statuses, errors};
}

/** A promise with its resolve and reject exposed, to hold a save open. */
function deferred(): {promise: Promise<void>; resolve: () => void; reject: (error: Error) => void} {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return {promise, resolve, reject};
}

const autosavers: Array<Autosaver<string>> = [];
afterEach(() => {
  for (const autosaver of autosavers.splice(0)) autosaver.dispose();
});

function track<T extends {autosaver: Autosaver<string>}>(made: T): T {
  autosavers.push(made.autosaver);
  return made;
}

describe('Autosaver', () => {
  it('saves a burst of changes once, with the last value, after the delay', async () => {
    const {autosaver, saved, statuses} = track(recorder({delay: 30}));
    for (let i = 1; i <= 10; i++) autosaver.schedule(`change ${i}`);
    expect(autosaver.status).to.equal('saving');
    expect(saved).to.deep.equal([]);
    await waitUntil(() => autosaver.status === 'saved', 'never saved', {timeout: 2000, interval: 10});
    expect(saved).to.deep.equal(['change 10']);
    expect(statuses).to.deep.equal(['saving', 'saved']);
  });

  it('waits until the changes stop: each change restarts the delay', async () => {
    const {autosaver, saved} = track(recorder({delay: 120}));
    for (let i = 1; i <= 3; i++) {
      autosaver.schedule(`change ${i}`);
      await aTimeout(40); // shorter than the delay, so no save yet
      expect(saved).to.deep.equal([]);
    }
    await waitUntil(() => saved.length > 0, 'never saved', {timeout: 2000, interval: 10});
    expect(saved).to.deep.equal(['change 3']);
  });

  it('saves at once on flush, and flush with nothing waiting does nothing', async () => {
    const {autosaver, saved} = track(recorder({delay: 60_000}));
    autosaver.schedule('typed');
    expect(await autosaver.flush()).to.equal(true);
    expect(saved).to.deep.equal(['typed']);
    expect(autosaver.status).to.equal('saved');
    expect(await autosaver.flush()).to.equal(true);
    expect(saved).to.deep.equal(['typed']);
  });

  it('never runs two saves at once, and saves the newest value after the running one', async () => {
    const hold = deferred();
    const calls: string[] = [];
    let running = 0;
    let overlapped = false;
    const autosaver = new Autosaver<string>(
      async (value) => {
        calls.push(value);
        overlapped ||= running > 0;
        running++;
        if (value === 'first') await hold.promise;
        running--;
      },
      {delay: 60_000}
    );
    autosavers.push(autosaver);
    autosaver.schedule('first');
    const firstFlush = autosaver.flush(); // 'first' is now being written, and is held
    await aTimeout(0);
    autosaver.schedule('second');
    autosaver.schedule('third');
    const secondFlush = autosaver.flush();
    await aTimeout(10);
    expect(calls).to.deep.equal(['first']);
    hold.resolve();
    expect(await firstFlush).to.equal(true);
    expect(await secondFlush).to.equal(true);
    expect(calls).to.deep.equal(['first', 'third']);
    expect(overlapped).to.equal(false);
    expect(autosaver.status).to.equal('saved');
  });

  it('reports a failed save, keeps the change, and saves it on the next try', async () => {
    let failNext = true;
    const saved: string[] = [];
    const statuses: AutosaveStatus[] = [];
    const errors: unknown[] = [];
    const autosaver = new Autosaver<string>(
      async (value) => {
        if (failNext) {
          failNext = false;
          throw new Error('disk full');
        }
        saved.push(value);
      },
      {
        delay: 60_000,
        retryDelay: 0,
        onStatus: (status, error) => {
          statuses.push(status);
          if (error) errors.push(error);
        },
      }
    );
    autosavers.push(autosaver);
    autosaver.schedule('precious');
    expect(await autosaver.flush()).to.equal(false);
    expect(autosaver.status).to.equal('error');
    expect((errors[0] as Error).message).to.equal('disk full');
    expect(await autosaver.flush()).to.equal(true);
    expect(saved).to.deep.equal(['precious']);
    expect(statuses).to.deep.equal(['saving', 'error', 'saving', 'saved']);
  });

  it('tries a failed save again by itself after the retry delay', async () => {
    let failures = 2;
    const saved: string[] = [];
    const autosaver = new Autosaver<string>(
      async (value) => {
        if (failures-- > 0) throw new Error('offline');
        saved.push(value);
      },
      {delay: 10, retryDelay: 20}
    );
    autosavers.push(autosaver);
    autosaver.schedule('kept');
    await waitUntil(() => autosaver.status === 'saved', 'never saved', {timeout: 2000, interval: 10});
    expect(saved).to.deep.equal(['kept']);
  });

  it('does not save a failed older value over a newer change', async () => {
    const hold = deferred();
    const saved: string[] = [];
    const autosaver = new Autosaver<string>(
      async (value) => {
        if (value === 'old') {
          await hold.promise;
        }
        saved.push(value);
      },
      {delay: 60_000, retryDelay: 0}
    );
    autosavers.push(autosaver);
    autosaver.schedule('old');
    const flushing = autosaver.flush();
    await aTimeout(0);
    autosaver.schedule('new');
    hold.reject(new Error('failed'));
    expect(await flushing).to.equal(false);
    expect(await autosaver.flush()).to.equal(true);
    expect(saved).to.deep.equal(['new']);
  });

  it('stops its timer when disposed', async () => {
    const {autosaver, saved} = track(recorder({delay: 10}));
    autosaver.schedule('never saved');
    autosaver.dispose();
    await aTimeout(40);
    expect(saved).to.deep.equal([]);
    expect(() => autosaver.schedule('late')).to.throw('disposed');
  });
});
