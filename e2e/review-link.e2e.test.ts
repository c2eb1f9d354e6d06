import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {emptyDocument, toDocumentFile} from '../src/document/document-file.js';
import {useApp} from './app-fixture.js';
import {createAdmin, waitForText} from './support.js';

describe('a review link', {timeout: 120_000}, () => {
  const fixture = useApp();

  it('shows only the version it was made for, with no sign-in, and stops working when revoked', async () => {
    const api = await createAdmin(fixture.app);
    const doc = await api.createDocument({content: toDocumentFile(emptyDocument('Your blood test'))});
    const version = await api.createVersion(doc.id, doc.revision, {errors: 0, warnings: 0, info: 0});
    const invite = await api.createInvite(doc.id, {versionId: version.id});
    assert.match(invite.url, /\/review#/);

    const {page, errors} = await fixture.newPage(`/review#${invite.token}`, {width: 1000, height: 800});
    await page.getByRole('heading', {name: 'Please check this document'}).waitFor();
    await waitForText(page.locator('er-review-link er-editor .er-title'), 'Your blood test');
    assert.equal(await page.locator('er-review-link er-editor .ProseMirror').getAttribute('contenteditable'), 'false');
    assert.equal(await page.locator('er-app').count(), 0, 'nothing else of the app');
    assert.equal(await page.getByRole('button', {name: 'Sign in'}).count(), 0);

    await api.revokeInvite(invite.id);
    await page.reload();
    await waitForText(page.locator('er-review-link [role=alert]'), 'This link does not work. Ask for a new link.');
    assert.deepEqual(errors, []);
  });
});
