import assert from 'node:assert/strict';
import {mkdirSync} from 'node:fs';
import {describe, it} from 'node:test';
import type {Page} from 'playwright-core';
import {useApp} from './app-fixture.js';
import {rowsFile} from '../src/document/rows-file.js';
import {admin, createAdmin, editorText, fileText, saveStatus, waitForText} from './support.js';

/** Presses `keys` as a chord, for example `['Control', 'Alt', 'p']`. */
async function chord(page: Page, keys: readonly string[]): Promise<void> {
  await page.keyboard.press(keys.join('+'));
}

/**
 * Writes one row: its text, then a picture found by `search` and chosen with the keyboard.
 * `count` is how many pictures the page has once this one is placed.
 */
async function writeRow(page: Page, text: string, search: string, alt: string, count: number): Promise<void> {
  await page.keyboard.type(text);
  await chord(page, ['Control', 'Alt', 'p']);
  const picker = page.locator('er-picture-picker');
  await picker.getByRole('heading', {name: 'Choose a picture'}).waitFor();
  await picker.getByLabel('Search for a picture').fill(search);
  await waitForText(picker.locator('.picker__status'), /pictures? found/);
  await page.keyboard.press('Tab'); // into the pictures: one tab stop
  await page.keyboard.press('Enter'); // choose the first
  const altInput = picker.getByLabel('Describe the picture');
  assert.equal(await altInput.inputValue(), '', "the description starts empty: a symbol's name is not one");
  await altInput.fill(alt);
  await picker.getByRole('button', {name: 'Place picture'}).click();
  await page.locator('er-editor .er-row__img').nth(count - 1).waitFor();
}

describe('writing an easy read page through npm start', {timeout: 180_000}, () => {
  const fixture = useApp();

  it('writes three rows with pictures and alt text, and finds them all after a reload', async () => {
    const api = await createAdmin(fixture.app);
    const {page, errors} = await fixture.signIn(admin);

    await page.getByRole('button', {name: 'New document'}).click();
    await editorText(page).waitFor();
    // The new document's title has the focus: no click, no Tabs.
    await page.waitForFunction(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      const selection = active?.getRootNode() instanceof ShadowRoot ? (active.getRootNode() as ShadowRoot & {getSelection?: () => Selection | null}).getSelection?.() : null;
      return active?.classList.contains('ProseMirror') === true && (selection?.anchorNode instanceof Element ? selection.anchorNode : selection?.anchorNode?.parentElement)?.closest('.er-title') != null;
    });
    await page.keyboard.type('Seeing your doctor');
    await page.keyboard.press('Enter');

    await writeRow(page, 'You have an appointment with your doctor.', 'doctor', 'a doctor', 1);
    await chord(page, ['Control', 'Alt', 'r']);
    await writeRow(page, 'Take your medicine every day.', 'pill', 'a pill', 2);
    await chord(page, ['Control', 'Alt', 'r']);
    await writeRow(page, 'Call us if you feel ill.', 'telephone', 'a phone', 3);

    const pictures = page.locator('er-editor .er-row__img');
    assert.deepEqual(await pictures.evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).alt)), [
      'a doctor',
      'a pill',
      'a phone',
    ]);
    await waitForText(saveStatus(page), 'Saved', 15_000);
    mkdirSync('e2e-out', {recursive: true});
    await page.screenshot({path: 'e2e-out/editor-three-rows.png', fullPage: true});

    await page.reload();
    await editorText(page).waitFor();
    await waitForText(page.locator('er-editor .er-title'), 'Seeing your doctor');
    const rows = page.locator('er-editor .er-row');
    await rows.nth(2).waitFor();
    assert.equal(await rows.count(), 3);
    assert.deepEqual(await rows.locator('.er-row__text').allTextContents(), [
      'You have an appointment with your doctor.',
      'Take your medicine every day.',
      'Call us if you feel ill.',
    ]);
    assert.deepEqual(await pictures.evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).alt)), [
      'a doctor',
      'a pill',
      'a phone',
    ]);
    // The pictures really load from the server, with their credit kept.
    const loaded = await pictures.evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).naturalWidth > 0));
    assert.deepEqual(loaded, [true, true, true]);

    const [summary] = await api.listDocuments();
    const stored = await api.getDocument(summary!.id);
    assert.equal(fileText(stored.content).split('\n')[0], 'Seeing your doctor');
    const rowsStored = (stored.content.doc['content'] as {type: string; attrs?: {picture?: {alt: string; licence: string}}}[])
      .filter((node) => node.type === 'row')
      .map((node) => [node.attrs?.picture?.alt, node.attrs?.picture?.licence]);
    assert.deepEqual(rowsStored, [
      ['a doctor', 'CC BY-SA 4.0'],
      ['a pill', 'CC BY-SA 4.0'],
      ['a phone', 'CC BY-SA 4.0'],
    ]);
    assert.deepEqual(errors, []);
  });
});

describe('a long document through npm start', {timeout: 180_000}, () => {
  const fixture = useApp();

  it('underlines a long document where the keyboard takes the caret, and lists every problem', async () => {
    const api = await createAdmin(fixture.app);
    const lines = Array.from({length: 800}, (_, i) => ({text: `Line ${i + 1}: we will utilise the ward.`}));
    const {id} = await api.createDocument({content: rowsFile('A long policy', lines, {written: '2026-12-01', reviewBy: '2027-12-01'})});
    const {page, errors} = await fixture.signIn(admin);
    await page.goto(`${fixture.app.url}/#/documents/${encodeURIComponent(id)}`);
    await editorText(page).waitFor();
    const underlined = (line: number) =>
      page.locator('er-editor .er-row').nth(line - 1).locator('.er-issue[data-rule="difficult-words"]').count();
    // Every problem is listed, but only what is on screen (and a margin) is underlined.
    const listed = await page
      .locator('er-editor')
      .evaluate(async (element) => (await (element as unknown as {check(): Promise<{rule: string}[]>}).check()).filter((f) => f.rule === 'difficult-words').length);
    assert.equal(listed, 800);
    await page.locator('er-editor .er-row').nth(0).locator('.er-issue[data-rule="difficult-words"]').waitFor();
    assert.equal(await underlined(800), 0, 'the far end is not drawn yet');
    await editorText(page).click();
    await page.keyboard.press('Control+End');
    await page.locator('er-editor .er-row').nth(799).locator('.er-issue[data-rule="difficult-words"]').waitFor();
    assert.equal(await underlined(1), 0, 'the start, now far off screen, is no longer drawn');
    assert.deepEqual(errors, []);
  });
});
