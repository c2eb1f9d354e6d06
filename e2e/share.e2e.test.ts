import assert from 'node:assert/strict';
import {before, describe, it} from 'node:test';
import type {ApiClient} from '../src/app/api-client.js';
import {useApp} from './app-fixture.js';
import {apiClient, createAdmin, createAuthor, editorText, fileText, saveStatus, waitForText, type Account} from './support.js';

const ann: Account = {name: 'Ann Author', email: 'ann@example.nhs.uk', password: 'ann has a long password'};
const bea: Account = {name: 'Bea Author', email: 'bea@example.nhs.uk', password: 'bea has a long password'};

/** Waits until the server holds `title` as the first line of document `id`, read as `api`. */
async function waitUntilSaved(api: ApiClient, id: string, title: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let got = '';
  while (Date.now() < end) {
    got = fileText((await api.getDocument(id)).content).split('\n')[0] ?? '';
    if (got === title) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.fail(`Expected the server to hold “${title}”, but it held “${got}”`);
}

describe('an author shares a document with another author, and stops', {timeout: 180_000}, () => {
  const fixture = useApp();
  let beaApi: ApiClient;

  before(async () => {
    const adminApi = await createAdmin(fixture.app);
    await createAuthor(adminApi, ann);
    await createAuthor(adminApi, bea);
    beaApi = apiClient(fixture.app);
    await beaApi.signIn(bea.email, bea.password);
  });

  it('shares through the panel; the other author opens and edits it; after stopping, they no longer see it', async () => {
    // Ann starts a document and shares it with Bea from the editing screen.
    const annSide = await fixture.signIn(ann);
    const annPage = annSide.page;
    await annPage.getByRole('button', {name: 'New document'}).click();
    await editorText(annPage).waitFor();
    await annPage.locator('er-editor .er-title').click();
    await annPage.keyboard.type('Clinic times');
    await waitForText(saveStatus(annPage), 'Saved', 15_000);
    const documentId = decodeURIComponent(new URL(annPage.url()).hash.replace('#/documents/', ''));

    const panel = annPage.locator('er-share-panel');
    await waitForText(panel.locator('.panel'), /This document is not shared with anyone\./);
    await panel.getByLabel('Share with').selectOption({label: bea.name});
    await panel.getByRole('button', {name: 'Share', exact: true}).focus();
    await annPage.keyboard.press('Enter');
    await waitForText(panel.getByRole('status'), 'Shared with Bea Author.');
    await panel.getByRole('button', {name: 'Stop sharing with Bea Author'}).waitFor();

    // Bea sees it in her list, opens it, and edits it; she cannot share it herself.
    const beaSide = await fixture.signIn(bea);
    const beaPage = beaSide.page;
    await beaPage.getByRole('link', {name: 'Clinic times'}).click();
    await waitForText(editorText(beaPage), /Clinic times/);
    await waitForText(saveStatus(beaPage), 'Saved');
    assert.equal(await beaPage.locator('er-share-panel').count(), 0, 'only the owner (or an admin) sees the share panel');
    await beaPage.locator('er-editor .er-title').click();
    await beaPage.keyboard.press('End');
    await beaPage.keyboard.type(' and places');
    await waitForText(saveStatus(beaPage), 'Saved', 15_000);
    await waitUntilSaved(beaApi, documentId, 'Clinic times and places');

    // Ann stops sharing; Bea's list no longer has it, and the server refuses it to her.
    await panel.getByRole('button', {name: 'Stop sharing with Bea Author'}).click();
    await waitForText(panel.getByRole('status'), 'Stopped sharing with Bea Author.');
    await waitForText(panel.locator('.panel'), /This document is not shared with anyone\./);

    await beaPage.getByRole('link', {name: '← All documents'}).click();
    await waitForText(beaPage.locator('er-team-document-list .team__status'), /There are no team documents yet\./);
    assert.equal(await beaPage.getByRole('link', {name: /Clinic times/}).count(), 0, 'Bea no longer sees the document');
    assert.deepEqual(
      (await beaApi.listDocuments()).map((d) => d.title),
      [],
      'the server no longer lists it for Bea'
    );
    assert.deepEqual([...annSide.errors, ...beaSide.errors], []);
    await annSide.context.close();
    await beaSide.context.close();
  });
});
