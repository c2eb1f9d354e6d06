import {expect, fixture, html, nextFrame, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {emptyDocument, toDocumentFile} from '../document/document-file.js';
import type {Editor} from './editor.js';
import type {EditorChangeEvent} from './events.js';
import type {PicturePicker} from './picture-picker.js';
import {PicturePickEvent} from './events/picture-pick-event.js';
import {checksKey} from './plugins/checks-plugin.js';
import './editor.js';

const text = (el: Editor) => el.state.doc.textBetween(0, el.state.doc.content.size, '\n');
const topLevel = (el: Editor) => {
  const names: string[] = [];
  el.state.doc.forEach((node) => names.push(node.type.name));
  return names;
};
const toolbarButton = (el: Editor, action: string) =>
  el.shadowRoot!.querySelector('er-toolbar')!.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!;

/** Presses `key` while holding `modifiers` (sendKeys cannot press a chord in one go). */
async function chord(modifiers: readonly string[], key: string) {
  for (const modifier of modifiers) await sendKeys({down: modifier});
  await sendKeys({press: key});
  for (const modifier of [...modifiers].reverse()) await sendKeys({up: modifier});
}

async function settle(el: Editor) {
  await nextFrame();
  await el.updateComplete;
}

/** An editor showing "Title" and one empty row, with the cursor in the row. */
async function editorWithRow() {
  const el = await fixture<Editor>(html`<er-editor .value=${toDocumentFile(emptyDocument('Title'))}></er-editor>`);
  el.selectRange(9);
  return el;
}

describe('er-editor', () => {
  it('renders a toolbar and an editable area with an accessible name', async () => {
    const el = await fixture<Editor>(html`<er-editor label="Leaflet text"></er-editor>`);
    const content = el.shadowRoot!.querySelector('.ProseMirror')!;
    expect(content.getAttribute('role')).to.equal('textbox');
    expect(content.getAttribute('aria-label')).to.equal('Leaflet text');
    expect(content.getAttribute('contenteditable')).to.equal('true');
    expect(el.shadowRoot!.querySelector('er-toolbar')).to.exist;
  });

  it('is accessible', async () => {
    const el = await editorWithRow();
    await sendKeys({type: 'You will see a nurse.'});
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('takes real typing: a title, Enter, then the first row', async () => {
    const el = await fixture<Editor>(html`<er-editor></er-editor>`);
    el.focus();
    await sendKeys({type: 'Going to hospital'});
    await sendKeys({press: 'Enter'});
    await sendKeys({type: 'You have an appointment.'});
    await settle(el);
    expect(topLevel(el)).to.deep.equal(['title', 'row']);
    expect(text(el)).to.equal('Going to hospital\nYou have an appointment.');
    expect(el.value.meta.title).to.equal('Going to hospital');
  });

  it('fires er-change with the new state and the file on each edit, not when value is set', async () => {
    const el = await editorWithRow();
    let fired = 0;
    el.addEventListener('er-change', () => fired++);
    el.value = toDocumentFile(emptyDocument('Other'));
    expect(fired).to.equal(0);
    el.selectRange(9);
    await settle(el);
    fired = 0;
    const edits: EditorChangeEvent[] = [];
    el.addEventListener('er-change', (event) => event.docChanged && edits.push(event));
    await sendKeys({type: 'A'});
    await settle(el);
    expect(edits.length).to.equal(1);
    const [event] = edits as [EditorChangeEvent];
    expect(event.value.format).to.equal('easy-read-studio/1');
    expect(event.state.doc.eq(el.state.doc)).to.equal(true);
  });

  it('runs every toolbar command', async () => {
    const el = await editorWithRow();
    await sendKeys({type: 'Bring your letter'});
    const run = async (action: string) => {
      toolbarButton(el, action).click();
      await settle(el);
    };
    await run('bullet-list');
    expect(el.state.doc.child(1).child(0).type.name).to.equal('bullet_list');
    await run('ordered-list');
    expect(el.state.doc.child(1).child(0).type.name).to.equal('ordered_list');
    await run('ordered-list');
    expect(el.state.doc.child(1).child(0).type.name).to.equal('paragraph');
    el.selectRange(11, 15);
    await run('bold');
    expect(el.state.doc.child(1).child(0).child(1).marks.map((m) => m.type.name)).to.deep.equal(['strong']);
    await run('row');
    expect(topLevel(el)).to.deep.equal(['title', 'row', 'row']);
    await run('hard-word');
    expect(topLevel(el)).to.deep.equal(['title', 'row', 'row', 'hard_word']);
    await run('contact');
    expect(topLevel(el).at(-1)).to.equal('contact');
    expect(el.shadowRoot!.querySelector('.er-contact__label')!.textContent).to.equal('Phone');
    await run('undo');
    expect(topLevel(el)).not.to.include('contact');
    await run('redo');
    expect(topLevel(el).at(-1)).to.equal('contact');
    // A heading lives between rows: make a plain paragraph by lifting text out first.
    el.value = {
      format: 'easy-read-studio/1',
      meta: {title: 'T', audience: '', owner: '', written: '', reviewBy: ''},
      doc: {type: 'doc', content: [{type: 'title', content: [{type: 'text', text: 'T'}]}, {type: 'paragraph', content: [{type: 'text', text: 'Before you come'}]}]},
    };
    el.selectRange(5);
    await settle(el);
    await run('heading');
    expect(el.state.doc.child(1).type.name).to.equal('heading');
    expect(toolbarButton(el, 'heading').getAttribute('aria-pressed')).to.equal('true');
  });

  it('has the keyboard shortcuts the toolbar shows', async () => {
    const el = await editorWithRow();
    await sendKeys({type: 'Rest'});
    await chord(['Control', 'Alt'], 'r');
    await sendKeys({type: 'Drink water'});
    await settle(el);
    expect(topLevel(el)).to.deep.equal(['title', 'row', 'row']);
    expect(el.state.doc.child(2).textContent).to.equal('Drink water');
    await chord(['Control'], 'b');
    await sendKeys({type: ' now'});
    await settle(el);
    expect(el.state.doc.child(2).lastChild!.lastChild!.marks.map((m) => m.type.name)).to.deep.equal(['strong']);
    await chord(['Control'], 'z');
    await settle(el);
    expect(text(el)).not.to.contain('Drink water now');
  });

  it('places a picture in the current row from the picture library', async () => {
    const el = await editorWithRow();
    await sendKeys({type: 'See your doctor'});
    // The library loads on first use, which upgrades the element in the editor's template;
    // opening it moves focus to its search box.
    const picker = el.shadowRoot!.querySelector<PicturePicker>('er-picture-picker')!;
    const opened = oneEvent(picker, 'focusin');
    toolbarButton(el, 'picture').click();
    await opened;
    expect(picker.shadowRoot!.querySelector('dialog')!.open).to.equal(true, 'the library opens');
    // What the picker sends when the user presses "Place picture" (its own tests drive that part).
    picker.dispatchEvent(
      new PicturePickEvent({
        src: '/openmoji/1F9D1-200D-2695-FE0F.svg',
        alt: 'health worker',
        credit: 'OpenMoji',
        licence: 'CC BY-SA 4.0',
        symbol: '1F9D1-200D-2695-FE0F',
      })
    );
    await settle(el);
    expect(el.state.doc.child(1).attrs['picture'].alt).to.equal('health worker');
    const img = el.shadowRoot!.querySelector<HTMLImageElement>('.er-row__img')!;
    expect(img.alt).to.equal('health worker');
    await expect(el).to.be.accessible();
  });

  it('keeps the document and says why when a broken file is given', async () => {
    const el = await editorWithRow();
    await sendKeys({type: 'Keep me'});
    el.value = '{"format": "easy-read-studio/1", "doc": {"type": "doc", "content": [{"type": "script"}]}}';
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('broken');
    expect(text(el)).to.equal('Title\nKeep me');
    el.value = 'not json';
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('not valid JSON');
    await expect(el).to.be.accessible();
  });

  it('is read-only when asked', async () => {
    const el = await fixture<Editor>(html`<er-editor readonly .value=${toDocumentFile(emptyDocument('Fixed'))}></er-editor>`);
    await settle(el);
    const content = el.shadowRoot!.querySelector('.ProseMirror')!;
    expect(content.getAttribute('contenteditable')).to.equal('false');
    expect(content.getAttribute('aria-readonly')).to.equal('true');
    expect(toolbarButton(el, 'bold').getAttribute('aria-disabled')).to.equal('true');
    expect(el.execute((state, dispatch) => Boolean(dispatch?.(state.tr.insertText('x', 1))))).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('works independently when two editors are on one page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <er-editor label="First" .value=${toDocumentFile(emptyDocument('One'))}></er-editor>
      <er-editor label="Second" .value=${toDocumentFile(emptyDocument('Two'))}></er-editor>
    </div>`);
    const [first, second] = [...wrapper.querySelectorAll('er-editor')] as Editor[];
    first!.selectRange(7);
    await sendKeys({type: 'only here'});
    await settle(first!);
    expect(text(first!)).to.equal('One\nonly here');
    expect(text(second!)).to.equal('Two\n');
    second!.selectRange(7);
    await chord(['Control'], 'z');
    expect(text(first!)).to.equal('One\nonly here', 'undo in one editor leaves the other alone');
  });

  it('checks against the plain English profile when asked, keeping the document', async () => {
    const el = await editorWithRow();
    await sendKeys({type: 'We will assist you.'});
    await settle(el);
    expect(checksKey.getState(el.state)!.profile).to.equal('easy-read');
    el.profile = 'plain';
    await settle(el);
    expect(checksKey.getState(el.state)!.profile).to.equal('plain');
    expect(checksKey.getState(el.state)!.readingAgeTarget).to.equal(11);
    expect(text(el)).to.equal('Title\nWe will assist you.');
  });

  it('refuses a range outside the document', async () => {
    const el = await editorWithRow();
    expect(() => el.selectRange(5, 999)).to.throw(RangeError, /outside the document/);
  });
});
