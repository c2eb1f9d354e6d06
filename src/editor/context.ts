import {createContext} from '@lit/context';
import type {EditorState} from 'prosemirror-state';

/**
 * The current, immutable editor state. `<er-app>` provides it; panels consume it with
 * `@consume({context: editorStateContext, subscribe: true})`. Because each state is a
 * new object, `Object.is` change detection is exact.
 */
export const editorStateContext = createContext<EditorState | undefined>(Symbol('er-editor-state'));
