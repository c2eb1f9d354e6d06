import {expect} from '@open-wc/testing';
import {deleteDB, openDB} from 'idb';
import {emptyDocument, parseDocumentFile, toDocumentFile, type DocumentFile} from '../document/document-file.js';
import {documentTitle, schema} from '../document/schema.js';
import {Autosaver} from './autosave.js';
import {DocumentStoreError, openDocumentStore, type DocumentStore} from './document-store.js';

/** A small document file with a title and one row of text. */
function fileWith(title: string, text = 'Take one tablet a day.'): DocumentFile {
  const {nodes} = schema;
  return toDocumentFile(
    nodes['doc']!.create({audience: 'Adults with a learning disability'}, [
      nodes['title']!.create(null, schema.text(title)),
      nodes['row']!.create(null, nodes['paragraph']!.create(null, schema.text(text))),
    ])
  );
}

async function storeError(run: () => Promise<unknown>): Promise<Error> {
  try {
    await run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('document store', () => {
  let name: string;
  let store: DocumentStore;

  beforeEach(async () => {
    name = `easy-read-studio-test-${crypto.randomUUID()}`;
    store = await openDocumentStore(name);
  });

  afterEach(async () => {
    store.close();
    await deleteDB(name);
  });

  it('creates a document and gets it back with its title and time', async () => {
    const file = fileWith('Going to hospital');
    const id = await store.create(file);
    expect(id).to.match(/^[0-9a-f-]{36}$/);
    const record = await store.get(id);
    expect(record).to.deep.include({id, title: 'Going to hospital'});
    expect(record!.file).to.deep.equal(file);
    expect(Date.parse(record!.updatedAt)).to.be.closeTo(Date.now(), 5000);
    expect(await store.get('no-such-id')).to.equal(undefined);
  });

  it('lists documents newest first, and a save moves a document to the top', async () => {
    const first = await store.create(fileWith('First'));
    await store.create(fileWith('Second'));
    await store.create(fileWith('Third'));
    expect((await store.list()).map((doc) => doc.title)).to.deep.equal(['Third', 'Second', 'First']);
    const saved = await store.put(first, fileWith('First, changed'));
    const list = await store.list();
    expect(list.map((doc) => doc.title)).to.deep.equal(['First, changed', 'Third', 'Second']);
    expect(list[0]).to.deep.equal({id: first, title: 'First, changed', updatedAt: saved.updatedAt});
    expect(Object.keys(list[0]!)).to.deep.equal(['id', 'title', 'updatedAt']);
  });

  it('renames a document, including the title in the document itself', async () => {
    const id = await store.create(fileWith('Old name'));
    const before = await store.get(id);
    const renamed = await store.rename(id, '  Your   blood test ');
    expect(renamed.title).to.equal('Your blood test');
    const record = await store.get(id);
    expect(record!.title).to.equal('Your blood test');
    expect(record!.file.meta.title).to.equal('Your blood test');
    const doc = parseDocumentFile(record!.file);
    expect(documentTitle(doc)).to.equal('Your blood test');
    expect(doc.child(1).textContent).to.equal('Take one tablet a day.');
    expect(doc.attrs['audience']).to.equal('Adults with a learning disability');
    expect(record!.updatedAt > before!.updatedAt).to.equal(true);
  });

  it('refuses to rename a missing document or to a blank name, in plain words', async () => {
    const missing = await storeError(() => store.rename('no-such-id', 'Name'));
    expect(missing).to.be.instanceOf(DocumentStoreError);
    expect(missing.message).to.equal('We could not find this document. It may have been deleted.');
    const id = await store.create(fileWith('Keep me'));
    const blank = await storeError(() => store.rename(id, '   '));
    expect(blank.message).to.equal('Type a name for the document.');
    expect((await store.get(id))!.title).to.equal('Keep me');
  });

  it('removes a document and restores it exactly, in its old place in the list', async () => {
    const a = await store.create(fileWith('A'));
    const b = await store.create(fileWith('B'));
    const c = await store.create(fileWith('C'));
    const removed = await store.remove(b);
    expect(removed).to.deep.include({id: b, title: 'B'});
    expect(await store.get(b)).to.equal(undefined);
    expect((await store.list()).map((doc) => doc.title)).to.deep.equal(['C', 'A']);
    expect(await store.remove(b)).to.equal(undefined);
    await store.restore(removed!);
    expect(await store.get(b)).to.deep.equal(removed);
    expect((await store.list()).map((doc) => doc.id)).to.deep.equal([c, b, a]);
  });

  it('still has the document after the store is closed and opened again', async () => {
    const id = await store.create(fileWith('Kept'));
    await store.put(id, fileWith('Kept', 'Changed text.'));
    store.close();
    store = await openDocumentStore(name);
    const record = await store.get(id);
    expect(parseDocumentFile(record!.file).child(1).textContent).to.equal('Changed text.');
    expect((await store.list()).map((doc) => doc.id)).to.deep.equal([id]);
  });

  it('keeps the last autosaved change after the store is closed and opened again', async () => {
    const id = await store.create(toDocumentFile(emptyDocument('Draft')));
    const autosaver = new Autosaver((file: DocumentFile) => store.put(id, file), {delay: 10_000});
    for (let i = 1; i <= 5; i++) autosaver.schedule(fileWith('Draft', `Version ${i}.`));
    expect(await autosaver.flush()).to.equal(true);
    autosaver.dispose();
    store.close();
    store = await openDocumentStore(name);
    expect(parseDocumentFile((await store.get(id))!.file).child(1).textContent).to.equal('Version 5.');
  });

  it('refuses a file that is not a document, in plain words', async () => {
    const bad = {format: 'something-else', meta: {title: 'x'}, doc: {}} as unknown as DocumentFile;
    const error = await storeError(() => store.create(bad));
    expect(error).to.be.instanceOf(DocumentStoreError);
    expect(error.message).to.equal('This is not an Easy Read Studio document, so it was not saved.');
    expect(await store.list()).to.deep.equal([]);
  });
});

describe('opening the document store', () => {
  it('explains in plain words when a newer version of the database is in use', async () => {
    const name = `easy-read-studio-test-${crypto.randomUUID()}`;
    try {
      (await openDB(name, 2)).close();
      const error = await storeError(() => openDocumentStore(name));
      expect(error).to.be.instanceOf(DocumentStoreError);
      expect(error.message).to.equal('Easy Read Studio was updated in another tab. Reload this page to carry on.');
    } finally {
      await deleteDB(name);
    }
  });
});
