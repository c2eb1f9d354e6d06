import assert from 'node:assert/strict';
import {before, beforeEach, describe, it} from 'node:test';
import type {Page} from 'playwright-core';
import {emptyDocument, toDocumentFile} from '../src/document/document-file.js';
import type {ApiClient} from '../src/app/api-client.js';
import {useApp} from './app-fixture.js';
import {apiClient, createAdmin, createAuthor, editorText, fileText, saveStatus, waitForText, type Account} from './support.js';

const bea: Account = {name: 'Bea Author', email: 'bea@example.nhs.uk', password: 'bea has a long password'};
const cal: Account = {name: 'Cal Author', email: 'cal@example.nhs.uk', password: 'cal has a long password'};

/** Types `text` at the start of the document's first line. */
async function typeInFirstLine(page: Page, text: string): Promise<void> {
  await page.locator('er-editor .ProseMirror p').first().click();
  await page.keyboard.type(text);
}

describe('two authors save the same document', {timeout: 180_000}, () => {
  const fixture = useApp();
  let beaApi: ApiClient;
  let calApi: ApiClient;
  let documentId: string;

  before(async () => {
    const adminApi = await createAdmin(fixture.app);
    await createAuthor(adminApi, bea);
    await createAuthor(adminApi, cal);
    beaApi = apiClient(fixture.app);
    await beaApi.signIn(bea.email, bea.password);
    calApi = apiClient(fixture.app);
    await calApi.signIn(cal.email, cal.password);
  });

  beforeEach(async () => {
    // Bea owns a fresh document and shares it with Cal.
    const doc = await beaApi.createDocument({content: toDocumentFile(emptyDocument('Flu jab'))});
    const calId = (await beaApi.listPeople()).find((p) => p.name === cal.name)!.id;
    await beaApi.share(doc.id, calId);
    documentId = doc.id;
  });

  /** Both open the document; Bea saves first; Cal's stale save must end in the conflict dialog. */
  async function makeConflict(): Promise<{beaPage: Page; calPage: Page; errors: () => string[]; close: () => Promise<void>}> {
    const beaSide = await fixture.openDocument(bea, documentId, /Flu jab/);
    const calSide = await fixture.openDocument(cal, documentId, /Flu jab/);
    const errors = () => [...beaSide.errors, ...calSide.errors];
    await typeInFirstLine(beaSide.page, 'Bea wrote this.');
    await waitForText(saveStatus(beaSide.page), 'Saved');
    await typeInFirstLine(calSide.page, 'Cal wrote that.');
    const dialog = calSide.page.locator('er-conflict-dialog dialog[open]');
    await dialog.waitFor();
    await waitForText(saveStatus(calSide.page), 'Not saved: choose which version to keep');
    await waitForText(dialog.locator('.version').first(), /Your version.*Cal wrote that\./);
    await waitForText(dialog.locator('.version').nth(1), /Saved by Bea Author.*Bea wrote this\./);
    // Nothing was overwritten while the dialog waits.
    assert.equal(fileText((await calApi.getDocument(documentId)).content), 'Flu jab\nBea wrote this.');
    return {
      beaPage: beaSide.page,
      calPage: calSide.page,
      errors,
      close: async () => {
        await beaSide.context.close();
        await calSide.context.close();
      },
    };
  }

  it('shows both versions; “Use theirs, and save mine as a copy” keeps both on the server', async () => {
    const {calPage, errors, close} = await makeConflict();
    await calPage.screenshot({path: '/tmp/er-e2e-conflict.png'});
    await calPage.getByRole('button', {name: 'Use theirs, and save mine as a copy'}).click();
    await waitForText(calPage.locator('er-app .app__notice'), /Your version is saved as a new document, “Flu jab \(your copy\)”\./);
    await waitForText(editorText(calPage), /Bea wrote this\./);
    await waitForText(saveStatus(calPage), 'Saved');

    assert.equal(fileText((await calApi.getDocument(documentId)).content), 'Flu jab\nBea wrote this.');
    const copy = (await calApi.listDocuments({q: 'your copy'})).find((d) => d.title === 'Flu jab (your copy)');
    assert.ok(copy, 'the copy is on the server');
    assert.equal(fileText((await calApi.getDocument(copy.id)).content), 'Flu jab (your copy)\nCal wrote that.');
    assert.deepEqual(errors(), []);
    await close();
  });

  it('“Keep my version” saves over theirs only when chosen, and the other author is asked in turn', async () => {
    const {beaPage, calPage, errors, close} = await makeConflict();
    await calPage.getByRole('button', {name: 'Keep my version'}).focus();
    await calPage.keyboard.press('Enter');
    await waitForText(saveStatus(calPage), 'Saved');
    assert.equal(fileText((await calApi.getDocument(documentId)).content), 'Flu jab\nCal wrote that.');

    // Bea's editor still holds her version; her next change meets Cal's save and asks her.
    await beaPage.keyboard.type(' Again.');
    const dialog = beaPage.locator('er-conflict-dialog dialog[open]');
    await dialog.waitFor();
    await beaPage.getByRole('button', {name: 'Use their version'}).click();
    await waitForText(editorText(beaPage), /Cal wrote that\./);
    await waitForText(saveStatus(beaPage), 'Saved');
    assert.equal(fileText((await beaApi.getDocument(documentId)).content), 'Flu jab\nCal wrote that.');
    assert.deepEqual(errors(), []);
    await close();
  });
});
