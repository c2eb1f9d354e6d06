import {provide} from '@lit/context';
import {html, LitElement} from 'lit';
import {customElement, property} from 'lit/decorators.js';
import type {EditorState} from 'prosemirror-state';
import {editorStateContext} from '../src/editor/context.js';

/**
 * Provides `editorStateContext` to its children, for component tests (the Lit context
 * test model): set `.state` to a new `EditorState` and consumers update.
 *
 * @summary Test-only editor state provider.
 * @slot - The consumers under test.
 */
@customElement('er-test-state-provider')
export class TestStateProvider extends LitElement {
  /** The state to provide. */
  @provide({context: editorStateContext})
  @property({attribute: false})
  state?: EditorState;

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'er-test-state-provider': TestStateProvider;
  }
}
