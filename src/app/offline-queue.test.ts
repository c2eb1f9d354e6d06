import {expect} from '@open-wc/testing';
import {deleteDB} from 'idb';
import {emptyDocument, toDocumentFile, type DocumentFile} from '../document/document-file.js';
import {memoryQueue, openOfflineQueue, type OfflineQueue, type PendingSaveInput} from './offline-queue.js';

function file(title: string): DocumentFile {
  return toDocumentFile(emptyDocument(title));
}

function entry(documentId: string, baseRevision: number, title: string, userId = 'u1'): PendingSaveInput {
  return {documentId, userId, baseRevision, content: file(title)};
}

const kinds: readonly {name: string; open: () => Promise<{queue: OfflineQueue; done: () => Promise<void>}>}[] = [
  {
    name: 'IndexedDB',
    open: async () => {
      const name = `er-queue-test-${crypto.randomUUID()}`;
      const queue = await openOfflineQueue(name);
      return {
        queue,
        done: async () => {
          queue.close();
          await deleteDB(name);
        },
      };
    },
  },
  {name: 'memory', open: async () => ({queue: memoryQueue(), done: async () => undefined})},
];

for (const kind of kinds) {
  describe(`offline queue (${kind.name})`, () => {
    let queue: OfflineQueue;
    let done: () => Promise<void>;

    beforeEach(async () => {
      ({queue, done} = await kind.open());
    });

    afterEach(() => done());

    it('keeps one entry per document: the newest content, with the base revision it was given', async () => {
      const first = await queue.put(entry('d1', 3, 'First'));
      const second = await queue.put(entry('d1', 3, 'Second'));
      expect(second.stamp).to.be.greaterThan(first.stamp);
      const stored = await queue.get('d1');
      expect([stored?.baseRevision, stored?.content.meta.title]).to.deep.equal([3, 'Second']);
      expect(await queue.list('u1')).to.have.length(1);
    });

    it('lists only one person’s entries, oldest first', async () => {
      await queue.put(entry('d2', 1, 'Two'));
      await queue.put(entry('d9', 1, 'Someone else’s', 'u2'));
      await queue.put(entry('d1', 1, 'One'));
      expect((await queue.list('u1')).map((e) => e.documentId)).to.deep.equal(['d2', 'd1']);
      expect((await queue.list('u2')).map((e) => e.documentId)).to.deep.equal(['d9']);
    });

    it('settles a save: removes what was sent, and rebases a newer entry on the new revision', async () => {
      const sent = await queue.put(entry('d1', 4, 'Sent'));
      await queue.settle('d1', sent.stamp, 4, 5);
      expect(await queue.get('d1')).to.equal(undefined);

      const older = await queue.put(entry('d1', 5, 'On its way'));
      await queue.put(entry('d1', 5, 'Typed meanwhile'));
      await queue.settle('d1', older.stamp, 5, 6);
      const kept = await queue.get('d1');
      expect([kept?.baseRevision, kept?.content.meta.title]).to.deep.equal([6, 'Typed meanwhile']);
    });

    it('leaves a newer entry based on another revision alone when settling', async () => {
      await queue.put(entry('d1', 9, 'Based elsewhere'));
      await queue.settle('d1', -1, 4, 5);
      expect((await queue.get('d1'))?.baseRevision).to.equal(9);
    });

    it('removes an entry', async () => {
      await queue.put(entry('d1', 1, 'Gone'));
      await queue.remove('d1');
      expect(await queue.get('d1')).to.equal(undefined);
    });
  });
}

describe('offline queue in IndexedDB', () => {
  it('keeps its entries when the page opens it again', async () => {
    const name = `er-queue-test-${crypto.randomUUID()}`;
    const first = await openOfflineQueue(name);
    await first.put(entry('d1', 2, 'Kept'));
    first.close();
    const again = await openOfflineQueue(name);
    expect((await again.get('d1'))?.content.meta.title).to.equal('Kept');
    again.close();
    await deleteDB(name);
  });
});
