import assert from 'node:assert/strict';
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import {after, before, describe, it} from 'node:test';
import type {ApiClient, DocumentDetail} from '../src/app/api-client.js';
import type {Browser, Page} from 'playwright-core';
import {admin, createAdmin, fileText, freePort, launchBrowser, pageErrors, startApp, waitForText, type RunningApp} from './support.js';

/**
 * Connected mode of the embed bundle against the real server: an intranet page on
 * another origin (`ALLOWED_ORIGINS` lists it) loads `easy-read.js` from the team server,
 * signs in inside `<er-editor server=…>` by keyboard and saves there; a page from an
 * origin the server does not list is refused. The pages are on the server's host with
 * other ports: other origins, but the same site, so the session cookie (`SameSite=Strict`
 * over http) comes along, as for `intranet.trust.nhs.uk` beside `easyread.trust.nhs.uk`.
 * Build first: `npx vite build`.
 */
type Recorded = {type: string; where?: string; documentId?: string; message?: string};

/** Records the element's events where the test can read them (no inline scripts under the CSP). */
const recordJs = `window.erEvents = [];
for (const type of ['er-saved', 'er-error']) document.addEventListener(type, (event) => {
  window.erEvents.push({type, where: event.where, documentId: event.documentId, message: event.message});
});`;

function intranetPage(server: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intranet</title>
<script type="module" src="/record.js"></script><script type="module" src="${server}/easy-read.js"></script></head>
<body><main><h1>Leaflets</h1><er-editor id="e" name="leaflet" label="Leaflet" server="${server}"></er-editor></main></body></html>`;
}

/** Serves the intranet page on `port` of the loopback address, under a strict CSP that lets in only the team server. */
function listenSite(port: number, server: string): Promise<Server> {
  return new Promise((resolve) => {
    const site = createServer((req: IncomingMessage, res: ServerResponse) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/favicon.ico') return void res.writeHead(204).end();
      const [type, body] = path === '/record.js' ? ['text/javascript', recordJs] : path === '/' ? ['text/html', intranetPage(server)] : [];
      if (!body) return void res.writeHead(404).end();
      res.writeHead(200, {
        'content-type': type!,
        'content-security-policy': `default-src 'self'; script-src 'self' ${server}; style-src 'self'; img-src 'self' ${server} data:; connect-src 'self' ${server}`,
      }).end(body);
    });
    site.listen(port, '127.0.0.1', () => resolve(site));
  });
}

/** The events the page recorded. */
function events(page: Page): Promise<Recorded[]> {
  return page.evaluate(() => (window as unknown as {erEvents: Recorded[]}).erEvents);
}

/** Waits for a recorded event of `type` (and `where`, when given), and returns the first. */
async function waitForEvent(page: Page, type: string, where?: string): Promise<Recorded> {
  const has = (wanted: {type: string; where?: string}) =>
    (window as unknown as {erEvents: Recorded[]}).erEvents.some((e) => e.type === wanted.type && (!wanted.where || e.where === wanted.where));
  await page.waitForFunction(has, {type, where}, {timeout: 15_000}).catch(async (error: unknown) => {
    throw new Error(`No ${type}; the page recorded ${JSON.stringify(await events(page))}`, {cause: error});
  });
  return (await events(page)).find((e) => e.type === type && (!where || e.where === where))!;
}

/** Waits until the server's draft of document `id` matches `want` (the page saves a moment after typing), and returns it. */
async function waitForStored(api: ApiClient, id: string, want: RegExp): Promise<DocumentDetail> {
  const end = Date.now() + 10_000;
  let stored = await api.getDocument(id);
  while (!want.test(fileText(stored.content)) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    stored = await api.getDocument(id);
  }
  assert.match(fileText(stored.content), want);
  return stored;
}

/** The id of the element focused inside the page's shadow roots. */
function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.id || active?.className || '';
  });
}

describe('the embed bundle connected to the team server', {timeout: 180_000}, () => {
  let app: RunningApp;
  let adminApi: ApiClient;
  let allowed: {server: Server; origin: string};
  let refused: {server: Server; origin: string};
  let browser: Browser;

  before(async () => {
    const [allowedPort, refusedPort] = [await freePort(), await freePort()];
    const allowedOrigin = `http://127.0.0.1:${allowedPort}`;
    // startApp passes this process's environment on to the server.
    const previous = process.env['ALLOWED_ORIGINS'];
    process.env['ALLOWED_ORIGINS'] = allowedOrigin;
    try {
      app = await startApp();
    } finally {
      if (previous === undefined) delete process.env['ALLOWED_ORIGINS'];
      else process.env['ALLOWED_ORIGINS'] = previous;
    }
    adminApi = await createAdmin(app);
    allowed = {server: await listenSite(allowedPort, app.url), origin: allowedOrigin};
    refused = {server: await listenSite(refusedPort, app.url), origin: `http://127.0.0.1:${refusedPort}`};
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    allowed?.server.close();
    refused?.server.close();
    await app?.stop();
  });

  it('signs in inside the element by keyboard, saves to the server, opens it again with the session, and keeps a conflicting copy', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = pageErrors(page);
    page.on('console', (message) => {
      if (/Content Security Policy/iu.test(message.text())) errors.push(message.text());
    });
    await page.goto(`${allowed.origin}/`);

    await page.locator('er-editor input#email').waitFor({timeout: 15_000});
    assert.equal(await focusedId(page), 'email', 'the sign-in form takes the focus');
    assert.equal(await page.locator('er-editor .ProseMirror').getAttribute('aria-readonly'), 'true', 'read-only until signed in');
    await page.keyboard.press('Enter');
    await waitForText(page.locator('er-editor #email-error'), 'Enter your email address.');
    await page.keyboard.type(admin.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type('not the password');
    await page.keyboard.press('Enter');
    await waitForText(page.locator('er-server-connection .error[role="alert"]'), /.+/u);
    assert.equal(await focusedId(page), 'password', 'Enter left the focus in the field');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(admin.password);
    await page.keyboard.press('Enter');
    await waitForText(page.locator('er-server-connection .status'), `Signed in as ${admin.name}. Your changes are saved to your team.`);

    // The focus went to the text: write by keyboard.
    await page.keyboard.type('Going to hospital');
    await page.keyboard.press('Enter');
    await page.keyboard.type('You are going to hospital.');
    const id = (await waitForEvent(page, 'er-saved', 'server')).documentId!;
    const stored = await waitForStored(adminApi, id, /^Going to hospital\n.*You are going to hospital\./su);
    assert.equal(stored.owner.name, admin.name);

    // A reload: the same-site session comes along (no form) and the remembered document opens.
    await page.reload();
    await waitForText(page.locator('er-server-connection .status'), `Signed in as ${admin.name}. Your changes are saved to your team.`, 15_000);
    assert.equal(await page.locator('er-editor input#email').count(), 0);
    await waitForText(page.locator('er-editor .ProseMirror'), /You are going to hospital\./u);

    // Pictures load from the team server, not from this page's origin.
    await page.evaluate(() => {
      const editor = document.querySelector('er-editor') as unknown as {getDocument(): {doc: {content: unknown[]}}; setDocument(file: unknown): void};
      const file = editor.getDocument();
      const picture = {src: '/openmoji/1F3E5.svg', alt: 'hospital', credit: 'OpenMoji', licence: 'CC BY-SA 4.0', symbol: '1F3E5'};
      file.doc.content.push({type: 'row', attrs: {picture}, content: [{type: 'paragraph', content: [{type: 'text', text: 'A picture.'}]}]});
      editor.setDocument(file);
    });
    const img = page.locator('er-editor img.er-row__img');
    assert.equal(await img.getAttribute('src'), `${app.url}/openmoji/1F3E5.svg`);
    await page.waitForFunction(() => {
      const found = document.querySelector('er-editor')!.shadowRoot!.querySelector<HTMLImageElement>('img.er-row__img');
      return found?.complete && found.naturalWidth > 0;
    });

    // Someone saves on the server first: the next change is not saved over it, and says so.
    const theirs = JSON.parse(JSON.stringify(stored.content).replace('going to hospital.', 'going to hospital soon.')) as typeof stored.content;
    await adminApi.saveDraft(id, stored.revision, theirs);
    await page.locator('er-editor .ProseMirror p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Bring your letter.');
    const conflict = await waitForEvent(page, 'er-error');
    assert.match(conflict.message ?? '', /Someone else saved this document/u);
    await waitForText(page.locator('er-server-connection .status'), /Someone else saved this document.*Your copy is kept in this browser\./u);
    assert.doesNotMatch(fileText((await adminApi.getDocument(id)).content), /Bring your letter/u, 'nothing was saved over it');
    await page.reload();
    await waitForText(page.locator('er-editor .ProseMirror'), /Bring your letter\./u, 15_000);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('says plainly that a page from an origin not in ALLOWED_ORIGINS may not use the server', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = pageErrors(page);
    await page.goto(`${refused.origin}/`);
    const host = new URL(app.url).host;
    await waitForText(page.locator('er-server-connection .status[role="alert"]'), `This page is not allowed to use Easy Read Studio at ${host}. Ask whoever runs it to allow ${refused.origin}.`, 15_000);
    const error = await waitForEvent(page, 'er-error');
    assert.match(error.message ?? '', /not allowed/u);
    assert.equal(await page.locator('er-editor input#email').count(), 0, 'no sign-in form: signing in could not work');
    assert.equal(await page.locator('er-editor .ProseMirror').getAttribute('aria-readonly'), 'true');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
