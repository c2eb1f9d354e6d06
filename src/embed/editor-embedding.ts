import type {ReactiveController} from 'lit';
import type {Editor} from '../editor/editor.js';
import type {EditorChangeEvent} from '../editor/events.js';
import {checksKey, type ChecksState} from '../editor/plugins/checks-state.js';
import {browserDrafts, type BrowserDrafts} from './browser-drafts.js';
import {ChecksEvent, EmbedErrorEvent, SavedEvent} from './events.js';
import {adoptTheme} from './theme.js';

/** How long typing pauses before a standalone draft is kept, in ms. */
const saveDelay = 400;

/**
 * What `<er-editor>` does in the embed bundle, on top of the app's editor:
 *
 * - fires `er-checks` each time a check of the current document finishes;
 * - standalone (no `server` attribute) with a `name`: opens the draft this browser kept
 *   under that name when connected, keeps every change there (after a short pause in
 *   typing) and fires `er-saved`, or `er-error` when the browser refuses.
 *
 * `name` and `server` are read as attributes when the element connects.
 */
export class EditorEmbedding implements ReactiveController {
  private readonly host: Editor;
  private readonly drafts: BrowserDrafts;
  private reported?: ChecksState;
  private saveTimer?: ReturnType<typeof setTimeout>;
  private pending = false;

  constructor(host: Editor, drafts: BrowserDrafts = browserDrafts) {
    this.host = host;
    this.drafts = drafts;
    host.addController(this);
  }

  /** The key of this element's draft, or '' when the element keeps none in the browser. */
  private get draftName(): string {
    return this.host.hasAttribute('server') ? '' : (this.host.getAttribute('name') ?? '');
  }

  hostConnected(): void {
    adoptTheme(this.host);
    this.host.addEventListener('er-change', this.handleChange);
    const name = this.draftName;
    if (name) void this.restore(name);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('er-change', this.handleChange);
    if (this.pending) void this.save();
  }

  private async restore(name: string): Promise<void> {
    const before = this.host.state.doc;
    try {
      const draft = await this.drafts.load(name);
      // The user typed while the draft was read: what they typed wins.
      if (draft && this.host.state.doc === before) this.host.value = draft;
    } catch {
      this.host.dispatchEvent(new EmbedErrorEvent('We could not open the draft kept in this browser.'));
    }
  }

  // An arrow field, so removeEventListener gets the same function.
  private readonly handleChange = (event: EditorChangeEvent): void => {
    if (event.target !== this.host) return;
    const checks = checksKey.getState(event.state);
    if (checks && checks !== this.reported && checks.checkedDoc === event.state.doc && checks.checkedDoc !== this.reported?.checkedDoc) {
      this.reported = checks;
      this.host.dispatchEvent(new ChecksEvent(checks.findings, checks.scores));
    }
    if (event.docChanged && this.draftName) {
      this.pending = true;
      clearTimeout(this.saveTimer);
      this.saveTimer = setTimeout(() => void this.save(), saveDelay);
    }
  };

  private async save(): Promise<void> {
    const name = this.draftName;
    this.pending = false;
    clearTimeout(this.saveTimer);
    if (!name) return;
    try {
      await this.drafts.save(name, this.host.value);
      this.host.dispatchEvent(new SavedEvent(name, 'browser'));
    } catch {
      this.host.dispatchEvent(new EmbedErrorEvent('We could not keep your draft in this browser.'));
    }
  }
}
