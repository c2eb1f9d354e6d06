import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {toDocumentFile} from '../src/document/document-file.js';
import {schema} from '../src/document/schema.js';
import type {Editor} from '../src/editor/editor.js';
import type {Toolbar} from '../src/editor/toolbar.js';
import type {ReadAloudBar} from '../src/editor/read-aloud-bar.js';
import type {SpokenWordEvent} from '../src/editor/events.js';
import '../src/editor/editor.js';

/** "Read to me" in the editor, with a stub of the browser's speech synthesis. */

/** Records what it is asked to say; the test plays the browser's part with {@link word} and {@link end}. */
class SpeechStub extends EventTarget {
  readonly spoken: SpeechSynthesisUtterance[] = [];
  cancelled = 0;
  voices: unknown[] = [{name: 'Test voice'}];
  private readonly waiting: ((utterance: SpeechSynthesisUtterance) => void)[] = [];

  speak(utterance: SpeechSynthesisUtterance): void {
    this.spoken.push(utterance);
    this.waiting.shift()?.(utterance);
  }
  cancel(): void {
    this.cancelled++;
  }
  getVoices(): readonly unknown[] {
    return this.voices;
  }
  /** The next utterance it is asked to speak. */
  next(): Promise<SpeechSynthesisUtterance> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }
  get last(): SpeechSynthesisUtterance {
    return this.spoken.at(-1)!;
  }
}

/** The browser reaching a word: `charLength` is left out by some browsers. */
function word(utterance: SpeechSynthesisUtterance, charIndex: number, charLength?: number): void {
  utterance.dispatchEvent(new SpeechSynthesisEvent('boundary', {utterance, charIndex, charLength, name: 'word'}));
}

function end(utterance: SpeechSynthesisUtterance): void {
  utterance.dispatchEvent(new SpeechSynthesisEvent('end', {utterance}));
}

let stub: SpeechStub;

function useSynthesis(synthesis: SpeechStub | undefined): void {
  Object.defineProperty(window, 'speechSynthesis', {value: synthesis, configurable: true, writable: true});
}

async function open(options: {readonly?: boolean} = {}) {
  const doc = schema.node('doc', null, [
    schema.node('title', null, schema.text('Your visit')),
    schema.node('row', null, schema.node('paragraph', null, [schema.text('Take '), schema.text('one', [schema.marks['strong']!.create()]), schema.text(' pill.')])),
    schema.node('row', null, schema.node('paragraph', null, schema.text('Drink water.'))),
  ]);
  const editor = await fixture<Editor>(html`<er-editor ?readonly=${options.readonly ?? false} .value=${toDocumentFile(doc)}></er-editor>`);
  const toolbar = editor.shadowRoot!.querySelector<Toolbar>('er-toolbar')!;
  const readButton = () => toolbar.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="read-aloud"]')!;
  const bar = () => toolbar.shadowRoot!.querySelector<ReadAloudBar>('er-read-aloud-bar');
  const barButton = (name: string) =>
    [...bar()!.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === name)!;
  const status = () => bar()!.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
  const highlighted = () => [...editor.shadowRoot!.querySelectorAll('.er-spoken-word')].map((el) => el.textContent).join('');
  const openBar = async () => {
    readButton().click();
    await toolbar.updateComplete;
    await bar()!.updateComplete;
  };
  return {editor, toolbar, readButton, bar, barButton, status, highlighted, openBar};
}

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('Read to me', () => {
  beforeEach(() => {
    localStorage.removeItem('er-read-aloud-rate');
    stub = new SpeechStub();
    useSynthesis(stub);
  });
  afterEach(() => {
    delete (window as {speechSynthesis?: unknown}).speechSynthesis;
  });

  it('opens from the toolbar with focus on its first button, and is accessible', async () => {
    const {editor, readButton, bar, openBar} = await open();
    expect(readButton().textContent).to.contain('Read to me');
    expect(readButton().getAttribute('aria-expanded')).to.equal('false');
    expect(bar()).to.equal(null);
    editor.selectRange(20);
    await openBar();
    expect(readButton().getAttribute('aria-expanded')).to.equal('true');
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Read this row');
    await expect(editor).to.be.accessible();
  });

  it('reads the row the cursor is in and highlights each word as it is spoken', async () => {
    const {editor, barButton, status, highlighted, toolbar, openBar} = await open();
    editor.selectRange(editor.state.doc.content.size - 3); // in "Drink water."
    await openBar();
    barButton('Read this row').click();
    expect(stub.spoken.map((utterance) => utterance.text)).to.deep.equal(['Drink water.']);
    expect(stub.last.rate).to.equal(1);
    word(stub.last, 0, 5);
    expect(highlighted()).to.equal('Drink');
    word(stub.last, 6);
    expect(highlighted(), 'the end of a word without charLength is found in the text').to.equal('water');
    await toolbar.updateComplete;
    expect(status()).to.equal('Reading this row.');
    await expect(editor).to.be.accessible();
    const cleared = oneEvent<SpokenWordEvent>(toolbar, 'spoken-word');
    end(stub.last);
    expect((await cleared).range).to.equal(null);
    expect(highlighted(), 'no highlight once it has finished').to.equal('');
    await toolbar.updateComplete;
    expect(status()).to.equal('Finished reading.');
  });

  it('reads only the selection when there is one, across marks', async () => {
    const {editor, barButton, highlighted, openBar} = await open();
    const start = editor.state.doc.firstChild!.nodeSize + 2; // the start of "Take one pill."
    editor.selectRange(start + 5, start + 13); // "one pill"
    await openBar();
    barButton('Read the selection').click();
    expect(stub.last.text).to.equal('one pill');
    word(stub.last, 0, 3);
    expect(highlighted()).to.equal('one');
    word(stub.last, 4, 4);
    expect(highlighted()).to.equal('pill');
  });

  it('reads the whole document block by block', async () => {
    const {barButton, status, toolbar, openBar} = await open();
    await openBar();
    barButton('Read it all').click();
    expect(stub.last.text).to.equal('Your visit');
    for (const text of ['Take one pill.', 'Drink water.']) {
      const next = stub.next();
      end(stub.last);
      expect((await next).text).to.equal(text);
    }
    const cleared = oneEvent<SpokenWordEvent>(toolbar, 'spoken-word');
    end(stub.last);
    await cleared;
    await toolbar.updateComplete;
    expect(status()).to.equal('Finished reading.');
  });

  it('goes slower or faster from the word being spoken', async () => {
    const {editor, bar, barButton, highlighted, openBar} = await open();
    editor.selectRange(editor.state.doc.content.size - 3);
    await openBar();
    barButton('Read this row').click();
    word(stub.last, 6, 5);
    const next = stub.next();
    barButton('Slower').click();
    const again = await next;
    expect(again.text).to.equal('water.');
    expect(again.rate).to.be.closeTo(0.8, 0.001);
    word(again, 0, 5);
    expect(highlighted()).to.equal('water');
    await bar()!.updateComplete;
    expect(bar()!.shadowRoot!.textContent).to.contain('Speed: a little slow');
    barButton('Faster').click();
    barButton('Faster').click();
    await bar()!.updateComplete;
    expect(stub.last.rate).to.be.closeTo(1.2, 0.001);
    expect(localStorage.getItem('er-read-aloud-rate'), 'the speed is remembered').to.equal('1.2');
  });

  it('stops when the text changes, and Escape closes it with focus back on "Read to me"', async () => {
    const {editor, toolbar, bar, barButton, status, readButton, highlighted, openBar} = await open();
    editor.selectRange(editor.state.doc.content.size - 3);
    await openBar();
    barButton('Read this row').click();
    word(stub.last, 0, 5);
    const cleared = oneEvent<SpokenWordEvent>(toolbar, 'spoken-word');
    editor.execute((state, dispatch) => {
      dispatch?.(state.tr.insertText('!', state.doc.content.size - 2));
      return true;
    });
    await cleared;
    await bar()!.updateComplete;
    expect(status()).to.equal('Stopped reading, because the text changed.');
    expect(highlighted()).to.equal('');
    barButton('Read this row').focus();
    await sendKeys({press: 'Escape'});
    await editor.updateComplete;
    expect(bar()).to.equal(null);
    expect(deepActiveElement()).to.equal(readButton());
  });

  it('works in a read-only editor', async () => {
    const {readButton, barButton, openBar} = await open({readonly: true});
    expect(readButton().getAttribute('aria-disabled')).to.equal(null);
    await openBar();
    barButton('Read it all').click();
    expect(stub.last.text).to.equal('Your visit');
  });

  it('says plainly when the browser has no voice', async () => {
    stub.voices = [];
    const {editor, barButton, status, bar, openBar} = await open();
    await openBar();
    barButton('Read it all').click();
    await bar()!.updateComplete;
    expect(stub.spoken).to.have.length(0);
    expect(status()).to.equal('This browser has no voice, so it cannot read out loud. Try another browser or device.');
    expect(barButton('Read it all').getAttribute('aria-disabled')).to.equal('true');
    await expect(editor).to.be.accessible();
  });

  it('says so at once where the browser has no speech synthesis at all', async () => {
    useSynthesis(undefined);
    const {status, openBar} = await open();
    await openBar();
    expect(status()).to.contain('This browser has no voice');
  });
});
