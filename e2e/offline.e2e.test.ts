import assert from 'node:assert/strict';
import {after, before, beforeEach, describe, it} from 'node:test';
import type {Browser} from 'playwright-core';
import {emptyDocument, toDocumentFile} from '../src/document/document-file.js';
import type {ApiClient} from '../src/app/api-client.js';
import {
  admin,
  createAdmin,
  editorText,
  fileText,
  launchBrowser,
  pageErrors,
  saveStatus,
  signedInPage,
  startApp,
  waitForText,
  type RunningApp,
} from './support.js';

const offline = 'Offline — kept on this computer';

describe('the offline queue in Chromium', {timeout: 180_000}, () => {
  let app: RunningApp;
  let browser: Browser;
  let api: ApiClient;
  let documentId: string;

  /** The document's text as the server holds it. */
  async function stored(): Promise<string> {
    return fileText((await api.getDocument(documentId)).content);
  }

  /** Waits until the server holds `want`. */
  async function waitForStored(want: string, timeoutMs = 15_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    let got = '';
    while (Date.now() < end) {
      got = await stored();
      if (got === want) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.equal(got, want);
  }

  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
    api = await createAdmin(app);
  });

  beforeEach(async () => {
    documentId = (await api.createDocument({content: toDocumentFile(emptyDocument('Clinic times'))})).id;
  });

  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('keeps changes made offline on this computer, and saves them when back online', async () => {
    const {context, page} = await signedInPage(browser, app, admin);
    const errors = pageErrors(page);
    await page.goto(`${app.url}/#/documents/${documentId}`);
    await waitForText(editorText(page), /Clinic times/);

    await context.setOffline(true);
    await page.locator('er-editor .ProseMirror p').first().click();
    await page.keyboard.type('Open 9 to 5.');
    await waitForText(saveStatus(page), offline);
    await page.screenshot({path: '/tmp/er-e2e-offline.png'});
    assert.equal(await stored(), 'Clinic times\n', 'nothing reached the server while offline');
    await context.setOffline(false);
    await waitForText(saveStatus(page), 'Saved');
    await waitForStored('Clinic times\nOpen 9 to 5.');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('sends changes queued before the page was left when the app opens again', async () => {
    const {context, page} = await signedInPage(browser, app, admin);
    const errors = pageErrors(page);
    await page.goto(`${app.url}/#/documents/${documentId}`);
    await waitForText(editorText(page), /Clinic times/);

    await context.setOffline(true);
    await page.locator('er-editor .ProseMirror p').first().click();
    await page.keyboard.type('Closed on Sundays.');
    await waitForText(saveStatus(page), offline);
    await page.goto('about:blank'); // leave while offline: the change is only in IndexedDB now
    await context.setOffline(false);
    assert.equal(await stored(), 'Clinic times\n');

    await page.goto(`${app.url}/#/`);
    await page.getByRole('heading', {name: 'Your team’s documents'}).waitFor();
    await waitForStored('Clinic times\nClosed on Sundays.');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('asks the author when a queued change meets a newer save on the server, and never overwrites it', async () => {
    const {context, page} = await signedInPage(browser, app, admin);
    const errors = pageErrors(page);
    await page.goto(`${app.url}/#/documents/${documentId}`);
    await waitForText(editorText(page), /Clinic times/);

    await context.setOffline(true);
    await page.locator('er-editor .ProseMirror p').first().click();
    await page.keyboard.type('Mine, written offline.');
    await waitForText(saveStatus(page), offline);

    // Meanwhile someone saves from elsewhere.
    const doc = await api.getDocument(documentId);
    const theirs = structuredClone(doc.content);
    (theirs.doc['content'] as Record<string, unknown>[])[1] = {
      type: 'row',
      content: [{type: 'paragraph', content: [{type: 'text', text: 'Theirs, saved online.'}]}],
    };
    await api.saveDraft(documentId, doc.revision, theirs);

    await context.setOffline(false);
    const dialog = page.locator('er-conflict-dialog dialog[open]');
    await dialog.waitFor({timeout: 15_000});
    await waitForText(dialog.locator('.version').first(), /Mine, written offline\./);
    await waitForText(dialog.locator('.version').nth(1), /Theirs, saved online\./);
    assert.equal(await stored(), 'Clinic times\nTheirs, saved online.', 'the replay did not overwrite');

    await page.getByRole('button', {name: 'Keep my version'}).click();
    await waitForText(saveStatus(page), 'Saved');
    await waitForStored('Clinic times\nMine, written offline.');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
