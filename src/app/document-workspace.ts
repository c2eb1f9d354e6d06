import {LitElement, html, nothing} from 'lit';
import {customElement, property, query, state} from 'lit/decorators.js';
import {provide} from '@lit/context';
import type {EditorState} from 'prosemirror-state';
import {editorStateContext} from '../editor/context.js';
import type {DocumentFile} from '../document/document-file.js';
import type {OrgSettings} from '../checks/settings.js';
import type {Editor} from '../editor/editor.js';
import type {EditorChangeEvent} from '../editor/events.js';
import {applySuggestion, ignoreFinding, reopenIgnored} from '../editor/plugins/checks-plugin.js';
import {selectBlock, setFeedback, type FeedbackOpenEvent} from '../editor/plugins/feedback-marks.js';
import type {PartSelectEvent, RoundResultsEvent} from '../rounds/round-events.js';
import type {FindingFixEvent, FindingIgnoreEvent, FindingSelectEvent, IgnoreReopenEvent} from '../panels/events.js';
import type {DetailChangeEvent} from './detail-change-event.js';
import {styles} from './document-workspace.styles.js';
import '../editor/editor.js';
import '../panels/checks-panel.js';
import '../panels/score.js';
import './document-details.js';

/** What the save status line says. */
export type SaveStatus = 'saved' | 'saving' | 'offline' | 'error' | 'conflict' | 'idle';

const saveMessages: Readonly<Record<SaveStatus, string>> = {
  saved: 'Saved',
  saving: 'Saving…',
  offline: 'Offline — kept on this computer',
  error: 'Not saved. Your changes are kept here. We will try again.',
  conflict: 'Not saved: choose which version to keep',
  idle: '',
};

/**
 * One open document: the editor, the reading score, the list of problems and the
 * document details. Provides the editor state to the panels; turns the panels' intents
 * into editor commands.
 *
 * @summary The editing screen for one document.
 * @slot side - More panels for the side column, after the document details (such as sharing).
 * @fires er-change - Re-dispatched from the editor (composed): the document or selection changed.
 */
@customElement('er-document-workspace')
export class DocumentWorkspace extends LitElement {
  static override styles = styles;

  @query('er-editor') private editor!: Editor;

  @provide({context: editorStateContext}) @state() private editorState?: EditorState;

  /** The document to open. Setting it replaces what the editor shows. */
  @property({attribute: false}) file?: DocumentFile;

  /** The save status to show. */
  @property() saveStatus: SaveStatus = 'idle';

  /** The name recorded when someone ignores a problem. */
  @property() userName = 'You';

  /** When set, the document can be read but not changed. */
  @property({type: Boolean}) readonly = false;

  /**
   * The organisation's check settings for the editor (such as the words our checkers
   * found hard). Set it with the file: new settings rebuild the editor's state.
   */
  @property({attribute: false}) settings?: OrgSettings;

  override updated(changed: Map<PropertyKey, unknown>): void {
    // The panels get the new state from the editor's first check result (an er-change a
    // microtask later), so setting it here, which would render twice, is not needed.
    if (changed.has('file') && this.file) this.editor.value = this.file;
  }

  private handleEditorChange(event: EditorChangeEvent): void {
    this.editorState = event.state;
  }

  private handleFindingSelect(event: FindingSelectEvent): void {
    // A problem with the whole document (no contact details, no dates) has no place in the text.
    if (event.inText) this.editor.selectRange(event.from, event.to);
    else this.renderRoot.querySelector<HTMLElement>('er-document-details')?.focus();
  }

  private handleFindingFix(event: FindingFixEvent): void {
    this.editor.execute(applySuggestion(event.id, event.index));
    this.editor.focus();
  }

  private handleFindingIgnore(event: FindingIgnoreEvent): void {
    this.editor.execute(ignoreFinding(event.id, event.reason, this.userName));
  }

  private handleIgnoreReopen(event: IgnoreReopenEvent): void {
    this.editor.execute(reopenIgnored(event.ignore));
  }

  private handleDetailChange(event: DetailChangeEvent): void {
    this.editor.execute((state, dispatch) => {
      if (dispatch) dispatch(state.tr.setDocAttribute(event.key, event.value));
      return true;
    });
  }

  private handleRoundResults(event: RoundResultsEvent): void {
    const parts = event.results?.parts ?? [];
    this.editor.execute(setFeedback(new Map(parts.map((part) => [part.id, part]))));
  }

  private handlePartSelect(event: PartSelectEvent): void {
    if (this.editor.execute(selectBlock(event.partId))) this.editor.focus();
  }

  private handleFeedbackOpen(event: FeedbackOpenEvent): void {
    void this.querySelector('er-review-round-panel')?.showPart(event.blockId);
  }

  /** Moves the keyboard focus into the document text, once it is rendered if it is not yet. */
  override focus(): void {
    if (this.editor) this.editor.focus();
    else void this.updateComplete.then(() => this.editor?.focus());
  }

  /** Focuses where the work starts, for a document just opened (see `Editor.focusStart`). */
  focusStart(): void {
    if (this.editor) this.editor.focusStart();
    else void this.updateComplete.then(() => this.editor?.focusStart());
  }

  /** The document as it is now. */
  get value(): DocumentFile | undefined {
    return this.editor?.value;
  }

  override render() {
    const message = saveMessages[this.saveStatus];
    return html`<div class="workspace" part="base">
      <div class="workspace__bar">
        <a class="button" href="#/">← All documents</a>
        <p class="workspace__status" role="status" aria-live="polite">
          ${message ? html`<span class="status status--${this.saveStatus}">${message}</span>` : nothing}
          ${this.readonly ? html`<span class="status">You can read this document, but not change it.</span>` : nothing}
        </p>
      </div>
      <div class="workspace__columns">
        <section class="workspace__main" aria-label="Document">
          <er-editor
            label="Document text"
            user-name=${this.userName}
            .settings=${this.settings}
            ?readonly=${this.readonly}
            @er-change=${this.handleEditorChange}
            @feedback-open=${this.handleFeedbackOpen}
          ></er-editor>
        </section>
        <aside
          class="workspace__side"
          aria-label="Checks and details"
          @finding-select=${this.handleFindingSelect}
          @finding-fix=${this.handleFindingFix}
          @finding-ignore=${this.handleFindingIgnore}
          @ignore-reopen=${this.handleIgnoreReopen}
          @detail-change=${this.handleDetailChange}
          @round-results=${this.handleRoundResults}
          @part-select=${this.handlePartSelect}
        >
          <er-score></er-score>
          <er-checks-panel></er-checks-panel>
          <er-document-details .editorState=${this.editorState} ?readonly=${this.readonly}></er-document-details>
          <slot name="side"></slot>
        </aside>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'er-document-workspace': DocumentWorkspace;
  }
}
