import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {deleteDB} from 'idb';
import {toDocumentFile, emptyDocument, type DocumentFile} from '../document/document-file.js';
import {schema} from '../document/schema.js';
import {AccountSubmitEvent} from './account-submit-event.js';
import {DocumentListActionEvent} from './document-list-action-event.js';
import type {App} from './app.js';
import type {Editor} from '../editor/editor.js';
import {defaultDatabaseName, openDocumentStore} from './document-store.js';
import {defaultQueueName, openOfflineQueue} from './offline-queue.js';
import {FakeServer, fakePassword, fakeUser} from './testing/fake-server.js';
import './app.js';

/** A document with a title and one line. */
function file(title: string, line: string): DocumentFile {
  const {nodes} = schema;
  return toDocumentFile(
    nodes['doc']!.create(null, [
      nodes['title']!.create(null, schema.text(title)),
      nodes['row']!.create(null, nodes['paragraph']!.create(null, schema.text(line))),
    ])
  );
}

const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: App) => el.shadowRoot!;
const workspace = (el: App) => root(el).querySelector('er-document-workspace');
const saveStatus = (el: App) => text(workspace(el)?.shadowRoot?.querySelector('.workspace__status'));
const dialog = (el: App) => root(el).querySelector('er-conflict-dialog')?.shadowRoot?.querySelector('dialog');
const storedText = (server: FakeServer, id: string) => JSON.stringify(server.documents.get(id)!.content.doc);

function buttonNamed(scope: ParentNode, name: string): HTMLButtonElement {
  const button = [...scope.querySelectorAll('button')].find((b) => text(b) === name);
  if (!button) throw new Error(`No button named “${name}”`);
  return button;
}

/** Answers some routes the fake server does not know, before it; `route` returns undefined to pass a request on. */
function alsoServe(route: (method: string, path: string) => unknown): void {
  const fake = window.fetch;
  window.fetch = (input, init) => {
    const body = route(init?.method ?? 'GET', new URL(String(input), location.href).pathname);
    if (body === undefined) return fake(input, init);
    return Promise.resolve(new Response(JSON.stringify(body), {status: 200, headers: {'content-type': 'application/json'}}));
  };
}

const supporter = {...fakeUser, id: 'u-sue', name: 'Sue', role: 'supporter' as const, approver: false};

/** Signs in as Sue, a supporter of Sam, with one open round and Sam and Jo (no supporter) in the register. */
function serveSupporter(): void {
  alsoServe((method, path) => {
    if (path === '/api/me' || (path === '/api/session' && method === 'POST')) return {user: supporter, csrfToken: 'token', expiresAt: '2026-12-23T09:00:00.000Z'};
    if (path === '/api/rounds') return {rounds: [{id: 'r1', title: 'Your blood test', number: 1, due: '2026-12-20', people: [{id: 'p-sam', name: 'Sam'}]}]};
    if (path === '/api/involvement/people') {
      const person = (id: string, name: string, supporterRef: {id: string; name: string} | null) => ({id, name, supporter: supporterRef});
      return {people: [person('p-jo', 'Jo', null), person('p-kim', 'Kim', {id: 'u-tom', name: 'Tom'}), person('p-sam', 'Sam', {id: 'u-sue', name: 'Sue'})]};
    }
    return undefined;
  });
}

const checkerWord = {word: 'appointment', count: 3, documents: [{id: 'd9', title: 'Seeing the nurse'}], instead: 'visit', removed: false};

async function open(hash = ''): Promise<App> {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  return fixture<App>(html`<er-app></er-app>`);
}

/** Opens document `id` signed in, and waits until it is shown as saved. */
async function openDocument(id: string): Promise<App> {
  const el = await open(`#/documents/${id}`);
  await waitUntil(() => saveStatus(el) === 'Saved', 'the document opened', {timeout: 5000});
  return el;
}

/** Types at the start of the open document's title. */
async function type(el: App, words: string): Promise<void> {
  workspace(el)!.shadowRoot!.querySelector<Editor>('er-editor')!.selectRange(1);
  await sendKeys({type: words});
}

/** Opens a new document "Flu jab" signed in; someone else saves "Theirs.", I type "Mine ": waits for the conflict dialog. */
async function openConflict(server: FakeServer): Promise<{el: App; id: string; choices: ShadowRoot}> {
  server.signedIn = true;
  const id = server.addDocument('Flu jab');
  const el = await openDocument(id);
  server.saveAsSomeoneElse(id, file('Flu jab', 'Theirs.'));
  await type(el, 'Mine ');
  await waitUntil(() => dialog(el)?.open, 'the conflict dialog', {timeout: 5000});
  return {el, id, choices: root(el).querySelector('er-conflict-dialog')!.shadowRoot!};
}

describe('er-app', () => {
  let server: FakeServer;

  beforeEach(async () => {
    await Promise.all([deleteDB(defaultDatabaseName), deleteDB(defaultQueueName)]);
    localStorage.removeItem('easy-read-studio-uploaded');
    server = new FakeServer().install();
  });

  afterEach(() => {
    server.restore();
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  });

  it('works on this computer only when there is no server, and says so', async () => {
    server.absent = true;
    const el = await open();
    await waitUntil(() => root(el).querySelector('er-document-list'), 'the local list', {timeout: 5000});
    expect(text(root(el).querySelector('.app__mode'))).to.equal('Working on this computer only');
    expect(root(el).querySelector('er-account-form')).to.equal(null);
    await expect(el).to.be.accessible();

    buttonNamed(root(el).querySelector('er-document-list')!.shadowRoot!, 'New document').click();
    await waitUntil(() => saveStatus(el) === 'Saved', 'a new document open', {timeout: 5000});
    expect(location.hash).to.match(/^#\/documents\/[\w-]+$/);
    await type(el, 'Local ');
    await waitUntil(() => saveStatus(el) === 'Saving…', 'saving');
    await waitUntil(() => saveStatus(el) === 'Saved', 'saved on this computer', {timeout: 5000});
    const store = await openDocumentStore();
    expect((await store.list()).map((d) => d.title)).to.deep.equal(['Local']);
    store.close();
  });

  it('shows the setup page on a new server, then the team’s documents', async () => {
    server.setupNeeded = true;
    const el = await open();
    await waitUntil(() => root(el).querySelector('er-account-form[mode=setup]'), 'the setup form');
    await expect(el).to.be.accessible();
    root(el).querySelector('er-account-form')!.dispatchEvent(new AccountSubmitEvent('setup', {name: 'Ada', email: 'ada@nhs.net', password: fakePassword}));
    await waitUntil(() => root(el).querySelector('er-team-document-list'), 'the team list');
    expect(text(root(el).querySelector('.app__user p'))).to.equal('Signed in as Ada');
    expect([...root(el).querySelectorAll('nav a')].map(text)).to.deep.equal(['Documents', 'People', 'Involvement register', 'Words our checkers found hard', 'Put it in your web pages']);
    await expect(el).to.be.accessible();
  });

  it('shows a wrong password in plain words, then signs in, and signs out', async () => {
    const el = await open();
    await waitUntil(() => root(el).querySelector('er-account-form[mode=sign-in]'), 'the sign-in form');
    const form = root(el).querySelector('er-account-form')!;
    form.dispatchEvent(new AccountSubmitEvent('sign-in', {name: '', email: 'ada@nhs.net', password: 'wrong'}));
    await waitUntil(() => form.error === 'That email address or password is not right.', 'the server’s answer');
    form.dispatchEvent(new AccountSubmitEvent('sign-in', {name: '', email: 'ada@nhs.net', password: fakePassword}));
    await waitUntil(() => root(el).querySelector('er-team-document-list'), 'the team list');
    buttonNamed(root(el), 'Sign out').click();
    await waitUntil(() => root(el).querySelector('er-account-form'), 'the sign-in form again');
    expect(text(root(el).querySelector('.app__notice'))).to.equal('You are signed out.');
  });

  it('lists documents kept on this computer beside the team’s, and uploads one to the team', async () => {
    const store = await openDocumentStore();
    await store.create(toDocumentFile(emptyDocument('Kept here')));
    store.close();
    server.signedIn = true;
    server.addDocument('Flu jab');
    const el = await open();
    await waitUntil(() => root(el).querySelector('er-document-list[upload]'), 'the local list');
    const team = root(el).querySelector('er-team-document-list')!;
    await waitUntil(() => text(team.shadowRoot!.querySelector('.item h3')) === 'Flu jab', 'the team document');
    const local = root(el).querySelector('er-document-list')!;
    buttonNamed(local.shadowRoot!, 'Upload to the team: Kept here').click();
    await waitUntil(() => team.message.startsWith('“Kept here” is uploaded to the team.'), 'uploaded');
    expect([...server.documents.values()].map((d) => d.content.meta.title)).to.deep.equal(['Flu jab', 'Kept here']);
    await waitUntil(() => text(local.shadowRoot!.querySelector('.list__item')).includes('Uploaded to the team.'), 'the local copy says so');
    await expect(el).to.be.accessible();
  });

  it('opens a team document, saves as the author types, and says “Saved”', async () => {
    server.signedIn = true;
    const id = server.addDocument('Flu jab');
    const el = await openDocument(id);
    await type(el, 'Today ');
    await waitUntil(() => saveStatus(el) === 'Saving…', 'saving');
    await waitUntil(() => saveStatus(el) === 'Saved' && server.documents.get(id)!.revision === 2, 'saved', {timeout: 5000});
    expect(storedText(server, id)).to.contain('Today');
  });

  it('on 409 shows both versions and keeps mine only when chosen, naming the current revision', async () => {
    const {el, id, choices} = await openConflict(server);
    expect(saveStatus(el)).to.equal('Not saved: choose which version to keep');
    const versions = [...choices.querySelectorAll('.version')].map(text);
    expect(versions[0]).to.contain('Mine Flu jab');
    expect(versions[1]).to.match(/^Saved by Bea Flu jab\s*Theirs\.$/);
    expect([server.documents.get(id)!.revision, storedText(server, id)]).to.deep.equal([2, JSON.stringify(file('Flu jab', 'Theirs.').doc)]);

    buttonNamed(choices, 'Keep my version').click();
    await waitUntil(() => server.documents.get(id)!.revision === 3, 'mine saved over theirs', {timeout: 5000});
    expect(storedText(server, id)).to.contain('Mine Flu jab');
    await waitUntil(() => saveStatus(el) === 'Saved', 'saved');
    expect(text(root(el).querySelector('.app__notice'))).to.equal('Your version is saved.');
  });

  it('on 409 can take theirs into the editor and save mine as a new document', async () => {
    const {el, id, choices} = await openConflict(server);
    buttonNamed(choices, 'Use theirs, and save mine as a copy').click();
    await waitUntil(() => server.documents.size === 2, 'the copy made', {timeout: 5000});
    const copy = [...server.documents.values()][1]!;
    expect(copy.content.meta.title).to.equal('Mine Flu jab (your copy)');
    expect(server.documents.get(id)!.revision).to.equal(2, 'theirs untouched');
    await waitUntil(() => workspace(el)!.value?.doc && JSON.stringify(workspace(el)!.value!.doc).includes('Theirs.'), 'theirs in the editor');
  });

  it('lets whoever may share a team document share it and stop, from the side column', async () => {
    server.signedIn = true;
    const id = server.addDocument('Flu jab');
    const el = await openDocument(id);
    const panel = () => workspace(el)!.querySelector('er-share-panel');
    await waitUntil(() => panel()?.shadowRoot?.querySelector('select'), 'the share panel with people to choose', {timeout: 5000});
    expect(panel()!.assignedSlot?.name).to.equal('side');
    const select = panel()!.shadowRoot!.querySelector('select')!;
    expect([...select.options].map(text)).to.deep.equal(['Choose an author', 'Cal Author']);
    await expect(el).to.be.accessible();

    select.value = 'u-cal';
    select.dispatchEvent(new Event('change'));
    buttonNamed(panel()!.shadowRoot!, 'Share').click();
    await waitUntil(() => text(panel()!.shadowRoot!.querySelector('[role=status]')) === 'Shared with Cal Author.', 'shared', {timeout: 5000});
    expect(server.documents.get(id)!.sharedWith).to.deep.equal([{id: 'u-cal', name: 'Cal Author'}]);
    expect(server.requests).to.include(`POST /api/documents/${id}/shares`);

    buttonNamed(panel()!.shadowRoot!, 'Stop sharing with Cal Author').click();
    await waitUntil(() => text(panel()!.shadowRoot!.querySelector('[role=status]')) === 'Stopped sharing with Cal Author.', 'stopped', {timeout: 5000});
    expect(server.documents.get(id)!.sharedWith).to.deep.equal([]);
    expect(text(panel()!.shadowRoot!.querySelector('.panel'))).to.contain('This document is not shared with anyone.');
  });

  it('shows no share panel to someone who may not share the document', async () => {
    server.signedIn = true;
    server.canShare = false;
    const id = server.addDocument('Flu jab');
    const el = await openDocument(id);
    expect(workspace(el)!.querySelector('er-share-panel')).to.equal(null);
    expect(server.requests).not.to.include('GET /api/people');
  });

  it('offline: keeps the change in the IndexedDB queue, says so, and sends it when back online', async () => {
    server.signedIn = true;
    const id = server.addDocument('Flu jab');
    const el = await openDocument(id);
    server.offline = true;
    await type(el, 'Offline ');
    await waitUntil(() => saveStatus(el) === 'Offline — kept on this computer', 'offline', {timeout: 5000});
    const queue = await openOfflineQueue();
    const entry = await queue.get(id);
    queue.close();
    expect(entry?.baseRevision).to.equal(1);
    expect(entry?.content.meta.title).to.equal('Offline Flu jab');

    server.offline = false;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => saveStatus(el) === 'Saved' && server.documents.get(id)!.revision === 2, 'replayed', {timeout: 5000});
    expect(server.documents.get(id)!.content.meta.title).to.equal('Offline Flu jab');
  });

  it('shows admins the People screen', async () => {
    server.signedIn = true;
    const el = await open('#/people');
    await waitUntil(() => root(el).querySelector('er-people-screen'), 'the people screen');
    const people = root(el).querySelector('er-people-screen')!;
    await waitUntil(() => people.shadowRoot!.querySelector('.person'), 'people listed');
    expect(root(el).querySelector('nav a[aria-current=page]')!.textContent).to.equal('People');
    await expect(el).to.be.accessible();
  });

  it('flags the words our checkers found hard in a document an author opens', async () => {
    server.signedIn = true;
    alsoServe((_method, path) => (path === '/api/checker-words' ? {words: [checkerWord]} : undefined));
    const id = server.addDocument('Flu jab');
    server.documents.get(id)!.content = file('Flu jab', 'Come to your appointment.');
    const el = await openDocument(id);
    const panel = () => workspace(el)!.shadowRoot!.querySelector('er-checks-panel')!.shadowRoot!;
    await waitUntil(() => text(panel()).includes('3 checkers found this word hard.'), 'the checkers’ word is flagged', {timeout: 5000});
  });

  it('shows admins the words our checkers found hard, from the header', async () => {
    server.signedIn = true;
    alsoServe((_method, path) => (path === '/api/checker-words' ? {words: [checkerWord]} : undefined));
    const el = await open('#/checker-words');
    await waitUntil(() => root(el).querySelector('er-checker-words-screen'), 'the screen');
    const screen = root(el).querySelector('er-checker-words-screen')!;
    await waitUntil(() => text(screen.shadowRoot!.querySelector('tbody')).includes('appointment'), 'the word listed');
    expect(text(root(el).querySelector('nav a[aria-current=page]'))).to.equal('Words our checkers found hard');
    expect(root(el).querySelector('nav a[href="#/group"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lets a supporter open a group session from the header and choose who is here, by keyboard', async () => {
    server.signedIn = true;
    serveSupporter();
    const el = await open();
    // Signing in moves the focus to the page's content once the list is shown: wait for it before using the header.
    await waitUntil(() => root(el).activeElement?.id === 'main', 'the list shown');
    expect(root(el).querySelector('nav a[href="#/checker-words"]')).to.equal(null);
    const link = root(el).querySelector<HTMLAnchorElement>('nav a[href="#/group"]')!;
    expect(text(link)).to.equal('Group session');
    link.focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => root(el).querySelector('er-group-review'), 'the group screen');
    const group = root(el).querySelector('er-group-review')!;
    await waitUntil(() => text(group.shadowRoot).includes('Run a group session'), 'the rounds listed');
    expect(text(root(el).querySelector('nav a[aria-current=page]'))).to.equal('Group session');
    expect(text(group.shadowRoot)).to.contain('Your blood test');
    await expect(el).to.be.accessible();

    buttonNamed(group.shadowRoot!, 'Run a group session').focus();
    await sendKeys({press: 'Enter'});
    // Only those Sue may record for: Sam, whom she supports, and Jo, who has no supporter.
    await waitUntil(() => group.shadowRoot!.querySelector('[role=group] button'), 'the people to choose from');
    expect([...group.shadowRoot!.querySelectorAll('[role=group] button')].map(text)).to.deep.equal(['Jo', 'Sam']);
    expect(group.shadowRoot!.activeElement).to.equal(group.shadowRoot!.querySelector('h1'));
    await expect(el).to.be.accessible();
  });

  it('keeps the group session to supporters', async () => {
    server.signedIn = true;
    const el = await open('#/group');
    await waitUntil(() => location.hash === '#/', 'back to the list');
    await el.updateComplete;
    expect(root(el).querySelector('er-team-document-list')).to.not.equal(null);
    expect(root(el).querySelector('er-group-review')).to.equal(null);
  });

  it('says when the server fails, and offers to work on this computer only', async () => {
    server.broken = true;
    const el = await open();
    await waitUntil(() => root(el).querySelector('h1')?.textContent === 'Your team’s documents are out of reach', 'the message');
    expect(text(root(el).querySelector('main'))).to.contain('Something went wrong on the server.');
    await expect(el).to.be.accessible();
    buttonNamed(root(el), 'Work on this computer only').click();
    await waitUntil(() => root(el).querySelector('er-document-list'), 'the local list');
    expect(text(root(el).querySelector('.app__mode'))).to.equal('Working on this computer only');
  });

  it('asks to sign in again when the session ended, keeping the change, and saves it after', async () => {
    server.signedIn = true;
    const id = server.addDocument('Flu jab');
    const el = await openDocument(id);
    server.signedIn = false; // the session ended on the server
    await type(el, 'Kept ');
    await waitUntil(() => root(el).querySelector('er-account-form'), 'the sign-in form', {timeout: 5000});
    expect(text(root(el).querySelector('.app__notice'))).to.match(/^You were signed out\. Sign in again to carry on\./);
    expect(server.documents.get(id)!.revision).to.equal(1);
    root(el).querySelector('er-account-form')!.dispatchEvent(new AccountSubmitEvent('sign-in', {name: '', email: 'ada@nhs.net', password: fakePassword}));
    await waitUntil(() => server.documents.get(id)!.revision === 2, 'the kept change saved', {timeout: 5000});
    expect(server.documents.get(id)!.content.meta.title).to.equal('Kept Flu jab');
    await waitUntil(() => saveStatus(el) === 'Saved', 'the document open again and saved', {timeout: 5000});
  });

  it('opens a chosen file as a new team document', async () => {
    server.signedIn = true;
    const el = await open();
    await waitUntil(() => root(el).querySelector('er-team-document-list'), 'the team list');
    const chosen = new File([JSON.stringify(file('Imported', 'From a file.'))], 'imported.easyread.json', {type: 'application/json'});
    root(el).querySelector('er-team-document-list')!.dispatchEvent(new DocumentListActionEvent('import', {file: chosen}));
    await waitUntil(() => saveStatus(el) === 'Saved', 'the new document open', {timeout: 5000});
    expect([...server.documents.values()].map((d) => d.content.meta.title)).to.deep.equal(['Imported']);
    expect(location.hash).to.equal('#/documents/d1');
  });

  it('starts a new document on this computer when offline, and says so', async () => {
    server.signedIn = true;
    const el = await open();
    await waitUntil(() => root(el).querySelector('er-team-document-list'), 'the team list');
    server.offline = true;
    root(el).querySelector('er-team-document-list')!.dispatchEvent(new DocumentListActionEvent('create'));
    await waitUntil(() => location.hash.startsWith('#/local/') && saveStatus(el) === 'Saved', 'a local document open', {timeout: 5000});
    expect(text(root(el).querySelector('.app__notice'))).to.match(/^You are offline, so this document is kept on this computer\./);
    expect(text(root(el).querySelector('.app__progress'))).to.match(/^This document is only on this computer\./);
  });
});
