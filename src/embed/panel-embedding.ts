import type {ReactiveController, ReactiveElement} from 'lit';
import type {EditorState} from 'prosemirror-state';
import type {ContextEvent} from '@lit/context';
import type {Editor} from '../editor/editor.js';
import {editorStateContext} from '../editor/context.js';
import type {EditorChangeEvent} from '../editor/events.js';
import {applySuggestion, ignoreFinding, reopenIgnored} from '../editor/plugins/checks-commands.js';
import type {FindingFixEvent, FindingIgnoreEvent, FindingSelectEvent, IgnoreReopenEvent} from '../panels/events.js';
import {adoptTheme} from './theme.js';

type StateCallback = (state: EditorState | undefined, unsubscribe?: () => void) => void;

/**
 * What `<er-checks-panel>` and `<er-score>` do in the embed bundle: `for="<id>"` names
 * the `<er-editor>` they show (in the same document or shadow root). The panel gets that
 * editor's state as the app's context would give it, and its actions run on that editor:
 * choosing a problem selects it in the text, a fix applies, "Ignore" and "Show again" act.
 * Two editors with two panels never see each other's problems.
 */
export class PanelEmbedding implements ReactiveController {
  private readonly host: ReactiveElement;
  /** Each subscribed callback with its unsubscribe function (stable: the consumer compares them). */
  private readonly subscribers = new Map<StateCallback, () => void>();
  private root?: Node;

  constructor(host: ReactiveElement) {
    this.host = host;
    host.addController(this);
    // Added now, not when connected: the panel's own context consumer asks as it connects, before this controller would.
    host.addEventListener('context-request', this.handleRequest);
    host.addEventListener('finding-select', (event: FindingSelectEvent) => {
      if (event.inText) this.editor?.selectRange(event.from, event.to);
    });
    host.addEventListener('finding-fix', (event: FindingFixEvent) => void this.editor?.execute(applySuggestion(event.id, event.index)));
    host.addEventListener('finding-ignore', (event: FindingIgnoreEvent) => {
      const editor = this.editor;
      editor?.execute(ignoreFinding(event.id, event.reason, editor.userName));
    });
    host.addEventListener('ignore-reopen', (event: IgnoreReopenEvent) => void this.editor?.execute(reopenIgnored(event.ignore)));
  }

  /** The editor `for` names, once it is on the page and defined. */
  private get editor(): Editor | undefined {
    const id = this.host.getAttribute('for');
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const found = id ? root.getElementById?.(id) : null;
    return found?.localName === 'er-editor' && 'state' in found ? (found as Editor) : undefined;
  }

  hostConnected(): void {
    adoptTheme(this.host);
    this.root = this.host.getRootNode();
    this.root.addEventListener('er-change', this.handleChange);
  }

  hostDisconnected(): void {
    this.root?.removeEventListener('er-change', this.handleChange);
    this.root = undefined;
  }

  private readonly handleRequest = (event: Event): void => {
    const request = event as ContextEvent<typeof editorStateContext>;
    if (request.context !== editorStateContext || !this.host.hasAttribute('for')) return;
    event.stopPropagation();
    const callback = request.callback as StateCallback;
    const unsubscribe = () => void this.subscribers.delete(callback);
    if (request.subscribe) this.subscribers.set(callback, unsubscribe);
    callback(this.editor?.state, unsubscribe);
  };

  private readonly handleChange = (event: Event): void => {
    const target = event.target as Element | null;
    if (!target || target.id !== this.host.getAttribute('for')) return;
    const state = (event as EditorChangeEvent).state;
    for (const [callback, unsubscribe] of this.subscribers) callback(state, unsubscribe);
  };
}
