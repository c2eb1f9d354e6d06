import assert from 'node:assert/strict';
import {before, beforeEach, describe, it} from 'node:test';
import type {BrowserContext, Page} from 'playwright-core';
import {emptyDocument, toDocumentFile} from '../src/document/document-file.js';
import type {ApiClient} from '../src/app/api-client.js';
import {useApp} from './app-fixture.js';
import {admin, createAdmin, fileText, pageErrors, saveStatus, waitForText} from './support.js';

const offline = 'Offline — kept on this computer';

/** Takes the browser offline, types `text` in the open document's first line, and waits until it is kept. */
async function typeOffline(context: BrowserContext, page: Page, text: string): Promise<void> {
  await context.setOffline(true);
  await page.locator('er-editor .ProseMirror p').first().click();
  await page.keyboard.type(text);
  await waitForText(saveStatus(page), offline);
}

describe('the offline queue in Chromium', {timeout: 180_000}, () => {
  const fixture = useApp();
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
    api = await createAdmin(fixture.app);
  });

  beforeEach(async () => {
    documentId = (await api.createDocument({content: toDocumentFile(emptyDocument('Clinic times'))})).id;
  });

  it('keeps changes made offline on this computer, and saves them when back online', async () => {
    const {context, page, errors} = await fixture.openDocument(admin, documentId, /Clinic times/);
    await typeOffline(context, page, 'Open 9 to 5.');
    await page.screenshot({path: '/tmp/er-e2e-offline.png'});
    assert.equal(await stored(), 'Clinic times\n', 'nothing reached the server while offline');
    await context.setOffline(false);
    await waitForText(saveStatus(page), 'Saved');
    await waitForStored('Clinic times\nOpen 9 to 5.');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('sends changes queued before the page was left when the app opens again', async () => {
    const {context, page, errors} = await fixture.openDocument(admin, documentId, /Clinic times/);
    await typeOffline(context, page, 'Closed on Sundays.');
    // Leave by closing the page. Navigating it elsewhere would end the offline emulation
    // for the old document before it is gone: Chromium fires `online` there, and the app
    // rightly sends its queue from the page being left.
    await page.close();
    await context.setOffline(false);
    assert.equal(await stored(), 'Clinic times\n', 'the change is only on this computer');

    const again = await context.newPage();
    const againErrors = pageErrors(again);
    await again.goto(`${fixture.app.url}/#/`);
    await again.getByRole('heading', {name: 'Your team’s documents'}).waitFor();
    await waitForStored('Clinic times\nClosed on Sundays.');
    assert.deepEqual([...errors, ...againErrors], []);
    await context.close();
  });

  it('asks the author when a queued change meets a newer save on the server, and never overwrites it', async () => {
    const {context, page, errors} = await fixture.openDocument(admin, documentId, /Clinic times/);
    await typeOffline(context, page, 'Mine, written offline.');

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
