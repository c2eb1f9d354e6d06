import {LitElement, html, nothing} from 'lit';
import {customElement, property, query, state} from 'lit/decorators.js';
import {keymap} from 'prosemirror-keymap';
import {TextSelection, type Command, type EditorState, type Plugin, type Transaction} from 'prosemirror-state';
import {currentRow, placePicture, removePicture} from './commands.js';
import {DocumentFileError, emptyDocument, parseDocumentFile, toDocumentFile, type DocumentFile} from '../document/document-file.js';
import {withoutUnsafeContent, type ContentProblem} from '../document/safe-content.js';
import {createEditorState, shortcuts} from './editor-state.js';
import {EditorViewController} from './editor-view-controller.js';
import {EditorChangeEvent, ToolbarActionEvent, type SpokenWordEvent} from './events.js';
import {showSpokenWord} from './plugins/spoken-word.js';
import {nodeViews, type PictureRequest} from './node-views.js';
import {editorPlugins} from './editor-plugins.js';
import {checksKey, type PositionedFinding} from './plugins/checks-state.js';
import type {OrgSettings} from '../checks/settings.js';
import type {ProfileName} from '../checks/types.js';
import type {PicturePicker} from './picture-picker.js';
import type {PicturePickEvent} from './events/picture-pick-event.js';
import {styles} from './editor.styles.js';
import {toolbarCommands} from './toolbar-commands.js';
import './toolbar.js';

/**
 * The easy-read editor: a ProseMirror view in the shadow root, laid out as easy-read
 * rows (a picture on the left, short text on the right), with a toolbar, a picture
 * library and live checks.
 *
 * @summary Writes one easy-read document.
 * @fires er-change - After each change of the editor state that the user (or a check
 *   run) made; not when `.value` is set. Composed, so an embedding page can listen.
 * @fires er-checks - In the embed bundle: a check of the current document finished (`findings`, `scores`).
 * @fires er-saved - In the embed bundle, standalone: the draft was kept in this browser (`name`, `where`).
 * @fires er-error - In the embed bundle: the draft could not be opened or kept (`message`, plain words).
 * @attr name - In the embed bundle: the key of the draft kept in this browser when there is no `server`.
 * @attr server - In the embed bundle: the team server's address; without it drafts stay in the browser.
 * @csspart toolbar - The toolbar.
 * @csspart content - The editable area.
 * @cssprop --er-font-family - The text's font.
 * @cssprop --er-font-size - The text's size.
 * @cssprop --er-accent - Buttons, links and the current row.
 * @cssprop --er-focus-ring - The focus outline colour.
 * @cssprop --er-radius - Corner radius of buttons and boxes.
 */
@customElement('er-editor')
export class Editor extends LitElement {
  static override styles = styles;

  private readonly controller = new EditorViewController(this, {
    mount: () => this.mount,
    state: () => this.editorState,
    dispatch: (tr) => this.handleTransaction(tr),
    props: () => ({
      editable: () => !this.readonly,
      nodeViews: nodeViews((request) => this.handlePictureRequest(request)),
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': this.label,
        'aria-readonly': String(this.readonly),
        class: 'er-content',
        spellcheck: 'true',
        lang: 'en-GB',
      },
    }),
  });

  /** The row a picture is being chosen for, while the picture dialog is open. */
  private pictureRowPos?: number;

  @query('.editor__mount') private mount!: HTMLElement;
  @query('er-picture-picker') private picker!: PicturePicker;

  @state() private editorState: EditorState = this.createState(emptyDocument());
  @state() private loadError = '';
  /** What was taken out of the last document set, said plainly; '' when nothing was. */
  @state() private loadNotice = '';
  /** Why the picture library did not open; '' once it has. */
  @state() private pickerError = '';

  /** The accessible name of the editable area. */
  @property() label = 'Document text';

  /** The check profile: `easy-read` (the default) or `plain` (plain English). */
  @property({reflect: true}) profile: ProfileName = 'easy-read';

  /** The organisation's check settings (from `parseOrgSettings`), if any. */
  @property({attribute: false}) settings?: OrgSettings;

  /** The name recorded when the user ignores a problem. */
  @property({attribute: 'user-name'}) userName = 'You';

  /** When set, the document can be read but not changed. */
  @property({type: Boolean, reflect: true}) readonly = false;

  /** Extra ProseMirror plugins (read when a document is loaded). */
  @property({attribute: false}) plugins: readonly Plugin[] = [];

  /**
   * The document, as a file object (`{format: "easy-read-studio/1", meta, doc}`) or its
   * JSON text. Setting it replaces the document and its undo history; a file that cannot
   * be read keeps the current document and shows a plain message. Links and pictures
   * whose addresses are not allowed (see `safe-content.ts`) are taken out (a link's text
   * stays), and a plain notice says what was taken out.
   */
  get value(): DocumentFile {
    return toDocumentFile(this.editorState.doc);
  }
  set value(value: DocumentFile | string) {
    try {
      const {doc, removed} = withoutUnsafeContent(parseDocumentFile(value));
      this.loadError = '';
      this.loadNotice = removedNotice(removed);
      this.setEditorState(this.createState(doc));
    } catch (error) {
      if (!(error instanceof DocumentFileError)) throw error;
      this.loadError = error.message;
    }
  }

  /** The current, immutable editor state. */
  get state(): EditorState {
    return this.editorState;
  }

  /** The document as a file object (`{format: "easy-read-studio/1", meta, doc}`); the same as `.value`. */
  getDocument(): DocumentFile {
    return this.value;
  }

  /** Replaces the document, as setting `.value` does (a file object or its JSON text). */
  setDocument(file: DocumentFile | string): void {
    this.value = file;
  }

  /**
   * The current document's problems, once its check has run (checks run as soon as the
   * editor is on the page, a moment after each change).
   */
  check(): Promise<readonly PositionedFinding[]> {
    const fresh = (): readonly PositionedFinding[] | undefined => {
      const checks = checksKey.getState(this.editorState);
      return checks?.checkedDoc === this.editorState.doc ? checks.findings : undefined;
    };
    const now = fresh();
    if (now) return Promise.resolve(now);
    return new Promise((resolve) => {
      const listener = () => {
        const findings = fresh();
        if (!findings) return;
        this.removeEventListener('er-change', listener);
        resolve(findings);
      };
      this.addEventListener('er-change', listener);
    });
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // A new profile, settings or plugin list means new plugins: rebuild the state around
    // the same document. Before the view exists the first state already has them.
    if (this.controller.view && (changed.has('profile') || changed.has('settings') || changed.has('plugins'))) {
      this.setEditorState(this.createState(this.editorState.doc));
    }
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('readonly') || changed.has('label')) this.controller.refreshProps();
  }

  private createState(doc: EditorState['doc']): EditorState {
    return createEditorState({
      doc,
      plugins: [
        ...editorPlugins({profile: this.profile, settings: this.settings, userName: () => this.userName}),
        keymap({[shortcuts.picture]: () => this.openPicturePicker(), 'Mod-Alt-Backspace': removePicture}),
        ...(this.plugins ?? []),
      ],
    });
  }

  private setEditorState(next: EditorState): void {
    this.editorState = next;
    this.controller.update(next);
  }

  private handleTransaction(tr: Transaction): void {
    const next = this.editorState.apply(tr);
    this.setEditorState(next);
    this.dispatchEvent(new EditorChangeEvent(next, tr.docChanged));
  }

  /** Highlights the word "Read to me" is speaking; not a change the user made, so no `er-change`. */
  private handleSpokenWord(event: SpokenWordEvent): void {
    event.stopPropagation();
    this.setEditorState(this.editorState.apply(showSpokenWord(this.editorState.tr, event.range)));
  }

  private handleToolbarAction(event: ToolbarActionEvent): void {
    event.stopPropagation();
    if (event.action === 'picture') {
      this.openPicturePicker();
      return;
    }
    this.execute(toolbarCommands[event.action]);
    this.focus();
  }

  private handlePictureRequest(request: PictureRequest): void {
    if (this.readonly) return;
    if (request.action === 'remove') {
      this.execute((state, dispatch) => {
        if (dispatch) dispatch(state.tr.setNodeAttribute(request.pos, 'picture', null));
        return true;
      });
      return;
    }
    this.pictureRowPos = request.pos;
    this.showPicker(this.editorState.doc.nodeAt(request.pos)?.textContent ?? '');
  }

  private handlePicturePick(event: PicturePickEvent): void {
    event.stopPropagation();
    const pos = this.pictureRowPos;
    this.pictureRowPos = undefined;
    const {picture} = event;
    const view = this.controller.view;
    if (view && pos !== undefined && view.state.doc.nodeAt(pos)?.type.name === 'row') {
      view.dispatch(view.state.tr.setNodeAttribute(pos, 'picture', {...picture, symbol: picture.symbol ?? ''}));
    } else {
      this.execute(placePicture({...picture, symbol: picture.symbol ?? ''}));
    }
    this.focus();
  }

  /**
   * Closed, placed or not. Focus is left to the picker, which gives it back to its opener
   * (the row's picture button, the toolbar or the text); after a pick it is in the text.
   */
  private handlePickerClose(): void {
    this.pictureRowPos = undefined;
  }

  /** Opens the picture library for the row the cursor is in (or a new row). Returns true. */
  openPicturePicker(): boolean {
    if (this.readonly) return false;
    const row = currentRow(this.editorState);
    this.pictureRowPos = row?.pos;
    this.showPicker(row?.node.textContent ?? this.editorState.selection.$from.parent.textContent);
    return true;
  }

  /**
   * Opens the picture library with the row's `text`. The library (its dialog, the symbol
   * search and the picture suggestions) is loaded the first time it is asked for: most
   * visits never open it, and an embedding page should not download it up front.
   */
  private showPicker(text: string): void {
    void import('./picture-picker.js').then(
      () => {
        this.pickerError = '';
        // Defining the element upgrades the one already in this element's template.
        return this.picker.open(text);
      },
      (error: unknown) => {
        this.pickerError = 'The picture library could not be loaded. Check your connection and try again.';
        console.warn('The picture library could not be loaded.', error);
      }
    );
  }

  /** Runs a ProseMirror command on the editor. Returns whether it applied. */
  execute(command: Command): boolean {
    const view = this.controller.view;
    if (!view || this.readonly) return false;
    return command(view.state, view.dispatch, view);
  }

  /**
   * Moves the keyboard focus into the text. Called before the view exists (a document
   * just opened), it focuses the text as soon as the view is made, so focus never drops
   * to the page.
   */
  override focus(): void {
    const view = this.controller.view;
    if (view) view.focus();
    else void this.updateComplete.then(() => this.controller.view?.focus());
  }

  /**
   * Puts the cursor where the work starts and focuses the text: in the title while it is
   * empty (a new document), else at the start of the first block after it (an opened or
   * imported document). Like `focus()`, waits for the view if it is not made yet.
   */
  focusStart(): void {
    const place = () => {
      const view = this.controller.view;
      if (!view) return;
      const doc = view.state.doc;
      const title = doc.firstChild;
      const pos = !title || title.content.size === 0 || doc.childCount < 2 ? 1 : title.nodeSize;
      view.dispatch(view.state.tr.setSelection(TextSelection.near(doc.resolve(pos))).scrollIntoView());
      view.focus();
    };
    if (this.controller.view) place();
    else void this.updateComplete.then(place);
  }

  /**
   * Selects document positions `from` to `to`, scrolls them into view and focuses the
   * text. Throws a `RangeError` for positions outside the document.
   */
  selectRange(from: number, to: number = from): void {
    const view = this.controller.view;
    if (!view) throw new Error('The editor is not on the page yet');
    const size = view.state.doc.content.size;
    if (from < 0 || to < from || to > size) throw new RangeError(`Range ${from}–${to} is outside the document (0–${size})`);
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, to)).scrollIntoView());
    view.focus();
  }

  override render() {
    return html`
      ${this.loadError ? html`<p class="editor__error" role="alert">${this.loadError}</p>` : nothing}
      ${this.loadNotice ? html`<p class="editor__notice" role="status">${this.loadNotice}</p>` : nothing}
      ${this.pickerError ? html`<p class="editor__error" role="alert">${this.pickerError}</p>` : nothing}
      <er-toolbar
        part="toolbar"
        .editorState=${this.editorState}
        ?disabled=${this.readonly}
        @toolbar-action=${this.handleToolbarAction}
        @spoken-word=${this.handleSpokenWord}
      ></er-toolbar>
      <div class="editor__mount" part="content"></div>
      <er-picture-picker @picture-pick=${this.handlePicturePick} @close=${this.handlePickerClose}></er-picture-picker>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'er-editor': Editor;
  }
}

/** The notice for unsafe content taken out of a document: one plain sentence per item. */
function removedNotice(removed: readonly ContentProblem[]): string {
  if (removed.length === 0) return '';
  const what = removed.map((problem) => `${problem.message}.`).join(' ');
  return `We took out ${removed.length === 1 ? 'one address' : `${removed.length} addresses`} that ${removed.length === 1 ? 'is' : 'are'} not safe. ${what}`;
}
