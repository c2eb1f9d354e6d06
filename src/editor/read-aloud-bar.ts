import {LitElement, html} from 'lit';
import {customElement, property, query, state} from 'lit/decorators.js';
import type {EditorState} from 'prosemirror-state';
import type {Node as PMNode} from 'prosemirror-model';
import {ReadAloud, rateSteps, type ReadAloudOptions} from '../review/read-aloud.js';
import {currentRow} from './commands.js';
import {ReadAloudCloseEvent, SpokenWordEvent} from './events.js';
import {readingBlocks, readingRange, type ReadingBlock, type ReadingScope} from './read-aloud-text.js';
import {styles} from './read-aloud-bar.styles.js';

const messages = {
  noVoice: 'This browser has no voice, so it cannot read out loud. Try another browser or device.',
  nothing: 'There are no words to read here yet.',
  finished: 'Finished reading.',
  stopped: 'Stopped reading.',
  changed: 'Stopped reading, because the text changed.',
} as const;

/** What each scope is called in the status line. */
const scopeNames: Readonly<Record<ReadingScope | 'part', string>> = {
  selection: 'the words you selected',
  row: 'this row',
  part: 'this part',
  document: 'the whole document',
};

/** The speed words for {@link rateSteps}, in the same order. */
const speedNames: readonly string[] = ['very slow', 'slow', 'a little slow', 'normal', 'a little fast', 'fast'];

/** A read in progress: the blocks, and where it has got to. */
interface Reading {
  readonly blocks: readonly ReadingBlock[];
  readonly doc: PMNode;
  index: number;
  /** Where in the current block this utterance started. */
  offset: number;
  /** The start of the last word spoken in the current block. */
  word: number;
  /** Set before stopping the speech to go on from the last word (at a new speed). */
  restart: boolean;
  /** What to say when it stops. */
  stopMessage: string;
}

/**
 * "Read to me" for authors: reads the selection (or the row the cursor is in), or the
 * whole document, out loud with the browser's speech synthesis, one text block at a time,
 * and says which word it is speaking so the editor can highlight it. Slower and Faster
 * change the speed, going on from the word being spoken. Where the browser has no voice
 * it says so plainly. Reading stops when the text changes, and when the bar is removed.
 *
 * @summary The "Read to me" controls under the editor's toolbar.
 * @fires spoken-word - Reading moved on to a word (`event.range`), or stopped (`null`).
 * @fires read-aloud-close - The user pressed Close or Escape.
 */
@customElement('er-read-aloud-bar')
export class ReadAloudBar extends LitElement {
  static override styles = styles;

  private speech?: ReadAloud;
  private reading?: Reading;

  @query('button') private firstButton!: HTMLButtonElement;

  @state() private status = '';

  /** The editor state to read from. */
  @property({attribute: false}) editorState?: EditorState;

  /** How it speaks (tests give a stub synthesis). Read once, when connected. */
  @property({attribute: false}) speechOptions: ReadAloudOptions = {};

  override connectedCallback(): void {
    super.connectedCallback();
    this.speech ??= new ReadAloud(this, this.speechOptions);
  }

  override disconnectedCallback(): void {
    // Forget the read first, so stopping the speech ends it without a word.
    this.reading = undefined;
    super.disconnectedCallback();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const reading = this.reading;
    if (changed.has('editorState') && reading && this.editorState?.doc !== reading.doc) {
      // The positions of the words were worked out on the old text.
      reading.stopMessage = messages.changed;
      this.speech?.stop();
    }
  }

  /** Moves focus to the first button ("Read this row" or "Read the selection"). */
  override focus(): void {
    void this.updateComplete.then(() => this.firstButton?.focus());
  }

  /** Reads `scope` out loud from the start, stopping whatever was being read. */
  async read(scope: ReadingScope): Promise<void> {
    const speech = this.speech;
    const editorState = this.editorState;
    if (!speech || !editorState || speech.voice === 'none') return;
    const {from, to} = readingRange(editorState, scope);
    const blocks = readingBlocks(editorState.doc, from, to);
    if (blocks.length === 0) {
      this.status = messages.nothing;
      return;
    }
    const reading: Reading = {blocks, doc: editorState.doc, index: 0, offset: 0, word: 0, restart: false, stopMessage: messages.stopped};
    this.reading = reading;
    this.status = `Reading ${scopeNames[scope === 'row' && !currentRow(editorState) ? 'part' : scope]}.`;
    while (reading.index < blocks.length) {
      const block = blocks[reading.index]!;
      const start = reading.offset;
      const finished = await speech.read(block.text.slice(start), {
        onWord: (wordStart, wordEnd) => {
          reading.word = start + wordStart;
          const range = {from: block.position(start + wordStart), to: block.position(start + wordEnd - 1) + 1};
          this.dispatchEvent(new SpokenWordEvent(range));
        },
      });
      // Another read, or the bar going away, took over.
      if (this.reading !== reading) return;
      if (!finished && reading.restart) {
        reading.restart = false;
        reading.offset = reading.word;
        continue;
      }
      if (!finished) break;
      reading.index++;
      reading.offset = reading.word = 0;
    }
    // Where the device turned out to have no voice, the bar says so instead.
    this.status = reading.index === blocks.length ? messages.finished : reading.stopMessage;
    this.reading = undefined;
    this.dispatchEvent(new SpokenWordEvent(null));
  }

  /** Stops reading. */
  stop(): void {
    this.speech?.stop();
  }

  private changeSpeed(step: 'slower' | 'faster'): void {
    const speech = this.speech;
    if (!speech || !(step === 'slower' ? speech.canGoSlower : speech.canGoFaster)) return;
    speech[step]();
    if (!this.reading) return;
    // Say the current word again at the new speed, rather than waiting for the next block.
    this.reading.restart = true;
    speech.stop();
  }

  private close(): void {
    this.speech?.stop();
    this.dispatchEvent(new ReadAloudCloseEvent());
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.close();
  }

  override render() {
    const speech = this.speech;
    const editorState = this.editorState;
    const noVoice = !speech || speech.voice === 'none';
    const selected = editorState !== undefined && !editorState.selection.empty;
    const inRow = editorState !== undefined && currentRow(editorState) !== undefined;
    const hereLabel = selected ? 'Read the selection' : inRow ? 'Read this row' : 'Read this part';
    const speed = speedNames[rateSteps.indexOf(speech?.rate ?? 1)] ?? 'normal';
    const unavailable = (off: boolean) => (off ? 'true' : 'false');
    return html`<div class="read-aloud" part="base" role="group" aria-labelledby="read-aloud-title" @keydown=${this.handleKeydown}>
      <span class="read-aloud__title" id="read-aloud-title">Read to me</span>
      <button type="button" class="read-aloud__button" data-read="here" aria-disabled=${unavailable(noVoice)}
        @click=${() => void this.read(selected ? 'selection' : 'row')}>${hereLabel}</button>
      <button type="button" class="read-aloud__button" data-read="document" aria-disabled=${unavailable(noVoice)}
        @click=${() => void this.read('document')}>Read it all</button>
      <button type="button" class="read-aloud__button" data-action="stop" aria-disabled=${unavailable(!speech?.speaking)}
        @click=${() => this.stop()}>Stop</button>
      <button type="button" class="read-aloud__button" data-action="slower" aria-describedby="read-aloud-speed"
        aria-disabled=${unavailable(!speech?.canGoSlower)} @click=${() => this.changeSpeed('slower')}>Slower</button>
      <button type="button" class="read-aloud__button" data-action="faster" aria-describedby="read-aloud-speed"
        aria-disabled=${unavailable(!speech?.canGoFaster)} @click=${() => this.changeSpeed('faster')}>Faster</button>
      <span class="read-aloud__speed" id="read-aloud-speed">Speed: ${speed}</span>
      <button type="button" class="read-aloud__button" data-action="close" @click=${() => this.close()}>Close</button>
      <p class="read-aloud__status" role="status">${noVoice ? messages.noVoice : this.status}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'er-read-aloud-bar': ReadAloudBar;
  }
}
