import {LitElement, css, html, nothing} from 'lit';
import {customElement, property, state} from 'lit/decorators.js';
import {repeat} from 'lit/directives/repeat.js';
import type {CheckerWordEntry, CheckerWordsApi} from './checker-words.js';
import {sharedStyles} from './shared.styles.js';

/** The part of `CheckerWordsApi` this screen uses (tests give their own). */
export type CheckerWordsScreenApi = Pick<CheckerWordsApi, 'list' | 'change' | 'remove'>;

function plain(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'Something went wrong. Try again.';
}

function checkers(count: number): string {
  return `${count} ${count === 1 ? 'checker' : 'checkers'}`;
}

/**
 * The admins' "Words our checkers found hard" screen (`#/checker-words`): each word the
 * checking groups marked hard, how many checkers marked it, the documents it came from,
 * and the plain word to use instead, which an admin can change. An admin can take a word
 * off the list (the editor stops flagging it) and put it back. Focus goes to what was just
 * changed: after "Remove", the word's "Put back" button; after "Put back", its plain word.
 *
 * @summary Words our checkers found hard (admins).
 */
@customElement('er-checker-words-screen')
export class CheckerWordsScreen extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      h1 {
        font-size: 2rem;
        margin: 0 0 0.5rem;
      }
      h2 {
        font-size: 1.5rem;
        margin: 2rem 0 0.5rem;
      }
      table {
        border-collapse: collapse;
        width: 100%;
      }
      th,
      td {
        border-bottom: 1px solid #aeb7bd;
        padding: 0.5rem;
        text-align: left;
        vertical-align: top;
        overflow-wrap: anywhere;
      }
      ul {
        margin: 0;
        padding-left: 1.25rem;
      }
      .instead {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      .status {
        min-height: 1.5rem;
        font-weight: 600;
      }
      .alert {
        padding: 0.75rem 1rem;
        border-left: 6px solid #d5281b;
        font-weight: 600;
      }
    `,
  ];

  /** What to focus once the next render is done: a selector in the shadow root. */
  private focusAfter = '';

  @state() private words: readonly CheckerWordEntry[] = [];
  @state() private loading = true;
  @state() private message = '';
  @state() private error = '';

  /** How to reach the server. */
  @property({attribute: false}) api?: CheckerWordsScreenApi;

  override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('api')) void this.load();
    if (!this.focusAfter) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfter);
    this.focusAfter = '';
    target?.focus();
  }

  private async load(): Promise<void> {
    if (!this.api) return;
    this.loading = true;
    try {
      this.words = await this.api.list();
      this.error = '';
    } catch (error) {
      this.error = plain(error);
    } finally {
      this.loading = false;
    }
  }

  /** Sends a change and shows the word as the server now has it. */
  private async change(entry: CheckerWordEntry, request: () => Promise<CheckerWordEntry>, done: string, focus: string): Promise<void> {
    this.error = '';
    this.message = '';
    try {
      const changed = await request();
      this.words = this.words.map((w) => (w.word === entry.word ? changed : w));
      this.message = done;
      this.focusAfter = focus;
    } catch (error) {
      this.error = plain(error);
    }
  }

  private handleInsteadSubmit(event: Event, entry: CheckerWordEntry, index: number): void {
    event.preventDefault();
    const instead = String(new FormData(event.target as HTMLFormElement).get('instead') ?? '').trim();
    const done = instead ? `Authors will be offered “${instead}” instead of “${entry.word}”.` : `No plain word is offered for “${entry.word}” now.`;
    void this.change(entry, () => this.api!.change(entry.word, {instead}), done, `#instead-${index}`);
  }

  private removeWord(entry: CheckerWordEntry, index: number): void {
    const request = async () => {
      await this.api!.remove(entry.word);
      return {...entry, removed: true};
    };
    void this.change(entry, request, `“${entry.word}” is off the list. The editor will not flag it now.`, `#put-back-${index}`);
  }

  private putBack(entry: CheckerWordEntry, index: number): void {
    void this.change(entry, () => this.api!.change(entry.word, {removed: false}), `“${entry.word}” is back on the list.`, `#instead-${index}`);
  }

  private renderDocuments(entry: CheckerWordEntry) {
    return html`<ul>
      ${entry.documents.map((doc) => html`<li><a href="#/documents/${encodeURIComponent(doc.id)}">${doc.title || 'Untitled'}</a></li>`)}
    </ul>`;
  }

  private renderWord(entry: CheckerWordEntry, index: number) {
    return html`<tr>
      <th scope="row">${entry.word}</th>
      <td>${checkers(entry.count)}</td>
      <td>${this.renderDocuments(entry)}</td>
      <td>
        <form class="instead" @submit=${(event: Event) => this.handleInsteadSubmit(event, entry, index)}>
          <label class="visually-hidden" for="instead-${index}">Plain word instead of ${entry.word}</label>
          <input id="instead-${index}" name="instead" maxlength="200" .value=${entry.instead} />
          <button class="button" type="submit">Save<span class="visually-hidden"> the plain word for ${entry.word}</span></button>
        </form>
      </td>
      <td>
        <button class="button button--danger" type="button" @click=${() => this.removeWord(entry, index)}>
          Remove<span class="visually-hidden"> ${entry.word}</span>
        </button>
      </td>
    </tr>`;
  }

  private renderList(entries: readonly [CheckerWordEntry, number][]) {
    if (this.loading) return nothing;
    if (entries.length === 0) return html`<p>No checker has marked a word hard yet.</p>`;
    return html`<table>
      <thead>
        <tr>
          <th scope="col">Word</th>
          <th scope="col">Marked hard by</th>
          <th scope="col">Documents</th>
          <th scope="col">Plain word instead</th>
          <th scope="col"><span class="visually-hidden">Remove</span></th>
        </tr>
      </thead>
      <tbody>
        ${repeat(
          entries,
          ([entry]) => entry.word,
          ([entry, index]) => this.renderWord(entry, index)
        )}
      </tbody>
    </table>`;
  }

  private renderRemoved(entries: readonly [CheckerWordEntry, number][]) {
    if (entries.length === 0) return nothing;
    return html`<h2>Taken off the list</h2>
      <ul>
        ${repeat(
          entries,
          ([entry]) => entry.word,
          ([entry, index]) => html`<li>
            ${entry.word} (${checkers(entry.count)})
            <button id="put-back-${index}" class="button" type="button" @click=${() => this.putBack(entry, index)}>
              Put back<span class="visually-hidden"> ${entry.word}</span>
            </button>
          </li>`
        )}
      </ul>`;
  }

  override render() {
    // The index is the word's place in the whole list: its ids stay the same when it moves between the two lists.
    const indexed = this.words.map((entry, index) => [entry, index] as [CheckerWordEntry, number]);
    return html`<section part="base" aria-labelledby="checker-words-heading">
      <h1 id="checker-words-heading">Words our checkers found hard</h1>
      <p>People in the checking groups marked these words hard. The editor flags them in new drafts.</p>
      <p class="status" role="status">${this.loading ? 'Loading the words…' : this.message}</p>
      <div role="alert">${this.error ? html`<p class="alert">${this.error}</p>` : nothing}</div>
      ${this.renderList(indexed.filter(([entry]) => !entry.removed))}
      ${this.renderRemoved(indexed.filter(([entry]) => entry.removed))}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'er-checker-words-screen': CheckerWordsScreen;
  }
}
