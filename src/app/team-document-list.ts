import {LitElement, html, nothing} from 'lit';
import {customElement, property, query} from 'lit/decorators.js';
import type {DocumentStatus, DocumentSummary} from './api-client.js';
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

const savedFormat = new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit'});
const dayFormat = new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});

/** Today's date here, as `YYYY-MM-DD`. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * The team's documents on the server: title, status, owner, review-by date (saying
 * "overdue" in words), and who saved last and when; a search by title words and a
 * status filter; "New document" and "Open a file". It only shows and asks; `<er-app>`
 * asks the server.
 *
 * @summary The team's documents.
 * @fires team-search - The user searched or changed the filter (`event.q`, `event.status`).
 * @fires document-list-action - The user asked for a new document (`create`) or chose a file (`import`, `event.file`).
 */
@customElement('er-team-document-list')
export class TeamDocumentList extends LitElement {
  static override styles = styles;

  private readonly handleFileChosen = (file: File) => this.dispatchEvent(new DocumentListActionEvent('import', {file}));

  @query('#team-search') private searchInput!: HTMLInputElement;
  @query('#team-status') private statusSelect!: HTMLSelectElement;

  /** The documents to show, as the server listed them. */
  @property({attribute: false}) documents: readonly DocumentSummary[] = [];

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

  /** Today, as `YYYY-MM-DD`, to tell overdue reviews (default: today here). */
  @property() today = localToday();

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

  private renderReviewBy(reviewBy: string) {
    if (!reviewBy) return html`<dd>Not set</dd>`;
    const day = dayFormat.format(new Date(`${reviewBy}T00:00:00Z`));
    return reviewBy < this.today ? html`<dd class="overdue">${day} (overdue)</dd>` : html`<dd>${day}</dd>`;
  }

  private renderItem(doc: DocumentSummary) {
    const title = doc.title || 'Untitled document';
    const waiting = this.waiting.get(doc.id);
    return html`<li class="item">
      <h3 class="item__title"><a href="#/documents/${encodeURIComponent(doc.id)}">${title}</a></h3>
      <dl class="item__facts">
        <div><dt>Status</dt> <dd><span class="badge badge--${doc.status}">${statusWords[doc.status]}</span></dd></div>
        <div><dt>Owner</dt> <dd>${doc.owner.name}</dd></div>
        <div><dt>Review by</dt> ${this.renderReviewBy(doc.reviewBy)}</div>
      </dl>
      <p class="item__saved">Last saved by ${doc.savedBy.name} on ${savedFormat.format(new Date(doc.savedAt))}</p>
      ${waiting ? html`<p class="item__note">${waitingWords[waiting]}</p>` : nothing}
    </li>`;
  }

  override render() {
    return html`<section part="base" aria-labelledby="team-heading">
      <h2 id="team-heading" class="team__heading">Your team’s documents</h2>
      <div class="team__tools">
        <button class="button button--primary" type="button" @click=${() => this.dispatchEvent(new DocumentListActionEvent('create'))}>
          New document
        </button>
        ${openFileButton(this.handleFileChosen)}
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
