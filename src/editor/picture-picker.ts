import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {customElement, property, query, queryAll, state} from 'lit/decorators.js';
import {live} from 'lit/directives/live.js';
import {repeat} from 'lit/directives/repeat.js';
import {isOnlySymbolName} from '../checks/symbol-name.js';
import {PICTURE_FILE_MESSAGES, readPictureFile} from '../pictures/read-picture-file.js';
import {searchSymbols, suggestionConcepts, type SearchResult} from '../pictures/search-symbols.js';
import {
  loadSymbolIndex,
  OPENMOJI_CREDIT,
  OPENMOJI_LICENCE,
  OPENMOJI_PATH,
  openMojiSrc,
  type PictureSymbol,
  type SymbolIndex,
} from '../pictures/symbol-index.js';
import {PicturePickEvent} from './events/picture-pick-event.js';
import type {Picture} from '../document/schema.js';
import {styles} from './picture-picker.styles.js';

/** The picture chosen so far: an OpenMoji symbol, or the user's own file. */
type Choice =
  | {readonly kind: 'symbol'; readonly symbol: PictureSymbol}
  | {readonly kind: 'upload'; readonly src: string; readonly name: string};

/** The credit an uploaded picture starts with. */
export const OWN_PICTURE_CREDIT = 'Your own picture';

/** How many tiles the results show at most. More would make the dialog long to scroll. */
const RESULT_LIMIT = 48;

const NO_RESULT: SearchResult = {symbols: [], total: 0};

const messages = {
  chooseFirst: 'Choose a picture first.',
  altMissing: 'Write a few words that say what the picture shows.',
  altIsName: 'Say what the picture shows here, not only its name.',
  loadFailed: 'We could not load the pictures. Close this box and try again.',
} as const;

/**
 * A dialog to choose the picture for an easy-read row: search the OpenMoji symbols
 * (it opens with the row's key words in the search box, and their pictures first) or upload a PNG, JPEG or SVG, describe the
 * picture in a few words, then place it.
 *
 * It is a native modal `<dialog>`: focus stays inside, Escape closes it (in the search
 * box, the first Escape clears the words), and focus goes back to what was focused
 * before `open()`. The results are one tab stop;
 * arrow keys, Home and End move between tiles; Enter or Space chooses one.
 *
 * @summary Dialog to choose a picture for an easy-read row.
 * @fires picture-pick - {@link PicturePickEvent}: the user placed a picture
 *   (`event.picture`: `src`, `alt`, `credit`, `licence`, `symbol`). Bubbles and is
 *   composed, so it leaves the editor's shadow root and the app can handle it.
 * @fires close - The dialog closed, placed or not (a plain `Event`; it does not bubble).
 *   Focus goes back to what was focused before `open()`, unless a listener moves it.
 * @csspart dialog - The `<dialog>` element.
 * @csspart tile - Each picture button in the results.
 */
@customElement('er-picture-picker')
export class PicturePicker extends LitElement {
  static override styles = styles;

  private opener: HTMLElement | null = null;
  private result: SearchResult = NO_RESULT;
  private pendingWork: Promise<unknown> = Promise.resolve();

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('#search') private searchInput!: HTMLInputElement;
  @query('#alt') private altInput!: HTMLInputElement;
  @query('#upload') private fileInput!: HTMLInputElement;
  @queryAll('.tile') private tiles!: NodeListOf<HTMLButtonElement>;

  @state() private index?: SymbolIndex;
  @state() private query = '';
  /** The row's key words, as `open()` put them in the search box. */
  @state() private suggested = '';
  @state() private activeIndex = 0;
  @state() private choice?: Choice;
  @state() private alt = '';
  @state() private credit = OWN_PICTURE_CREDIT;
  @state() private altError = '';
  @state() private chooseError = '';
  @state() private uploadError = '';
  @state() private loadError = '';

  /** The text of the row the picture is for. Its words find the first pictures. `open()` may set it. */
  @property() context = '';

  /**
   * Where tiles load OpenMoji SVGs from, ending in `/`. Documents always store the
   * stable `/openmoji/<HEX>.svg` path, whatever this is.
   */
  @property({attribute: 'picture-base-url'}) pictureBaseUrl = OPENMOJI_PATH;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('query') || changed.has('suggested') || changed.has('context') || changed.has('index')) {
      // While the box still holds the row's own key words, show the row's suggestions.
      const query = this.query === this.suggested ? '' : this.query;
      this.result = this.index ? searchSymbols(this.index, query, {context: this.context, limit: RESULT_LIMIT}) : NO_RESULT;
      const chosen = this.choice?.kind === 'symbol' ? this.result.symbols.indexOf(this.choice.symbol) : -1;
      this.activeIndex = Math.max(chosen, 0);
    }
  }

  // Lets tests and callers `await el.updateComplete` after a file is chosen: reading
  // it is asynchronous, and the message or preview only renders once it is done.
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.pendingWork;
    return super.getUpdateComplete();
  }

  private handleSearchInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  private handleTileClick(symbol: PictureSymbol, position: number): void {
    this.choice = {kind: 'symbol', symbol};
    this.activeIndex = position;
    // The symbol's name is not a description: the user writes what it shows here.
    this.altError = '';
    this.chooseError = '';
    this.uploadError = '';
    // The file input would still name a file that is no longer the choice.
    this.fileInput.value = '';
  }

  private handleResultsKeydown(event: KeyboardEvent): void {
    const tiles = [...this.tiles];
    if (tiles.length === 0 || !(event.target instanceof HTMLButtonElement)) return;
    const columns = columnCount(tiles);
    const steps: Readonly<Record<string, number>> = {ArrowRight: 1, ArrowLeft: -1, ArrowDown: columns, ArrowUp: -columns};
    let next: number;
    if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tiles.length - 1;
    else if (steps[event.key] !== undefined) next = Math.min(Math.max(this.activeIndex + steps[event.key]!, 0), tiles.length - 1);
    else return;
    event.preventDefault();
    this.activeIndex = next;
    tiles[next]!.focus();
  }

  private handleFileChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.uploadError = '';
    this.pendingWork = readPictureFile(file).then((result) => {
      // The user may have chosen another file while this one was read.
      if (input.files?.[0] !== file) return;
      if (!result.ok) {
        this.uploadError = result.message;
        input.value = '';
        return;
      }
      this.choice = {kind: 'upload', src: result.src, name: file.name};
      // A file name is not a description: the user writes the alt text.
      this.alt = '';
      this.credit = OWN_PICTURE_CREDIT;
      this.altError = '';
      this.chooseError = '';
    }, (error: unknown) => {
      console.warn('er-picture-picker: could not read the chosen file', error);
      this.uploadError = PICTURE_FILE_MESSAGES.unreadable;
    });
  }

  private handleAltInput(event: Event): void {
    this.alt = (event.target as HTMLInputElement).value;
    if (this.alt.trim() !== '') this.altError = '';
  }

  private handleCreditInput(event: Event): void {
    this.credit = (event.target as HTMLInputElement).value;
  }

  private handlePlaceClick(): void {
    const choice = this.choice;
    if (!choice) {
      this.chooseError = messages.chooseFirst;
      this.searchInput.focus();
      return;
    }
    const alt = this.alt.trim();
    if (alt === '' || (choice.kind === 'symbol' && isOnlySymbolName(alt, choice.symbol.label))) {
      this.altError = alt === '' ? messages.altMissing : messages.altIsName;
      this.altInput.focus();
      return;
    }
    const picture: Picture =
      choice.kind === 'symbol'
        ? {src: openMojiSrc(choice.symbol.hexcode), alt, credit: OPENMOJI_CREDIT, licence: OPENMOJI_LICENCE, symbol: choice.symbol.hexcode}
        : {src: choice.src, alt, credit: this.credit.trim() || OWN_PICTURE_CREDIT, licence: '', symbol: ''};
    this.dispatchEvent(new PicturePickEvent(picture));
    this.close();
  }

  private handleDialogClose(): void {
    const opener = this.opener;
    this.opener = null;
    // The native dialog's `close` does not leave this shadow root: tell the owner.
    this.dispatchEvent(new Event('close'));
    // A `close` listener may have moved focus on purpose (into the text, say); leave it there.
    const focused = deepActiveElement();
    const movedByOwner = focused !== null && focused !== document.body && !this.shadowRoot!.contains(focused);
    if (opener?.isConnected && (!movedByOwner || focused === opener)) opener.focus();
  }

  private renderResults() {
    const chosen = this.choice?.kind === 'symbol' ? this.choice.symbol : undefined;
    return html`
      <ul class="picker__results" aria-label="Pictures" @keydown=${this.handleResultsKeydown}>
        ${repeat(
          this.result.symbols,
          (symbol) => symbol.hexcode,
          (symbol, i) => html`
            <li class="picker__result">
              <button type="button" class="tile" part="tile" tabindex=${i === this.activeIndex ? 0 : -1}
                aria-pressed=${symbol === chosen ? 'true' : 'false'} @click=${() => this.handleTileClick(symbol, i)}>
                <img class="tile__image" src=${`${this.pictureBaseUrl}${symbol.hexcode}.svg`} alt="" width="96" height="96" decoding="async" />
                <span class="tile__label">${symbol.label}</span>
                ${symbol === chosen ? html`<span class="tile__check" aria-hidden="true">✓</span>` : nothing}
              </button>
            </li>
          `
        )}
      </ul>
    `;
  }

  private renderChoice() {
    const choice = this.choice;
    if (!choice) return html`<p class="picker__choice">No picture chosen yet.</p>`;
    const src = choice.kind === 'symbol' ? `${this.pictureBaseUrl}${choice.symbol.hexcode}.svg` : choice.src;
    const name = choice.kind === 'symbol' ? choice.symbol.label : `your file ${choice.name}`;
    return html`
      <p class="picker__choice">
        <img class="picker__preview" src=${src} alt="" width="96" height="96" />
        <span>You chose: ${name}.</span>
      </p>
    `;
  }

  private renderCredit() {
    if (this.choice?.kind !== 'upload') {
      return html`<p class="picker__credit">Pictures from OpenMoji are credited as: ${OPENMOJI_CREDIT}</p>`;
    }
    return html`
      <div class="picker__field">
        <label class="picker__label" for="credit">Who made the picture</label>
        <input id="credit" class="picker__input" type="text" autocomplete="off" .value=${live(this.credit)} @input=${this.handleCreditInput} />
      </div>
    `;
  }

  private statusText(): string {
    if (this.loadError) return this.loadError;
    if (!this.index) return 'Loading pictures…';
    const {total, symbols} = this.result;
    if (total === 0) return 'No pictures found. Try a different word.';
    const found = total === 1 ? '1 picture found.' : `${total} pictures found.`;
    if (this.suggested !== '' && this.query === this.suggested) return `Pictures for the words in this row. ${found}`;
    return symbols.length < total ? `${found} Showing the first ${symbols.length}.` : found;
  }

  /**
   * Opens the dialog with the search box focused, holding the row's key words (the
   * {@link suggestionConcepts} of `context`), and nothing chosen or described yet.
   * `context` replaces the row text when given. Resolves once the pictures are shown.
   */
  async open(context?: string): Promise<void> {
    if (context !== undefined) this.context = context;
    this.opener = deepActiveElement();
    this.suggested = this.query = suggestionConcepts(this.context).join(' ');
    this.choice = undefined;
    this.alt = '';
    this.credit = OWN_PICTURE_CREDIT;
    this.altError = this.chooseError = this.uploadError = '';
    await this.updateComplete;
    this.fileInput.value = '';
    if (!this.dialog.open) this.dialog.showModal();
    this.searchInput.focus();
    if (!this.index) {
      try {
        this.index = await loadSymbolIndex();
        this.loadError = '';
      } catch (error: unknown) {
        console.warn('er-picture-picker: could not load the OpenMoji index', error);
        this.loadError = messages.loadFailed;
      }
    }
    await this.updateComplete;
  }

  /** Closes the dialog without placing a picture. Focus goes back to where it was before `open()`. */
  close(): void {
    if (this.dialog?.open) this.dialog.close();
  }

  protected override render() {
    return html`
      <dialog class="picker" part="dialog" aria-labelledby="picker-title" @close=${this.handleDialogClose}>
        <h2 id="picker-title" class="picker__title">Choose a picture</h2>
        <div class="picker__body">
          <section class="picker__section" aria-labelledby="find-title">
            <h3 id="find-title" class="picker__heading">Find a picture</h3>
            <label class="picker__label" for="search">Search for a picture</label>
            <p class="picker__hint" id="search-hint">Type a word, like doctor, pill or phone.</p>
            <input id="search" class="picker__input" type="search" autocomplete="off" spellcheck="false"
              aria-describedby="search-hint" .value=${live(this.query)} @input=${this.handleSearchInput} />
            <p class="picker__status" role="status">${this.statusText()}</p>
            ${this.renderResults()}
          </section>
          <div class="picker__side">
            <section class="picker__section" aria-labelledby="upload-title">
              <h3 id="upload-title" class="picker__heading">Or use your own picture</h3>
              <label class="picker__label" for="upload">Choose a picture file</label>
              <p class="picker__hint" id="upload-hint">A PNG, JPEG or SVG file under 2 MB.</p>
              <input id="upload" class="picker__file" type="file" accept=".png,.jpg,.jpeg,.svg,image/png,image/jpeg,image/svg+xml"
                aria-describedby=${this.uploadError ? 'upload-hint upload-error' : 'upload-hint'}
                aria-invalid=${this.uploadError ? 'true' : nothing} @change=${this.handleFileChange} />
              ${errorText('upload-error', this.uploadError)}
            </section>
            <section class="picker__section" aria-labelledby="chosen-title">
              <h3 id="chosen-title" class="picker__heading">Your picture</h3>
              ${this.renderChoice()} ${errorText('choose-error', this.chooseError)}
              <div class="picker__field">
                <label class="picker__label" for="alt">Describe the picture</label>
                <p class="picker__hint" id="alt-hint">Say what the picture shows, in a few plain words. People who cannot see it will hear them.</p>
                <input id="alt" class="picker__input" type="text" autocomplete="off" aria-required="true"
                  aria-describedby=${this.altError ? 'alt-hint alt-error' : 'alt-hint'}
                  aria-invalid=${this.altError ? 'true' : nothing} .value=${live(this.alt)} @input=${this.handleAltInput} />
                ${errorText('alt-error', this.altError)}
              </div>
              ${this.renderCredit()}
            </section>
            <div class="picker__actions">
              <button type="button" class="picker__button picker__button--primary" @click=${this.handlePlaceClick}>Place picture</button>
              <button type="button" class="picker__button" @click=${this.close}>Cancel</button>
            </div>
          </div>
        </div>
      </dialog>
    `;
  }
}

/** Whether a description only repeats the symbol's name ("record button"), ignoring case and spaces. */
function errorText(id: string, message: string) {
  return message ? html`<p class="picker__error" id=${id} role="alert">${message}</p>` : nothing;
}

/** How many tiles sit on the first row, so Up and Down move by one row whatever the width or zoom. */
function columnCount(tiles: readonly HTMLElement[]): number {
  const top = tiles[0]!.getBoundingClientRect().top;
  const firstOnNextRow = tiles.findIndex((tile) => Math.abs(tile.getBoundingClientRect().top - top) > 2);
  return firstOnNextRow === -1 ? tiles.length : firstOnNextRow;
}

/** The focused element, looking inside shadow roots (the opener is often inside the editor's). */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

declare global {
  interface HTMLElementTagNameMap {
    'er-picture-picker': PicturePicker;
  }
}
