import {LitElement, html, nothing} from 'lit';
import {customElement, property, state} from 'lit/decorators.js';
import {ReadAloud, type ReadAloudOptions} from '../review/read-aloud.js';
import {renderNode, type JsonNode} from './document-render.js';
import {fetchRelease, type ReleaseView} from './release-source.js';
import {viewerStyles} from './document-viewer.styles.js';

/** The text sizes "Bigger text" and "Smaller text" step through, in CSS pixels. */
const textSizes: readonly number[] = [18, 21, 24, 28, 32, 40];
const sizeKey = 'er-document-text-size';

function longDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString('en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
}

/**
 * A released easy-read leaflet, read-only: its rows with their pictures, **Read to me**
 * (each block read in turn, each word highlighted as it is spoken, slower or faster),
 * bigger or smaller text (remembered on this device), print, and the PDF and Word files.
 * It says who checked it, when it is due for review, and when a newer version exists.
 *
 * Give it `release` (and `server` when the leaflet lives on another site), or set
 * `.release-data` directly with a release record.
 *
 * @summary A released easy-read leaflet, with "Read to me".
 * @fires er-error - The leaflet could not be loaded (`event.message`, plain words).
 * @csspart base - The whole viewer.
 * @csspart toolbar - The row of buttons.
 * @csspart row - Each easy-read row.
 * @cssprop --er-font-family - The leaflet's font (default: a system sans-serif).
 * @cssprop --er-accent - Buttons and links (default NHS blue `#005eb8`).
 * @cssprop --er-focus-ring - The focus outline colour (default `#ffb81c`).
 * @cssprop --er-radius - Corner radius of buttons (default `6px`).
 */
@customElement('er-document')
export class DocumentViewer extends LitElement {
  static override styles = viewerStyles;

  /** The release's id. */
  @property() release = '';

  /** The team server's address (default: this page's own). */
  @property() server = '';

  /** The release record, when the page already has it (instead of `release`). */
  @property({attribute: false}) releaseData?: ReleaseView;

  /** Options for reading out loud, read once, before the first render (tests give a stub of the browser's synthesis). */
  @property({attribute: false}) speechOptions?: ReadAloudOptions;

  @state() private error = '';
  @state() private sizeIndex = 0;
  @state() private reading = false;

  private speech?: ReadAloud;
  private loadRun = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    const stored = textSizes.indexOf(Number(globalThis.localStorage?.getItem(sizeKey)));
    this.sizeIndex = stored >= 0 ? stored : 0;
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // Made at the first update, so `speechOptions` set with the element's other properties counts.
    this.speech ??= new ReadAloud(this, this.speechOptions);
    if ((changed.has('release') || changed.has('server')) && this.release) void this.load();
  }

  override updated(): void {
    // Through the CSSOM, not a style attribute, so a page's strict CSP (no 'unsafe-inline') allows it.
    this.style.setProperty('--er-text-size', `${textSizes[this.sizeIndex]}px`);
  }

  private async load(): Promise<void> {
    const run = ++this.loadRun;
    this.error = '';
    try {
      const data = await fetchRelease(this.server, this.release);
      if (run === this.loadRun) this.releaseData = data;
    } catch (error) {
      if (run !== this.loadRun) return;
      this.error = error instanceof Error ? error.message : 'We cannot show this leaflet now.';
      this.dispatchEvent(Object.assign(new Event('er-error', {bubbles: true, composed: true}), {message: this.error}));
    }
  }

  private setSize(step: number): void {
    this.sizeIndex = Math.min(Math.max(this.sizeIndex + step, 0), textSizes.length - 1);
    globalThis.localStorage?.setItem(sizeKey, String(textSizes[this.sizeIndex]));
  }

  /** Reads every block of the leaflet in order, highlighting each word. */
  private async readAll(): Promise<void> {
    const speech = this.speech!;
    if (this.reading) {
      this.reading = false;
      speech.stop();
      return;
    }
    this.reading = true;
    const blocks = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-read]')];
    for (const block of blocks) {
      if (!this.reading) break;
      block.classList.add('reading');
      block.scrollIntoView?.({block: 'nearest'});
      const finished = await speech.read(block.textContent ?? '', {onWord: (start, end) => this.highlight(block, start, end)});
      block.classList.remove('reading');
      if (!finished) break;
    }
    this.clearHighlight();
    this.reading = false;
  }

  /** Marks the spoken word with the CSS Custom Highlight API, which changes no DOM. */
  private highlight(block: HTMLElement, start: number, end: number): void {
    if (typeof Highlight === 'undefined' || !CSS.highlights) return;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let offset = 0;
    let started = false;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (!started && start < offset + length) {
        range.setStart(node, start - offset);
        started = true;
      }
      if (started && end <= offset + length) {
        range.setEnd(node, end - offset);
        CSS.highlights.set('er-spoken-word', new Highlight(range));
        return;
      }
      offset += length;
    }
  }

  private clearHighlight(): void {
    if (typeof CSS !== 'undefined' && CSS.highlights) CSS.highlights.delete('er-spoken-word');
  }

  private fileUrl(kind: 'pdf' | 'docx'): string {
    return `${this.server.replace(/\/$/, '')}/api/releases/${encodeURIComponent(this.releaseData?.id ?? this.release)}/leaflet.${kind}`;
  }

  private renderNotices(data: ReleaseView) {
    const overdue = data.reviewBy && data.reviewBy < new Date().toISOString().slice(0, 10);
    return html`${data.supersededBy
      ? html`<p class="notice">
          There is a newer version.
          <a href=${`${this.server.replace(/\/$/, '')}/r/${encodeURIComponent(data.supersededBy)}`}>See the newer version</a>
        </p>`
      : nothing}
    ${overdue ? html`<p class="notice">This leaflet was due for review on ${longDate(data.reviewBy)}. It may be out of date.</p>` : nothing}`;
  }

  override render() {
    if (this.error) return html`<p class="notice" role="alert">${this.error}</p>`;
    const data = this.releaseData;
    if (!data) return html`<p role="status">Getting the leaflet…</p>`;
    const speech = this.speech!;
    const noVoice = speech.voice === 'none';
    return html`<div class="viewer" part="base">
      <div class="toolbar" part="toolbar" role="group" aria-label="Leaflet tools">
        <button type="button" aria-pressed=${this.reading ? 'true' : 'false'} ?disabled=${noVoice} @click=${() => this.readAll()}>
          ${this.reading ? 'Stop reading' : 'Read to me'}
        </button>
        <button type="button" ?disabled=${!speech.canGoSlower} @click=${() => speech.slower()}>Slower</button>
        <button type="button" ?disabled=${!speech.canGoFaster} @click=${() => speech.faster()}>Faster</button>
        <button type="button" ?disabled=${this.sizeIndex === 0} @click=${() => this.setSize(-1)}>Smaller text</button>
        <button type="button" ?disabled=${this.sizeIndex === textSizes.length - 1} @click=${() => this.setSize(1)}>Bigger text</button>
        <button type="button" @click=${() => window.print()}>Print</button>
        <a href=${this.fileUrl('pdf')} download>Download PDF</a>
        <a href=${this.fileUrl('docx')} download>Download Word</a>
      </div>
      ${noVoice ? html`<p class="notice">Reading out loud does not work on this device.</p>` : nothing}
      ${this.renderNotices(data)}
      <div class="leaflet" lang="en-GB">${renderNode(data.content.doc as unknown as JsonNode, {server: this.server})}</div>
      <footer class="credits">
        ${data.credit ? html`<p><strong>${data.credit}</strong></p>` : nothing}
        <p>Released on ${longDate(data.releasedAt)}.${data.reviewBy ? ` Review by ${longDate(data.reviewBy)}.` : ''}</p>
        ${data.pictureCredits.map((credit) => html`<p class="credits__picture">${credit}</p>`)}
      </footer>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'er-document': DocumentViewer;
  }
}
