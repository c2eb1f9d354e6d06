import {expect} from '@open-wc/testing';
import {emptyDocument, toDocumentFile, type DocumentFile} from '../document/document-file.js';
import {schema} from '../document/schema.js';
import {ApiError, ConflictError, type CurrentDraft} from './api-client.js';
import {memoryQueue, type OfflineQueue} from './offline-queue.js';
import {sameDocument, ServerSaver, type DraftApi, type DraftConflict, type DraftState} from './server-saver.js';

/** A document titled "Visit" with one line of text. */
function file(line: string): DocumentFile {
  const {nodes} = schema;
  return toDocumentFile(
    nodes['doc']!.create(null, [
      nodes['title']!.create(null, schema.text('Visit')),
      nodes['row']!.create(null, nodes['paragraph']!.create(null, line ? schema.text(line) : undefined)),
    ])
  );
}

function lineOf(content: DocumentFile): string {
  return JSON.stringify(content.doc).match(/"text":"([^"]*)"\}\]\}\]\}\]/)?.[1] ?? '';
}

type Answer = 'ok' | 'offline' | 'signed-out' | 'forbidden' | 'server-error';

/**
 * A fake server for one document: checks the base revision like the real one (409 with
 * the stored draft when stale), can be made to fail, and records every write and the
 * most writes ever in flight at once.
 */
class FakeDrafts implements DraftApi {
  revision = 1;
  content = file('');
  savedBy = {id: 'u2', name: 'Priya'};
  next: Answer = 'ok';
  readonly writes: {revision: number; line: string}[] = [];
  inFlight = 0;
  maxInFlight = 0;
  /** Set to hold each answer until `release()`. */
  hold = false;
  private releases: (() => void)[] = [];

  async saveDraft(_id: string, revision: number, content: DocumentFile): Promise<{revision: number; savedAt: string}> {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      if (this.hold) await new Promise<void>((resolve) => this.releases.push(resolve));
      await Promise.resolve();
      this.writes.push({revision, line: lineOf(content)});
      if (this.next === 'offline') throw new ApiError(0, 'Could not reach the server.');
      if (this.next === 'signed-out') throw new ApiError(401, 'Please sign in.');
      if (this.next === 'forbidden') throw new ApiError(403, 'You can only read this document.');
      if (this.next === 'server-error') throw new ApiError(500, 'Something went wrong on the server.');
      if (revision !== this.revision) throw new ConflictError('Someone else saved this document.', this.current());
      this.revision++;
      this.content = content;
      this.savedBy = {id: 'u1', name: 'Sam'};
      return {revision: this.revision, savedAt: '2026-11-22T10:00:00.000Z'};
    } finally {
      this.inFlight--;
    }
  }

  /** Someone else saves `line`. */
  saveAsSomeoneElse(line: string): void {
    this.revision++;
    this.content = file(line);
    this.savedBy = {id: 'u2', name: 'Priya'};
  }

  release(): void {
    for (const resolve of this.releases.splice(0)) resolve();
  }

  current(): CurrentDraft {
    return {revision: this.revision, content: this.content, savedBy: this.savedBy, savedAt: '2026-11-22T09:00:00.000Z'};
  }
}

function setup(queue: OfflineQueue = memoryQueue()) {
  const api = new FakeDrafts();
  const states: DraftState[] = [];
  const conflicts: DraftConflict[] = [];
  const refused: string[] = [];
  let signInNeeded = 0;
  const saver = new ServerSaver({
    api,
    queue,
    userId: 'u1',
    onState: (_id, state) => states.push(state),
    onConflict: (conflict) => conflicts.push(conflict),
    onRefused: (_id, content, error) => refused.push(`${lineOf(content)}: ${error.message}`),
    onSignInNeeded: () => signInNeeded++,
  });
  return {api, queue, saver, states, conflicts, refused, signIns: () => signInNeeded};
}

describe('ServerSaver', () => {
  it('saves naming the revision it started from, and moves on to the answer’s revision', async () => {
    const {api, saver, states} = setup();
    saver.track('d1', 1);
    await saver.save('d1', file('One'));
    await saver.save('d1', file('Two'));
    expect(api.writes).to.deep.equal([
      {revision: 1, line: 'One'},
      {revision: 2, line: 'Two'},
    ]);
    expect(saver.revisionOf('d1')).to.equal(3);
    expect(states).to.deep.equal(['saved', 'saved']);
  });

  it('on 409 keeps mine queued, reports both versions, and writes nothing more until the author chooses', async () => {
    const {api, queue, saver, conflicts} = setup();
    saver.track('d1', 1);
    api.saveAsSomeoneElse('Theirs');
    await saver.save('d1', file('Mine'));
    expect(conflicts).to.have.length(1);
    expect(lineOf(conflicts[0]!.mine)).to.equal('Mine');
    expect([conflicts[0]!.current.revision, lineOf(conflicts[0]!.current.content)]).to.deep.equal([2, 'Theirs']);
    expect(saver.stateOf('d1')).to.equal('conflict');
    expect([...saver.conflicted]).to.deep.equal(['d1']);

    await saver.save('d1', file('Mine, typed on'));
    await saver.replay();
    expect(api.writes).to.have.length(1, 'no write while the conflict waits');
    expect(lineOf((await queue.get('d1'))!.content)).to.equal('Mine, typed on', 'the newest of mine is kept');
    expect(lineOf(api.content)).to.equal('Theirs', 'never overwritten');
  });

  it('“mine” saves over theirs naming their revision; a further save by them is a new conflict', async () => {
    const {api, queue, saver, conflicts} = setup();
    saver.track('d1', 1);
    api.saveAsSomeoneElse('Theirs');
    await saver.save('d1', file('Mine'));
    await saver.keepMine('d1', file('Mine'));
    expect(api.writes.at(-1)).to.deep.equal({revision: 2, line: 'Mine'});
    expect([lineOf(api.content), saver.stateOf('d1'), await queue.get('d1')]).to.deep.equal(['Mine', 'saved', undefined]);

    api.saveAsSomeoneElse('Theirs again');
    await saver.save('d1', file('Mine again'));
    expect(conflicts).to.have.length(2);
    expect(lineOf(api.content)).to.equal('Theirs again');
  });

  it('“theirs” drops mine and bases the next save on their revision', async () => {
    const {api, queue, saver} = setup();
    saver.track('d1', 1);
    api.saveAsSomeoneElse('Theirs');
    await saver.save('d1', file('Mine'));
    await saver.takeTheirs('d1');
    expect(await queue.get('d1')).to.equal(undefined);
    await saver.save('d1', file('Theirs, then mine'));
    expect(api.writes.at(-1)).to.deep.equal({revision: 2, line: 'Theirs, then mine'});
    expect(saver.stateOf('d1')).to.equal('saved');
  });

  it('queues the newest content with its base revision when offline, and the replay sends it', async () => {
    const {api, queue, saver, states} = setup();
    saver.track('d1', 1);
    api.next = 'offline';
    await saver.save('d1', file('Offline one'));
    await saver.save('d1', file('Offline two'));
    const queued = await queue.get('d1');
    expect([queued?.baseRevision, lineOf(queued!.content)]).to.deep.equal([1, 'Offline two']);
    expect(saver.stateOf('d1')).to.equal('offline');
    expect(await saver.replay()).to.equal(true, 'still waiting while offline');

    api.next = 'ok';
    expect(await saver.replay()).to.equal(false);
    expect([lineOf(api.content), saver.revisionOf('d1'), await queue.get('d1')]).to.deep.equal(['Offline two', 2, undefined]);
    expect(states.at(-1)).to.equal('saved');
  });

  it('a replay that meets 409 goes to the author and overwrites nothing, even for a closed document', async () => {
    const {api, queue, saver, conflicts} = setup();
    await queue.put({documentId: 'd1', userId: 'u1', baseRevision: 1, content: file('Queued offline')});
    api.saveAsSomeoneElse('Saved online');
    await saver.replay();
    expect(api.writes).to.deep.equal([{revision: 1, line: 'Queued offline'}]);
    expect(conflicts.map((c) => c.documentId)).to.deep.equal(['d1']);
    expect(lineOf(api.content)).to.equal('Saved online');
    expect((await queue.get('d1'))?.baseRevision).to.equal(1, 'kept for when the author opens it');
    await saver.replay();
    expect(api.writes).to.have.length(1, 'a conflict waiting for a choice is not replayed again');

    // Opening the document asks again.
    saver.track('d1', 1);
    await saver.replay('d1');
    expect(conflicts).to.have.length(2);
  });

  it('never has two writes of one document in flight, even when saves and replays race', async () => {
    const {api, queue, saver} = setup();
    saver.track('d1', 1);
    await queue.put({documentId: 'd1', userId: 'u1', baseRevision: 1, content: file('Queued')});
    api.hold = true;
    const all = Promise.all([saver.replay(), saver.save('d1', file('Typed')), saver.replay('d1'), saver.save('d1', file('Typed more'))]);
    for (let i = 0; i < 20 && api.writes.length < 3; i++) {
      await new Promise((r) => setTimeout(r, 5));
      api.release();
    }
    api.hold = false;
    api.release();
    await all;
    expect(api.maxInFlight).to.equal(1);
    expect(lineOf(api.content)).to.equal('Typed more');
    expect(await queue.get('d1')).to.equal(undefined);
  });

  it('takes a 409 whose stored draft is exactly what was sent as saved (the answer was lost)', async () => {
    const {api, queue, saver, conflicts} = setup();
    saver.track('d1', 1);
    await saver.save('d1', file('Arrived'));
    await queue.put({documentId: 'd1', userId: 'u1', baseRevision: 1, content: file('Arrived')});
    saver.track('d1', 1);
    await saver.replay('d1');
    expect([conflicts.length, saver.revisionOf('d1'), await queue.get('d1')]).to.deep.equal([0, 2, undefined]);
  });

  it('rebases a change kept while a save was on its way, so it is not taken for a conflict', async () => {
    const {api, queue, saver, conflicts} = setup();
    saver.track('d1', 1);
    api.hold = true;
    const saving = saver.save('d1', file('On its way'));
    await new Promise((r) => setTimeout(r, 5));
    await saver.keep('d1', file('Kept at pagehide'));
    api.hold = false;
    api.release();
    await saving;
    expect((await queue.get('d1'))?.baseRevision).to.equal(2);
    await saver.replay();
    expect([conflicts.length, lineOf(api.content)]).to.deep.equal([0, 'Kept at pagehide']);
  });

  it('keeps the change and asks to sign in again when the session ended', async () => {
    const {api, queue, saver, signIns} = setup();
    saver.track('d1', 1);
    api.next = 'signed-out';
    await saver.save('d1', file('Mine'));
    expect([saver.stateOf('d1'), signIns(), lineOf((await queue.get('d1'))!.content)]).to.deep.equal(['signed-out', 1, 'Mine']);
    expect(await saver.replay()).to.equal(false, 'no point retrying until signed in');
  });

  it('keeps the change for a server error and tries again later', async () => {
    const {api, queue, saver} = setup();
    saver.track('d1', 1);
    api.next = 'server-error';
    await saver.save('d1', file('Mine'));
    expect([saver.stateOf('d1'), Boolean(await queue.get('d1'))]).to.deep.equal(['error', true]);
    expect(await saver.replay()).to.equal(true);
  });

  it('hands back a save the server refuses for good, and stops queueing it', async () => {
    const {api, queue, saver, refused} = setup();
    saver.track('d1', 1);
    api.next = 'forbidden';
    await saver.save('d1', file('Mine'));
    expect(refused).to.deep.equal(['Mine: You can only read this document.']);
    expect(await queue.get('d1')).to.equal(undefined);
  });

  it('replays only the signed-in person’s saves', async () => {
    const {api, queue, saver} = setup();
    await queue.put({documentId: 'd1', userId: 'someone-else', baseRevision: 1, content: file('Not mine')});
    expect(await saver.replay()).to.equal(false);
    expect(await saver.replay('d1')).to.equal(false);
    expect(api.writes).to.deep.equal([]);
  });

  it('compares documents by content, not key order', () => {
    const a = file('Same');
    const reordered = JSON.parse(JSON.stringify({doc: a.doc, meta: a.meta, format: a.format})) as DocumentFile;
    expect(sameDocument(a, reordered)).to.equal(true);
    expect(sameDocument(a, file('Other'))).to.equal(false);
    expect(sameDocument(a, toDocumentFile(emptyDocument('Visit')))).to.equal(false);
  });
});
