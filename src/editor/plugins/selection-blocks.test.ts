import {expect, fixture, html, nextFrame} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {NodeSelection, TextSelection} from 'prosemirror-state';
import {emptyDocument, toDocumentFile} from '../../document/document-file.js';
import {rowsFile} from '../../document/rows-file.js';
import type {Editor} from '../editor.js';
import {SELECTION_BLOCK_CLASS} from './selection-blocks.js';
import '../editor.js';

/**
 * The editor skips laying out blocks away from the screen; a block just made or far away
 * must still take the caret at once, or the first letter typed is lost.
 */

/** The element the caret is in, as the browser sees it (inside the editor's shadow root). */
function caretElement(el: Editor): Element | null {
  const selection = (el.shadowRoot as ShadowRoot & {getSelection(): Selection | null}).getSelection();
  const node = selection?.focusNode ?? null;
  return node instanceof Element ? node : (node?.parentElement ?? null);
}

/** The text of each block marked as holding the selection (a row's text, not its picture buttons). */
const marked = (el: Editor) =>
  [...el.shadowRoot!.querySelectorAll(`.${SELECTION_BLOCK_CLASS}`)].map((block) => (block.querySelector('.er-row__text') ?? block).textContent);
const text = (el: Editor) => el.state.doc.textBetween(0, el.state.doc.content.size, '\n');

describe('blocks holding the selection', () => {
  it('put the caret in the text of a row made in the same moment, and keep the first letter typed', async () => {
    const el = await fixture<Editor>(html`<er-editor></er-editor>`);
    // The new document's blocks are made here and have never been laid out.
    el.value = toDocumentFile(emptyDocument('Title'));
    el.selectRange(9);
    const rowText = el.shadowRoot!.querySelector('.er-row p');
    expect(caretElement(el)?.closest('p') === rowText, 'the caret is in the row text').to.be.true;
    await sendKeys({type: 'Keep me'});
    await nextFrame();
    expect(text(el)).to.equal('Title\nKeep me');
    await expect(el).to.be.accessible();
  });

  it('follow the selection: one block for a caret, both ends of a range, the block of a selected node', async () => {
    const el = await fixture<Editor>(html`<er-editor .value=${rowsFile('Visit', [{text: 'One.'}, {text: 'Two.'}, {text: 'Three.'}])}></er-editor>`);
    el.selectRange(2);
    expect(marked(el)).to.deep.equal(['Visit']);
    const doc = el.state.doc;
    const second = doc.child(0).nodeSize + doc.child(1).nodeSize;
    const third = second + doc.child(2).nodeSize;
    el.selectRange(second + 3, third + 3);
    expect(marked(el)).to.deep.equal(['Two.', 'Three.']);
    await sendKeys({type: 'x'});
    expect(marked(el), 'the range is typed over: one row left').to.deep.equal(['Txhree.']);
    el.execute((state, dispatch) => {
      dispatch?.(state.tr.setSelection(NodeSelection.create(state.doc, doc.child(0).nodeSize)));
      return true;
    });
    expect(marked(el)).to.deep.equal(['One.']);
    el.execute((state, dispatch) => {
      dispatch?.(state.tr.setSelection(TextSelection.create(state.doc, 1)).insertText('Our '));
      return true;
    });
    expect(marked(el)).to.deep.equal(['Our Visit']);
  });
});
