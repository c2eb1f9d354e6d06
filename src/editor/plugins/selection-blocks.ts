import type {ResolvedPos} from 'prosemirror-model';
import {NodeSelection, Plugin, PluginKey, type EditorState} from 'prosemirror-state';
import {Decoration, DecorationSet} from 'prosemirror-view';

/** The class on the top-level blocks that hold the selection's ends. */
export const SELECTION_BLOCK_CLASS = 'er-holds-selection';

/** Plugin key of {@link selectionBlocksPlugin}; its state is the blocks' decorations. */
export const selectionBlocksKey = new PluginKey<DecorationSet>('selection-blocks');

/**
 * Marks the top-level blocks that hold the selection's ends with {@link SELECTION_BLOCK_CLASS},
 * which the editor's styles keep laid out.
 *
 * Why: the editor lets the browser skip laying out blocks away from the screen
 * (`content-visibility: auto`), and a block not laid out yet — just made, just opened or
 * just scrolled to — cannot hold the caret. Chromium moves a caret put there to the start
 * of the row, outside the text, and the next letter typed lands outside the document and
 * is lost. The class comes with the same update that places the caret, so the block is
 * laid out before the caret goes in. Rebuilt only when the selection or document changes;
 * equal decorations leave the DOM as it is.
 */
export function selectionBlocksPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: selectionBlocksKey,
    state: {
      init: (_, state) => selectionBlocks(state),
      apply: (tr, value, _old, state) => (tr.docChanged || tr.selectionSet ? selectionBlocks(state) : value),
    },
    props: {decorations: (state) => selectionBlocksKey.getState(state)},
  });
}

function selectionBlocks(state: EditorState): DecorationSet {
  const decorations = blockStarts(state).map((pos) => {
    const node = state.doc.nodeAt(pos)!;
    return Decoration.node(pos, pos + node.nodeSize, {class: SELECTION_BLOCK_CLASS});
  });
  return DecorationSet.create(state.doc, decorations);
}

/** The start positions of the top-level blocks holding the selection's ends, in order, without repeats. */
function blockStarts(state: EditorState): number[] {
  const {selection} = state;
  if (selection instanceof NodeSelection && selection.$from.depth === 0) return [selection.from];
  const starts = [topBlockStart(selection.$from), topBlockStart(selection.$to)].filter((pos) => pos !== undefined);
  return [...new Set(starts)];
}

/** Where the top-level block around `$pos` starts; `undefined` between blocks (a gap cursor). */
function topBlockStart($pos: ResolvedPos): number | undefined {
  return $pos.depth > 0 ? $pos.before(1) : undefined;
}
