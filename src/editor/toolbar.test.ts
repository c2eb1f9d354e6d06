import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import type {ToolbarActionEvent} from './events.js';
import {sendKeys} from '@web/test-runner-commands';
import {TextSelection} from 'prosemirror-state';
import {emptyDocument} from '../document/document-file.js';
import {createEditorState} from './editor-state.js';
import {toggleBold} from './commands.js';
import type {Toolbar} from './toolbar.js';
import './toolbar.js';

function stateWithText() {
  const state = createEditorState({doc: emptyDocument('Title')});
  const withText = state.apply(state.tr.insertText('Take your tablets', 9));
  return withText.apply(withText.tr.setSelection(TextSelection.create(withText.doc, 14, 18)));
}

const buttons = (el: Toolbar) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
const button = (el: Toolbar, action: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!;

describe('er-toolbar', () => {
  it('renders every tool with a visible label and its shortcut', async () => {
    const el = await fixture<Toolbar>(html`<er-toolbar .editorState=${stateWithText()}></er-toolbar>`);
    expect(buttons(el).map((b) => b.textContent!.replace(/\s+/g, ' ').trim().split(' ').slice(1).join(' '))).to.deep.equal([
      'Heading', 'Bold', 'Bullets', 'Numbers', 'New row', 'Picture', 'Hard word', 'Contact', 'Undo', 'Redo', 'Read to me',
    ]);
    expect(button(el, 'bold').getAttribute('aria-keyshortcuts')).to.match(/^(Control|Meta)\+B$/);
    expect(el.shadowRoot!.querySelector('[role=toolbar]')!.getAttribute('aria-label')).to.equal('Editing tools');
  });

  it('is accessible', async () => {
    const el = await fixture<Toolbar>(html`<er-toolbar .editorState=${stateWithText()}></er-toolbar>`);
    await expect(el).to.be.accessible();
  });

  it('has one tab stop and moves with the arrow keys, Home and End', async () => {
    const el = await fixture<Toolbar>(html`<er-toolbar .editorState=${stateWithText()}></er-toolbar>`);
    expect(buttons(el).filter((b) => b.tabIndex === 0)).to.have.length(1);
    buttons(el)[0]!.focus();
    await sendKeys({press: 'ArrowRight'});
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'bold'));
    await sendKeys({press: 'End'});
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'read-aloud'));
    await sendKeys({press: 'ArrowRight'});
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'heading'), 'wraps round');
    await sendKeys({press: 'ArrowLeft'});
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'read-aloud'));
    await el.updateComplete;
    expect(buttons(el).filter((b) => b.tabIndex === 0)).to.deep.equal([button(el, 'read-aloud')]);
  });

  it('announces the state of toggles with aria-pressed', async () => {
    const state = stateWithText();
    const el = await fixture<Toolbar>(html`<er-toolbar .editorState=${state}></er-toolbar>`);
    expect(button(el, 'bold').getAttribute('aria-pressed')).to.equal('false');
    let bolded = state;
    toggleBold(state, (tr) => (bolded = state.apply(tr)));
    el.editorState = bolded;
    await el.updateComplete;
    expect(button(el, 'bold').getAttribute('aria-pressed')).to.equal('true');
    expect(button(el, 'row').hasAttribute('aria-pressed')).to.equal(false, 'not a toggle');
  });

  it('fires toolbar-action on click and on Enter, and marks what cannot be used', async () => {
    const el = await fixture<Toolbar>(html`<er-toolbar .editorState=${stateWithText()}></er-toolbar>`);
    let event = oneEvent<ToolbarActionEvent>(el, 'toolbar-action');
    button(el, 'row').click();
    expect((await event).action).to.equal('row');
    expect(button(el, 'redo').getAttribute('aria-disabled')).to.equal('true', 'nothing to redo yet');
    expect(button(el, 'undo').hasAttribute('aria-disabled')).to.equal(false, 'the typing can be undone');
    expect(button(el, 'redo').title).to.match(/There is nothing to redo\.$/, 'the tooltip says why');
    expect(getComputedStyle(button(el, 'redo')).borderStyle).to.equal('solid', 'not dashed like an example to fill in');
    button(el, 'contact').focus();
    event = oneEvent<ToolbarActionEvent>(el, 'toolbar-action');
    await sendKeys({press: 'Enter'});
    expect((await event).action).to.equal('contact');
  });

  it('offers only "Read to me" when disabled (a read-only editor)', async () => {
    const el = await fixture<Toolbar>(html`<er-toolbar disabled .editorState=${stateWithText()}></er-toolbar>`);
    const available = buttons(el).filter((b) => b.getAttribute('aria-disabled') !== 'true');
    expect(available).to.deep.equal([button(el, 'read-aloud')]);
    let fired = false;
    el.addEventListener('toolbar-action', () => (fired = true));
    button(el, 'bold').click();
    expect(fired).to.equal(false);
  });
});
