import {expect, fixture, html, nextFrame} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {blockIdOf} from '../document/block-ids.js';
import {emptyDocument, toDocumentFile} from '../document/document-file.js';
import type {Editor} from './editor.js';
import {setFeedback} from './plugins/feedback-marks.js';
import './editor.js';

/** An editor with one row, "Stop getting ill.", whose word "ill" three reviewers found hard. */
async function editorWithHardWord() {
  const el = await fixture<Editor>(html`<er-editor .value=${toDocumentFile(emptyDocument('Title'))}></er-editor>`);
  el.selectRange(9);
  await sendKeys({type: 'Stop getting ill.'});
  let rowId = '';
  el.state.doc.forEach((node) => {
    if (node.type.name === 'row') rowId = blockIdOf(node) ?? '';
  });
  const feedback = {understood: {yes: 1, notSure: 0, no: 2}, hardWords: [{word: 'ill', count: 3}]};
  el.execute(setFeedback(new Map([[rowId, feedback]])));
  await nextFrame();
  await el.updateComplete;
  return el;
}

const rowText = (el: Editor) => {
  let text = '';
  el.state.doc.forEach((node) => {
    if (node.type.name === 'row') text = node.textContent;
  });
  return text;
};

describe('hard words in the author\'s text', () => {
  it('marks the word, with the count in words for screen readers, and stays accessible', async () => {
    const el = await editorWithHardWord();
    const word = el.shadowRoot!.querySelector<HTMLElement>('.er-feedback-word')!;
    expect(word.textContent).to.equal('ill');
    expect(word.title).to.equal('3 people found this word hard');
    expect(getComputedStyle(word, '::after').content).to.equal('" (3 people found this hard)"');
    await expect(el).to.be.accessible();
  });

  it('lets the author delete the word with Backspace and type another', async () => {
    const el = await editorWithHardWord();
    // As an author does it: End, then Backspace natively, so the browser's caret passes where the count was.
    await sendKeys({press: 'Home'});
    await sendKeys({press: 'End'});
    for (let i = 0; i < 4; i++) await sendKeys({press: 'Backspace'});
    await sendKeys({type: 'sick.'});
    expect(rowText(el)).to.equal('Stop getting sick.');
  });
});
