/**
 * A large paste goes into the document over several tasks, a hundred blocks at a time,
 * so the page keeps answering while a whole leaflet or book is pasted: each task draws
 * and lays out only the blocks it adds, where one task drew them all (a 20,000-word paste
 * took 30–45 ms in one task; a 1,000-word one 5–6 ms).
 *
 * The paste's end result is worked out first, as ProseMirror would make it
 * (`replaceSelection`), and only whole blocks of it are put in: the document's, or a row's
 * when the paste went into one row. The first part
 * holds the paste's first blocks and its last one (with the caret and any text that was
 * after the caret), so no text of the document is ever missing; later parts go in before
 * that last block. Every part carries the first part's time and touches the one before, so
 * history keeps the whole paste as one undo step. Edits made meanwhile are kept: where the
 * next part goes is mapped through them.
 *
 * @module
 */
import {Fragment, type Node as PMNode, type Slice} from 'prosemirror-model';
import {Plugin, PluginKey, TextSelection, type EditorState, type Transaction} from 'prosemirror-state';

/** Blocks put in per task. */
export const blocksPerPart = 100;

/** A paste still going in. */
interface PasteInProgress {
  /** Where the next blocks go: just before the paste's last block. */
  readonly at: number;
  /** The blocks still to put in, in order. */
  readonly rest: Fragment;
  /** The first part's time, given to every later part so that history groups them. */
  readonly time: number;
}

/** The key of the plugin made by {@link chunkedPastePlugin}; its state is the paste going in, if any. */
export const chunkedPasteKey = new PluginKey<PasteInProgress | null>('chunked-paste');

/**
 * The first part of pasting `slice` over the selection of `state`, or `null` when the
 * paste is small enough (at most `perPart` + 1 new blocks) to go in at once, or ends with
 * the caret somewhere other than in its last block (then it goes in at once too).
 */
export function startPaste(state: EditorState, slice: Slice, perPart = blocksPerPart): Transaction | null {
  const full = state.tr.replaceSelection(slice);
  // Go down to the block whose children the paste changed: the document's, or a row's
  // when the paste went into one row. Above it, and before and after the changed
  // children, everything is as it was: the same objects, at the same positions.
  let before = state.doc;
  let after = full.doc;
  let base = 0;
  let {lead, trail} = unchanged(before, after);
  for (;;) {
    const only = after.childCount - trail - 1 === lead && before.childCount - trail - 1 === lead ? after.child(lead) : null;
    if (!only || only.isTextblock || !only.sameMarkup(before.child(lead))) break;
    base += offsetOf(after, lead) + 1;
    before = before.child(lead);
    after = only;
    ({lead, trail} = unchanged(before, after));
  }
  const last = after.childCount - trail - 1;
  if (last - lead < perPart + 1) return null;
  const lastStart = base + offsetOf(after, last);
  const caret = full.selection;
  if (!(caret instanceof TextSelection) || !caret.empty || caret.head <= lastStart || caret.head >= lastStart + after.child(last).nodeSize) {
    return null;
  }
  const first = blocks(after, lead, lead + perPart).addToEnd(after.child(last));
  const kept = [blocks(before, 0, lead), first, blocks(before, before.childCount - trail, before.childCount)];
  if (!after.type.validContent(kept.reduce((all, part) => all.append(part)))) return null;
  const from = base + offsetOf(before, lead);
  const tr = state.tr.replaceWith(from, base + offsetOf(before, before.childCount - trail), first);
  const at = from + first.size - after.child(last).nodeSize;
  tr.setSelection(TextSelection.create(tr.doc, at + caret.head - lastStart));
  const progress: PasteInProgress = {at, rest: blocks(after, lead + perPart, last), time: tr.time};
  return tr.setMeta(chunkedPasteKey, progress).setMeta('paste', true).setMeta('uiEvent', 'paste').scrollIntoView();
}

/** How many children at the start (`lead`) and at the end (`trail`) of `before` and `after` are the same. */
function unchanged(before: PMNode, after: PMNode): {lead: number; trail: number} {
  const shorter = Math.min(before.childCount, after.childCount);
  let lead = 0;
  while (lead < shorter && before.child(lead) === after.child(lead)) lead++;
  let trail = 0;
  while (trail < shorter - lead && before.child(before.childCount - 1 - trail) === after.child(after.childCount - 1 - trail)) trail++;
  return {lead, trail};
}

/** The next part of the paste going in, or `null` when there is none. */
export function nextPart(state: EditorState, perPart = blocksPerPart): Transaction | null {
  const progress = chunkedPasteKey.getState(state);
  if (!progress) return null;
  const part = blocks(progress.rest, 0, perPart);
  // Where edits made meanwhile left no block boundary, ProseMirror fits the blocks in (it
  // splits or unwraps what is there), so their text is kept.
  const tr = state.tr.setTime(progress.time).insert(progress.at, part);
  const rest = blocks(progress.rest, perPart, progress.rest.childCount);
  const next = rest.childCount > 0 ? {...progress, at: tr.mapping.map(progress.at, 1), rest} : null;
  return tr.setMeta(chunkedPasteKey, next).setMeta('paste', true).setMeta('uiEvent', 'paste');
}

/** Pastes of more than {@link blocksPerPart} + 1 blocks go in a part per task (see the module). */
export function chunkedPastePlugin(): Plugin<PasteInProgress | null> {
  return new Plugin<PasteInProgress | null>({
    key: chunkedPasteKey,
    state: {
      init: () => null,
      apply(tr, progress) {
        const meta = tr.getMeta(chunkedPasteKey) as PasteInProgress | null | undefined;
        if (meta !== undefined) return meta;
        return progress && tr.docChanged ? {...progress, at: tr.mapping.map(progress.at, -1)} : progress;
      },
    },
    props: {
      handlePaste(view, _event, slice) {
        const tr = startPaste(view.state, slice);
        if (!tr) return false;
        view.dispatch(tr);
        return true;
      },
    },
    view(view) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      // Each part in its own task, so the browser can paint and take keys in between.
      const schedule = () => {
        if (timer !== undefined || !chunkedPasteKey.getState(view.state)) return;
        timer = setTimeout(() => {
          timer = undefined;
          const tr = nextPart(view.state);
          if (tr) view.dispatch(tr);
        }, 0);
      };
      schedule();
      return {update: schedule, destroy: () => clearTimeout(timer)};
    },
  });
}

/** The children of `node` from index `from` to `to` (or its end, if sooner). */
function blocks(node: PMNode | Fragment, from: number, to: number): Fragment {
  const children: PMNode[] = [];
  for (let i = from; i < Math.min(to, node.childCount); i++) children.push(node.child(i));
  return Fragment.fromArray(children);
}

/** Where the child `index` of `node` starts, counted from the start of `node`'s content. */
function offsetOf(node: PMNode, index: number): number {
  let offset = 0;
  for (let i = 0; i < index; i++) offset += node.child(i).nodeSize;
  return offset;
}
