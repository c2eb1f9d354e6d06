import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {EditorState, Transaction} from 'prosemirror-state';
import {EditorView, type DirectEditorProps} from 'prosemirror-view';

/** Configuration of an {@link EditorViewController}. */
export interface EditorViewControllerConfig {
  /** Returns the element the view mounts into, once the host has rendered it. */
  mount(): HTMLElement | null | undefined;
  /** Returns the state to start (or restart, after a reconnect) the view with. */
  state(): EditorState;
  /** Called with each transaction; must apply it and call `controller.update(next)`. */
  dispatch(tr: Transaction): void;
  /** Further view props (node views, attributes, editable). Read on creation and on `refreshProps()`. */
  props(): Omit<DirectEditorProps, 'state' | 'dispatchTransaction'>;
}

/**
 * Owns a ProseMirror `EditorView` for a Lit host: creates it in `hostUpdated` once the
 * mount element exists, destroys it in `hostDisconnected`, and rebuilds it when the host
 * is connected again (the ResizeController pattern). The view is never touched from
 * outside except through `update` and `refreshProps`.
 */
export class EditorViewController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly config: EditorViewControllerConfig;
  /** The live view, or undefined before the first render and after disconnect. */
  view?: EditorView;

  constructor(host: ReactiveControllerHost & HTMLElement, config: EditorViewControllerConfig) {
    this.host = host;
    this.config = config;
    host.addController(this);
  }

  hostConnected(): void {
    // After a reconnect the mount element is still there but the view is gone: render again.
    if (!this.view) this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.view) return;
    const mount = this.config.mount();
    if (!mount) return;
    this.view = new EditorView(mount, {
      ...this.config.props(),
      state: this.config.state(),
      dispatchTransaction: (tr) => this.config.dispatch(tr),
    });
  }

  hostDisconnected(): void {
    this.view?.destroy();
    this.view = undefined;
  }

  /** Shows `state` in the view. */
  update(state: EditorState): void {
    this.view?.updateState(state);
  }

  /** Re-reads `config.props()` (for example after `readonly` changed). */
  refreshProps(): void {
    this.view?.setProps(this.config.props());
  }
}
