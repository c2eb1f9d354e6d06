import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {memoryQueue} from '../app/offline-queue.js';
import '../editor/editor.js';
import type {Editor} from '../editor/editor.js';
import type {EmbedErrorEvent, SavedEvent} from './events.js';
import {pictureBase, resolveImages, resolvePicture} from './picture-addresses.js';
import './server-connection.js';
import type {ServerConnection} from './server-connection.js';
import {ServerEmbedding} from './server-embedding.js';

const server = 'https://easy-read.example.nhs.uk';
const me = {user: {id: 'u1', name: 'Sam Jones', email: 'sam@example.nhs.uk', role: 'author'}, csrfToken: 'token', expiresAt: '2027-01-01T00:00:00Z'};

/** The element focused inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {status, headers: {'content-type': 'application/json'}});
}

/** A team server in memory: signs in `me` with the password "right", and keeps one document. */
function fakeServer() {
  const calls: {method: string; path: string; credentials?: RequestCredentials; body?: unknown}[] = [];
  let signedIn = false;
  let revision = 0;
  const fetchImpl: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const method = init?.method ?? 'GET';
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : undefined;
    calls.push({method, path: url.pathname, credentials: init?.credentials, body});
    if (url.origin !== server) throw new TypeError('Failed to fetch');
    if (method === 'GET' && url.pathname === '/api/me') return signedIn ? json(200, me) : json(401, {error: 'Sign in first.'});
    if (method === 'POST' && url.pathname === '/api/session') {
      signedIn = body?.['password'] === 'right';
      return signedIn ? json(200, me) : json(401, {error: 'That email address or password is wrong.'});
    }
    if (method === 'POST' && url.pathname === '/api/documents') return json(201, {id: 'd1', revision: ++revision, content: body?.['content']});
    if (method === 'PUT' && url.pathname === '/api/documents/d1/draft') return json(200, {revision: ++revision, savedAt: '2026-12-06T00:00:00Z'});
    return json(404, {error: 'Not found.'});
  };
  return {calls, fetch: fetchImpl};
}

describe('connected embedded editor', () => {
  it('shows a sign-in form that takes the focus, says what is missing plainly, and signs in with Enter', async () => {
    const panel = await fixture<ServerConnection>(html`<er-server-connection server="easy-read.example.nhs.uk"></er-server-connection>`);
    const tried: string[][] = [];
    panel.signIn = async (email, password) => {
      tried.push([email, password]);
      if (password !== 'right') throw new Error('That email address or password is wrong.');
    };
    panel.phase = 'sign-in';
    await panel.updateComplete;
    expect(deepActive()?.id).to.equal('email');
    await sendKeys({press: 'Enter'});
    await panel.updateComplete;
    const errors = () => [...panel.shadowRoot!.querySelectorAll('.field__error, .error')].map((node) => node.textContent?.trim()).filter(Boolean);
    expect(errors()).to.deep.equal(['Enter your email address.', 'Enter your password.']);
    expect(deepActive()?.id).to.equal('email');
    await expect(panel).to.be.accessible();

    await sendKeys({type: 'sam@example.nhs.uk'});
    await sendKeys({press: 'Tab'});
    await sendKeys({type: 'wrong'});
    await sendKeys({press: 'Enter'});
    await panel.updateComplete;
    await panel.updateComplete;
    expect(errors()).to.deep.equal(['That email address or password is wrong.']);
    expect(tried).to.deep.equal([['sam@example.nhs.uk', 'wrong']]);
    await expect(panel).to.be.accessible();
  });

  it('signs in inside the editor, creates a team document on the first change, then saves drafts with the revision', async () => {
    const team = fakeServer();
    localStorage.removeItem(`easy-read-embed:${server}:leaflet`);
    const editor = await fixture<Editor>(html`<er-editor server=${server} name="leaflet"></er-editor>`);
    new ServerEmbedding(editor, {fetch: team.fetch, queue: async () => memoryQueue()});
    const panel = await waitForPanel(editor, 'sign-in');
    expect(editor.readonly).to.equal(true);
    await expect(editor).to.be.accessible();

    await panel.signIn('sam@example.nhs.uk', 'right');
    expect(panel.message).to.equal('Signed in as Sam Jones. Your changes are saved to your team.');
    expect(editor.readonly).to.equal(false);
    const created = oneEvent(editor, 'er-saved') as unknown as Promise<SavedEvent>;
    editor.execute((state, dispatch) => (dispatch?.(state.tr.insertText('Going to hospital', 1)), true));
    const first = await created;
    expect([first.where, first.documentId, first.name]).to.deep.equal(['server', 'd1', 'leaflet']);
    const drafted = oneEvent(editor, 'er-saved') as unknown as Promise<SavedEvent>;
    editor.execute((state, dispatch) => (dispatch?.(state.tr.insertText('!', state.doc.firstChild!.nodeSize - 1)), true));
    await drafted;
    const writes = team.calls.filter((call) => call.method !== 'GET');
    expect(writes.map((call) => `${call.method} ${call.path}`)).to.deep.equal(['POST /api/session', 'POST /api/documents', 'PUT /api/documents/d1/draft']);
    expect(writes[2]!.body).to.include({revision: 1});
    expect(team.calls.every((call) => call.credentials === 'include')).to.equal(true);
  });

  it('says plainly when the server cannot be reached, and stays read-only', async () => {
    const editor = await fixture<Editor>(html`<er-editor server="https://elsewhere.example.nhs.uk"></er-editor>`);
    const failed = oneEvent(editor, 'er-error') as unknown as Promise<EmbedErrorEvent>;
    new ServerEmbedding(editor, {fetch: fakeServer().fetch, queue: async () => memoryQueue()});
    expect((await failed).message).to.match(/^Could not reach the Easy Read Studio server/u);
    const panel = await waitForPanel(editor, 'problem');
    expect(panel.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.equal((await failed).message);
    expect(editor.readonly).to.equal(true);
    await expect(editor).to.be.accessible();
  });

  it('reads the document’s picture paths against the team server, or the bundle’s own server', () => {
    expect(pictureBase(`${server}/`)).to.equal(`${server}/`);
    expect(pictureBase(null, 'https://cdn.example.nhs.uk/easy-read/embed/chunk.js')).to.equal('https://cdn.example.nhs.uk/easy-read/');
    expect(pictureBase(null, `${location.origin}/easy-read.js`)).to.equal('');
    expect(resolvePicture('/openmoji/1F3E5.svg', `${server}/`)).to.equal(`${server}/openmoji/1F3E5.svg`);
    expect(resolvePicture('data:image/png;base64,AA', `${server}/`)).to.equal('data:image/png;base64,AA');
    expect(resolvePicture('/openmoji/1F3E5.svg', '')).to.equal('/openmoji/1F3E5.svg');
    const box = document.createElement('div');
    box.innerHTML = '<img class="a" src="/openmoji/1F44D.svg" alt=""><img src="//elsewhere.example/x.svg" alt="">';
    resolveImages(box, `${server}/`);
    expect([...box.querySelectorAll('img')].map((img) => img.getAttribute('src'))).to.deep.equal([`${server}/openmoji/1F44D.svg`, '//elsewhere.example/x.svg']);
  });
});

/** The editor's connection panel, once it shows `phase`. */
async function waitForPanel(editor: Editor, phase: ServerConnection['phase']): Promise<ServerConnection> {
  for (;;) {
    const panel = editor.shadowRoot!.querySelector<ServerConnection>('er-server-connection');
    if (panel?.phase === phase) {
      await panel.updateComplete;
      return panel;
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
