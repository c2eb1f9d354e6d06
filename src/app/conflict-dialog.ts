import {LitElement, css, html} from 'lit';
import {customElement, property, query} from 'lit/decorators.js';
import {parseDocumentFile, type DocumentFile} from '../document/document-file.js';
import {ConflictResolveEvent, type ConflictChoice} from './conflict-resolve-event.js';
import {sharedStyles} from './shared.styles.js';

/** The version someone else saved. */
export interface SavedVersion {
  readonly content: DocumentFile;
  readonly savedBy: string;
  /** ISO date-time. */
  readonly savedAt: string;
}

const timeFormat = new Intl.DateTimeFormat('en-GB', {hour: 'numeric', minute: '2-digit', day: 'numeric', month: 'long'});

/** The text of a document file, one block a line; a broken file says so. */
function plainText(file: DocumentFile): string[] {
  try {
    const doc = parseDocumentFile(file);
    return doc.textBetween(0, doc.content.size, '\n', ' ').split('\n').filter((line) => line.trim());
  } catch {
    return ['(This version could not be read.)'];
  }
}

/**
 * Shown when a save was refused because someone else saved the document first. It shows
 * both versions side by side, marks the lines that differ, and lets the author choose;
 * nothing is overwritten until they do.
 *
 * @summary Two versions of a document: choose which to keep.
 * @fires conflict-resolve - The author chose (`event.choice`: `mine`, `theirs` or `copy`).
 */
@customElement('er-conflict-dialog')
export class ConflictDialog extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: contents;
      }
      dialog {
        max-width: min(64rem, 95vw);
        border: 3px solid #212b32;
        border-radius: 8px;
        padding: 1.25rem;
        font-size: 1.125rem;
      }
      dialog::backdrop {
        background: rgb(33 43 50 / 60%);
      }
      h2 {
        margin-top: 0;
      }
      .versions {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
        gap: 1rem;
      }
      .version {
        border: 1px solid #aeb7bd;
        border-radius: 6px;
        padding: 0.75rem;
        max-height: 40vh;
        overflow: auto;
      }
      .version h3 {
        margin: 0 0 0.5rem;
        font-size: 1.25rem;
      }
      .version p {
        margin: 0 0 0.5rem;
      }
      .version .changed {
        background: #fff9c4;
        border-left: 4px solid #ffb81c;
        padding-left: 0.5rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        margin-top: 1rem;
      }
    `,
  ];

  @query('dialog') private dialog!: HTMLDialogElement;

  /** The author's own, unsaved version. */
  @property({attribute: false}) mine?: DocumentFile;

  /** The version already saved by someone else. */
  @property({attribute: false}) theirs?: SavedVersion;

  /** Opens the dialog (modal: focus stays inside until the author chooses). */
  async show(): Promise<void> {
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
  }

  private choose(choice: ConflictChoice): void {
    this.dialog.close();
    this.dispatchEvent(new ConflictResolveEvent(choice));
  }

  private handleCancel(event: Event): void {
    // Escape must not lose the choice: the conflict is still there. Keep the dialog open.
    event.preventDefault();
  }

  private renderVersion(title: string, lines: readonly string[], other: ReadonlySet<string>) {
    return html`<section class="version" aria-label=${title} tabindex="0">
      <h3>${title}</h3>
      ${lines.map((line) => html`<p class=${other.has(line) ? '' : 'changed'}>${line}</p>`)}
    </section>`;
  }

  override render() {
    const mine = this.mine ? plainText(this.mine) : [];
    const theirs = this.theirs ? plainText(this.theirs.content) : [];
    const when = this.theirs ? timeFormat.format(new Date(this.theirs.savedAt)) : '';
    return html`<dialog aria-labelledby="conflict-heading" closedby="none" @cancel=${this.handleCancel}>
      <h2 id="conflict-heading">Someone else changed this document</h2>
      <p>${this.theirs?.savedBy ?? 'Someone'} saved it at ${when}, while you were working. Nothing is lost. Choose what to keep.</p>
      <p>Lines that are different are marked.</p>
      <div class="versions">
        ${this.renderVersion('Your version', mine, new Set(theirs))}
        ${this.renderVersion(`Saved by ${this.theirs?.savedBy ?? 'someone else'}`, theirs, new Set(mine))}
      </div>
      <div class="actions">
        <button class="button button--primary" type="button" @click=${() => this.choose('mine')}>Keep my version</button>
        <button class="button" type="button" @click=${() => this.choose('theirs')}>Use their version</button>
        <button class="button" type="button" @click=${() => this.choose('copy')}>Use theirs, and save mine as a copy</button>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'er-conflict-dialog': ConflictDialog;
  }
}
