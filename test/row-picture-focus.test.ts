import {expect, fixture, html, nextFrame, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {toDocumentFile} from '../src/document/document-file.js';
import {schema, type Picture} from '../src/document/schema.js';
import type {Editor} from '../src/editor/editor.js';
import type {PicturePicker} from '../src/editor/picture-picker.js';
import type {DocumentWorkspace} from '../src/app/document-workspace.js';
import '../src/app/document-workspace.js';

/** Tab reaches the picture buttons of the row being written, and only that row's. */

const pill: Picture = {src: '/openmoji/1F48A.svg', alt: 'a white pill', credit: 'OpenMoji', licence: 'CC BY-SA 4.0', symbol: '1F48A'};

async function open() {
  const doc = schema.node('doc', null, [
    schema.node('title', null, schema.text('Your medicine')),
    schema.node('row', {picture: pill}, schema.node('paragraph', null, schema.text('Take one pill.'))),
    schema.node('row', null, schema.node('paragraph', null, schema.text('Drink water.'))),
  ]);
  const workspace = await fixture<DocumentWorkspace>(html`<er-document-workspace .file=${toDocumentFile(doc)}></er-document-workspace>`);
  const editor = workspace.shadowRoot!.querySelector<Editor>('er-editor')!;
  await nextFrame();
  await editor.updateComplete;
  const rows = [...editor.shadowRoot!.querySelectorAll<HTMLElement>('.er-row')];
  const buttons = (row: HTMLElement) => [...row.querySelectorAll<HTMLButtonElement>('.er-row__button')];
  const focused = () => editor.shadowRoot!.activeElement;
  return {workspace, editor, rows, buttons, focused};
}

describe('picture buttons on a row', () => {
  it('Tab goes from the text to Change, then Remove, of the row the cursor is in', async () => {
    const {workspace, editor, rows, buttons, focused} = await open();
    editor.selectRange(17); // in "Take one pill."
    const [change, remove] = buttons(rows[0]!);
    expect(buttons(rows[1]!).map((b) => b.tabIndex), 'the other row is not a Tab stop').to.deep.equal([-1]);
    await sendKeys({press: 'Tab'});
    expect(focused()).to.equal(change);
    expect(change!.getAttribute('aria-label')).to.equal('Change picture');
    expect(getComputedStyle(change!).outlineStyle, 'a visible focus ring').to.equal('solid');
    await sendKeys({press: 'Tab'});
    expect(focused()).to.equal(remove);
    await sendKeys({down: 'Shift'});
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Tab'});
    await sendKeys({up: 'Shift'});
    expect(focused()?.classList.contains('ProseMirror'), 'Shift+Tab goes back to the text').to.equal(true);
    await expect(workspace).to.be.accessible();
  });

  it('moves the Tab stop to "Add picture" when the cursor moves to a row without a picture', async () => {
    const {editor, rows, buttons, focused} = await open();
    editor.selectRange(editor.state.doc.content.size - 3); // in "Drink water."
    await editor.updateComplete;
    expect(buttons(rows[0]!).map((b) => b.tabIndex)).to.deep.equal([-1, -1]);
    await sendKeys({press: 'Tab'});
    expect(focused()?.textContent).to.equal('Add picture');
  });

  it('gives focus back to "Add picture" when the picture library is closed without a picture', async () => {
    const {workspace, editor, focused} = await open();
    editor.selectRange(editor.state.doc.content.size - 3);
    await editor.updateComplete;
    await sendKeys({press: 'Tab'});
    const add = focused();
    expect(add?.textContent).to.equal('Add picture');
    // The library loads on first use; opening it moves focus to its search box.
    const picker = editor.shadowRoot!.querySelector<PicturePicker>('er-picture-picker')!;
    const opened = oneEvent(picker, 'focusin');
    await sendKeys({press: 'Enter'});
    await opened;
    expect(picker.shadowRoot!.querySelector('dialog')!.open, 'the library is open').to.equal(true);
    await sendKeys({press: 'Escape'}); // clears the row's words from the search box
    await sendKeys({press: 'Escape'}); // closes
    await picker.updateComplete;
    expect(picker.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
    expect(focused()).to.equal(add);
    await expect(workspace).to.be.accessible();
  });
});
