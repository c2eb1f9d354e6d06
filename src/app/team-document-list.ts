import {LitElement, html, nothing} from 'lit';
import {customElement, property, query, state} from 'lit/decorators.js';
import type {DocumentListItem} from '../../server/api-types.js';
import type {BinEntry, DocumentStatus, DocumentSummary} from './api-client.js';
import {DocumentListActionEvent} from './document-list-action-event.js';
import {openFileButton} from './open-file-button.js';
import {TeamSearchEvent} from './team-search-event.js';
import {styles} from './team-document-list.styles.js';

/** What is waiting to be saved for a document: changes queued offline, or a conflict to settle. */
export type WaitingKind = 'queued' | 'conflict';

/** Each status in plain words. */
export const statusWords: Readonly<Record<DocumentStatus, string>> = {
  draft: 'Draft',
  'in-review': 'In review',
  released: 'Released',
};

const waitingWords: Readonly<Record<WaitingKind, string>> = {
  queued: 'Changes made on this computer are waiting to be saved.',
  conflict: 'Someone else changed this while you were offline. Open it to choose which version to keep.',
};

/** A document as the team list shows it: the server says when its review is due (`reviewDue`). */
export type TeamDocument = DocumentSummary & {readonly reviewDue?: DocumentListItem['reviewDue']};

const savedFormat = new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit'});
const dayFormat = new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});

/** `YYYY-MM-DD` as "3 March 2027". */
function longDay(iso: string): string {
  return dayFormat.format(new Date(`${iso}T00:00:00Z`));
}

/**
 * The team's documents on the server: title, status, owner, review-by date, and who
 * saved last and when; a document the server marks due for review within 30 days
 * says "Review due on 3 March 2027", and one past its date "Review overdue" (the
 * server puts them first); a search by title words and a
 * status filter; "New document" and "Open a file"; "Delete" (after a confirm) for the
 * owner and admins, and a bin to restore from. It only shows and asks; `<er-app>`
 * asks the server.
 *
 * Focus: after a delete it moves to the next document (or the heading when none is
 * left); opening the bin or restoring moves it to the bin's heading.
 *
 * @summary The team's documents.
 * @fires team-search - The user searched or changed the filter (`event.q`, `event.status`).
 * @fires document-list-action - The user asked for a new document (`create`), chose a file (`import`, `event.file`),
 *   confirmed a delete (`delete`, `event.id`, `event.title`), opened or left the bin (`open-bin`, `close-bin`) or
 *   restored a document (`restore`, `event.id`, `event.title`).
 */
@customElement('er-team-document-list')
export class TeamDocumentList extends LitElement {
  static override styles = styles;

  private readonly handleFileChosen = (file: File) => this.dispatchEvent(new DocumentListActionEvent('import', {file}));

  /** Where focus goes once the list has changed: the document at this index after a delete, or the bin heading. */
  private focusNext: number | 'bin' | undefined;

  @query('#team-search') private searchInput!: HTMLInputElement;
  @query('#team-status') private statusSelect!: HTMLSelectElement;

  /** The document whose delete is waiting for "Move to bin". */
  @state() private confirming: string | undefined;

  /** The documents to show, as the server listed them. */
  @property({attribute: false}) documents: readonly TeamDocument[] = [];

  /** The search words the list was made with. */
  @property() q = '';

  /** The status filter the list was made with (`''` for every status). */
  @property() filter: DocumentStatus | '' = '';

  /** While set, the list is being fetched. */
  @property({type: Boolean}) loading = false;

  /** A short message to announce, such as what was just done. */
  @property() message = '';

  /** Documents with something waiting to be saved. */
  @property({attribute: false}) waiting: ReadonlyMap<string, WaitingKind> = new Map();

  /** Who is signed in: they may delete the documents they own. */
  @property({attribute: 'user-id'}) userId = '';

  /** Set for an admin, who may delete every document. */
  @property({type: Boolean}) admin = false;

  /** While set, the list shows the bin instead of the documents. */
  @property({type: Boolean, attribute: 'showing-bin'}) showingBin = false;

  /** What is in the bin, while it is shown. */
  @property({attribute: false}) bin: readonly BinEntry[] = [];

  override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('showingBin') && changed.get('showingBin') !== undefined) {
      if (this.showingBin) this.focusNext = 'bin';
      else this.focusOn('#bin-button');
    }
    if (this.loading || this.focusNext === undefined) return;
    if (this.focusNext === 'bin') this.focusOn('#bin-heading');
    // Wait for the list without the deleted document.
    else if (!changed.has('documents')) return;
    else {
      const links = this.renderRoot.querySelectorAll<HTMLElement>('.item__title a');
      const next = links[Math.min(this.focusNext, links.length - 1)];
      if (next) next.focus();
      else this.focusOn('#team-heading');
    }
    this.focusNext = undefined;
  }

  private focusOn(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private mayDelete(doc: TeamDocument): boolean {
    return this.admin || (this.userId !== '' && doc.owner.id === this.userId);
  }

  private async askToDelete(id: string): Promise<void> {
    this.confirming = id;
    await this.updateComplete;
    this.focusOn('.confirm .button--danger');
  }

  private async cancelDelete(id: string): Promise<void> {
    this.confirming = undefined;
    await this.updateComplete;
    this.focusOn(`[data-delete="${CSS.escape(id)}"]`);
  }

  private confirmDelete(doc: TeamDocument): void {
    this.confirming = undefined;
    this.focusNext = this.documents.indexOf(doc);
    this.dispatchEvent(new DocumentListActionEvent('delete', {id: doc.id, title: doc.title}));
  }

  private restore(entry: BinEntry): void {
    this.focusNext = 'bin';
    this.dispatchEvent(new DocumentListActionEvent('restore', {id: entry.id, title: entry.title}));
  }

  private handleSearch(event: Event): void {
    event.preventDefault();
    const status = this.statusSelect.value;
    this.dispatchEvent(new TeamSearchEvent(this.searchInput.value.trim(), status ? (status as DocumentStatus) : undefined));
  }

  private summary(): string {
    if (this.loading) return 'Loading documents…';
    const count = this.documents.length;
    if (count) return `${count} ${count === 1 ? 'document' : 'documents'}${this.q || this.filter ? ' found' : ''}.`;
    return this.q || this.filter
      ? 'No documents match. Try other words, or choose “Any status”.'
      : 'There are no team documents yet. Choose “New document” to start.';
  }

  private renderReviewDue(doc: TeamDocument) {
    if (doc.reviewDue === 'overdue') return html`<p class="item__due item__due--overdue">Review overdue</p>`;
    if (doc.reviewDue === 'soon' && doc.reviewBy) return html`<p class="item__due">Review due on ${longDay(doc.reviewBy)}</p>`;
    return nothing;
  }

  private renderItem(doc: TeamDocument) {
    const title = doc.title || 'Untitled document';
    const waiting = this.waiting.get(doc.id);
    return html`<li class="item">
      <h3 class="item__title"><a href="#/documents/${encodeURIComponent(doc.id)}">${title}</a></h3>
      <dl class="item__facts">
        <div><dt>Status</dt> <dd><span class="badge badge--${doc.status}">${statusWords[doc.status]}</span></dd></div>
        <div><dt>Owner</dt> <dd>${doc.owner.name}</dd></div>
        <div><dt>Review by</dt> <dd>${doc.reviewBy ? longDay(doc.reviewBy) : 'Not set'}</dd></div>
      </dl>
      ${this.renderReviewDue(doc)}
      <p class="item__saved">Last saved by ${doc.savedBy.name} on ${savedFormat.format(new Date(doc.savedAt))}</p>
      ${waiting ? html`<p class="item__note">${waitingWords[waiting]}</p>` : nothing}
      ${this.mayDelete(doc) ? this.renderDelete(doc, title) : nothing}
    </li>`;
  }

  private renderDelete(doc: TeamDocument, title: string) {
    if (this.confirming !== doc.id) {
      return html`<p class="item__actions">
        <button class="button" type="button" data-delete=${doc.id} aria-label="Delete “${title}”" @click=${() => this.askToDelete(doc.id)}>
          Delete
        </button>
      </p>`;
    }
    return html`<div class="confirm" role="group" aria-labelledby="confirm-${doc.id}">
      <p id="confirm-${doc.id}">Move “${title}” to the bin? You can restore it from the bin for 30 days.</p>
      <button class="button button--danger" type="button" @click=${() => this.confirmDelete(doc)}>Move to bin</button>
      <button class="button" type="button" @click=${() => this.cancelDelete(doc.id)}>Cancel</button>
    </div>`;
  }

  private renderBinEntry(entry: BinEntry) {
    const title = entry.title || 'Untitled document';
    return html`<li class="item">
      <h3 class="item__title">${title}</h3>
      <p class="item__saved">
        Deleted by ${entry.deletedBy.name} on ${savedFormat.format(new Date(entry.deletedAt))}. You can restore it until
        ${dayFormat.format(new Date(entry.restorableUntil))}.
      </p>
      <p class="item__actions">
        <button class="button" type="button" aria-label="Restore “${title}”" @click=${() => this.restore(entry)}>Restore</button>
      </p>
    </li>`;
  }

  private renderBin() {
    const count = this.bin.length;
    const summary = this.loading
      ? 'Loading the bin…'
      : count
        ? `${count} deleted ${count === 1 ? 'document' : 'documents'}.`
        : 'The bin is empty.';
    return html`<section part="base" aria-labelledby="bin-heading">
      <h2 id="bin-heading" class="team__heading" tabindex="-1">Bin</h2>
      <p>Deleted documents stay here for 30 days, then they are gone for good.</p>
      <div class="team__tools">
        <button class="button" type="button" @click=${() => this.dispatchEvent(new DocumentListActionEvent('close-bin'))}>
          Back to your team’s documents
        </button>
      </div>
      <div class="team__status" role="status" aria-live="polite">
        ${this.message ? html`<p>${this.message}</p>` : nothing}
        <p>${summary}</p>
      </div>
      ${count ? html`<ul class="list">${this.bin.map((entry) => this.renderBinEntry(entry))}</ul>` : nothing}
    </section>`;
  }

  override render() {
    if (this.showingBin) return this.renderBin();
    return html`<section part="base" aria-labelledby="team-heading">
      <h2 id="team-heading" class="team__heading" tabindex="-1">Your team’s documents</h2>
      <div class="team__tools">
        <button class="button button--primary" type="button" @click=${() => this.dispatchEvent(new DocumentListActionEvent('create'))}>
          New document
        </button>
        ${openFileButton(this.handleFileChosen)}
        <button id="bin-button" class="button" type="button" @click=${() => this.dispatchEvent(new DocumentListActionEvent('open-bin'))}>
          Bin
        </button>
      </div>
      <form class="search" role="search" aria-label="Find documents" @submit=${this.handleSearch}>
        <div class="search__field">
          <label for="team-search">Words in the title</label>
          <input id="team-search" type="search" name="q" .value=${this.q} />
        </div>
        <div class="search__field search__field--status">
          <label for="team-status">Status</label>
          <select id="team-status" name="status" .value=${this.filter} @change=${this.handleSearch}>
            <option value="">Any status</option>
            ${(Object.keys(statusWords) as DocumentStatus[]).map(
              (status) => html`<option value=${status} ?selected=${this.filter === status}>${statusWords[status]}</option>`
            )}
          </select>
        </div>
        <button class="button" type="submit">Search</button>
      </form>
      <div class="team__status" role="status" aria-live="polite">
        ${this.message ? html`<p>${this.message}</p>` : nothing}
        <p>${this.summary()}</p>
      </div>
      ${this.documents.length ? html`<ul class="list">${this.documents.map((doc) => this.renderItem(doc))}</ul>` : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'er-team-document-list': TeamDocumentList;
  }
}
