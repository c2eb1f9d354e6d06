import {Plugin, PluginKey, type EditorState} from 'prosemirror-state';
import {Decoration, DecorationSet} from 'prosemirror-view';

/** Plugin key of {@link currentRowPlugin}; its state is the one current-row decoration, or none. */
export const currentRowKey = new PluginKey<DecorationSet>('current-row');

/**
 * Marks the row the cursor is in with a node decoration whose spec is
 * `{currentRow: true}` (no attributes, so nothing is redrawn). The row's node view
 * reads it to put that row's picture buttons, and only that row's, in the Tab order:
 * Tab from the text reaches "Add picture" (or "Change" and "Remove") of the row being
 * written, without a stop at every row. Rebuilt only when the selection or document changes.
 */
export function currentRowPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: currentRowKey,
    state: {
      init: (_, state) => currentRow(state),
      apply: (tr, value, _old, state) => (tr.docChanged || tr.selectionSet ? currentRow(state) : value),
    },
    props: {decorations: (state) => currentRowKey.getState(state)},
  });
}

/** Whether a node view's decorations say its row is the current one. */
export function isCurrentRow(decorations: readonly Decoration[]): boolean {
  return decorations.some((decoration) => (decoration.spec as {currentRow?: boolean}).currentRow === true);
}

function currentRow(state: EditorState): DecorationSet {
  const $from = state.selection.$from;
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth);
    if (node.type.name !== 'row') continue;
    const pos = $from.before(depth);
    return DecorationSet.create(state.doc, [Decoration.node(pos, pos + node.nodeSize, {}, {currentRow: true})]);
  }
  return DecorationSet.empty;
}
