import {Plugin, PluginKey, type Transaction} from 'prosemirror-state';
import {Decoration, DecorationSet, type EditorView} from 'prosemirror-view';

/** Plugin key of {@link spokenWordPlugin}; its state is the highlight of the word being read out loud. */
export const spokenWordKey = new PluginKey<DecorationSet>('spoken-word');

/** A document range, `from` before `to`. */
export interface WordRange {
  readonly from: number;
  readonly to: number;
}

/**
 * Adds to `tr` the word to highlight as it is read out loud, or `null` to clear the
 * highlight. The transaction stays out of the undo history. A range outside `tr.doc`
 * clears the highlight.
 */
export function showSpokenWord(tr: Transaction, range: WordRange | null): Transaction {
  return tr.setMeta(spokenWordKey, range).setMeta('addToHistory', false);
}

/**
 * Highlights the word "Read to me" is speaking, with an inline decoration of class
 * `er-spoken-word`, and scrolls it into view when it changes. The highlight is mapped
 * through edits and replaced only by {@link showSpokenWord}.
 */
export function spokenWordPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: spokenWordKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const range = tr.getMeta(spokenWordKey) as WordRange | null | undefined;
        if (range === undefined) return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
        if (range === null || range.from < 0 || range.to <= range.from || range.to > tr.doc.content.size) {
          return DecorationSet.empty;
        }
        return DecorationSet.create(tr.doc, [Decoration.inline(range.from, range.to, {class: 'er-spoken-word'})]);
      },
    },
    props: {decorations: (state) => spokenWordKey.getState(state)},
    view: () => ({
      update(view: EditorView, previous) {
        const set = spokenWordKey.getState(view.state);
        if (!set || set === spokenWordKey.getState(previous) || set === DecorationSet.empty) return;
        // Long documents: keep the spoken word on screen, moving as little as possible.
        view.dom.querySelector('.er-spoken-word')?.scrollIntoView({block: 'nearest'});
      },
    }),
  });
}
