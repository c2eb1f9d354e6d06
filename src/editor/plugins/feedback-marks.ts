import type {Node as PMNode} from 'prosemirror-model';
import {Plugin, PluginKey, TextSelection, type Command} from 'prosemirror-state';
import {Decoration, DecorationSet} from 'prosemirror-view';
import {blockIdOf} from '../../document/block-ids.js';
import {typedEvent} from '../../events/typed-event.js';

/** How many reviewers said yes, not sure and no. */
export interface FeedbackTally {
  readonly yes: number;
  readonly notSure: number;
  readonly no: number;
}

/** What a review round said about one block (a row, a heading, a box…), by the block's id. */
export interface BlockFeedback {
  readonly understood: FeedbackTally;
  /** The words reviewers marked hard, with how many marked each. */
  readonly hardWords: readonly {readonly word: string; readonly count: number}[];
}

/** The feedback shown, by block id, and its decorations. */
interface FeedbackState {
  readonly byId: ReadonlyMap<string, BlockFeedback>;
  readonly decorations: DecorationSet;
}

/** Plugin key of {@link feedbackMarksPlugin}. */
export const feedbackMarksKey = new PluginKey<FeedbackState>('feedback-marks');

/**
 * Fired by a block's feedback mark when the author opens it; composed, since the mark
 * is inside the editor's shadow root and the editing screen listens outside it.
 */
export class FeedbackOpenEvent extends typedEvent('feedback-open', {bubbles: true, composed: true}, (blockId: string) => ({blockId})) {}

declare global {
  interface HTMLElementEventMap {
    'feedback-open': FeedbackOpenEvent;
  }
}

const empty: FeedbackState = {byId: new Map(), decorations: DecorationSet.empty};

/**
 * Shows a review round's feedback in the author's text: before each block that has
 * some, a mark with the yes / not sure / no counts in words and symbols (not colour
 * alone), which opens that block's feedback (`feedback-open`); and every word reviewers
 * marked hard, highlighted the more strongly the more people marked it, with the count
 * in its tooltip and, for screen readers, in words after it.
 *
 * The decorations are built once when {@link setFeedback} gives new feedback, then
 * mapped through each change, so typing costs nothing more with feedback shown.
 */
export function feedbackMarksPlugin(): Plugin<FeedbackState> {
  return new Plugin<FeedbackState>({
    key: feedbackMarksKey,
    state: {
      init: () => empty,
      apply(tr, value) {
        const byId: ReadonlyMap<string, BlockFeedback> | undefined = tr.getMeta(feedbackMarksKey);
        if (byId) return {byId, decorations: feedbackDecorations(tr.doc, byId)};
        return tr.docChanged ? {byId: value.byId, decorations: value.decorations.map(tr.mapping, tr.doc)} : value;
      },
    },
    props: {decorations: (state) => feedbackMarksKey.getState(state)?.decorations},
  });
}

/** Shows `byId` (an empty map clears the marks). Not added to the undo history. */
export function setFeedback(byId: ReadonlyMap<string, BlockFeedback>): Command {
  return (state, dispatch) => {
    if (dispatch) dispatch(state.tr.setMeta(feedbackMarksKey, byId).setMeta('addToHistory', false));
    return true;
  };
}

/** Puts the cursor at the start of the block with id `id` and scrolls to it; false when there is none. */
export function selectBlock(id: string): Command {
  return (state, dispatch) => {
    let found = -1;
    state.doc.descendants((node, pos) => {
      if (found >= 0) return false;
      if (blockIdOf(node) === id) found = pos;
      return found < 0 && !node.isTextblock;
    });
    if (found < 0) return false;
    if (dispatch) dispatch(state.tr.setSelection(TextSelection.near(state.doc.resolve(found + 1))).scrollIntoView());
    return true;
  };
}

function tallyWords(tally: FeedbackTally): string {
  return `${tally.yes} understood, ${tally.notSure} not sure, ${tally.no} did not understand`;
}

function markWidget(id: string, feedback: BlockFeedback): () => HTMLElement {
  return () => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'er-feedback-mark';
    button.contentEditable = 'false';
    const {yes, notSure, no} = feedback.understood;
    // The name is the visible text (WCAG 2.5.3); the symbols give each count a shape.
    button.textContent = `✓ ${yes} yes  ? ${notSure} not sure  ✗ ${no} no`;
    button.title = `${tallyWords(feedback.understood)}. Open what the group said.`;
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', () => button.dispatchEvent(new FeedbackOpenEvent(id)));
    return button;
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Highlights each hard word where it stands as a whole word in `block` (at `start`). */
function wordDecorations(block: PMNode, start: number, words: BlockFeedback['hardWords'], out: Decoration[]): void {
  const most = Math.max(1, ...words.map((w) => w.count));
  for (const {word, count} of words) {
    if (!word.trim()) continue;
    const strength = Math.max(1, Math.ceil((count / most) * 3));
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'giu');
    block.descendants((node, pos) => {
      if (!node.isText) return true;
      for (const match of node.text!.matchAll(pattern)) {
        const from = start + pos + match.index;
        const to = from + match[0].length;
        const people = `${count} ${count === 1 ? 'person' : 'people'}`;
        // The count for screen readers is the span's generated ::after text, not a widget:
        // a widget beside the caret took the author's Backspaces (the browser deleted its
        // text, and ProseMirror put it back).
        const attrs = {class: `er-feedback-word er-feedback-word--${strength}`, title: `${people} found this word hard`, 'data-hard': ` (${people} found this hard)`};
        out.push(Decoration.inline(from, to, attrs));
      }
      return false;
    });
  }
}

function feedbackDecorations(doc: PMNode, byId: ReadonlyMap<string, BlockFeedback>): DecorationSet {
  if (byId.size === 0) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  doc.forEach((block, offset) => {
    const id = blockIdOf(block);
    const feedback = id ? byId.get(id) : undefined;
    if (!id || !feedback) return;
    const key = `mark-${id}-${feedback.understood.yes}-${feedback.understood.notSure}-${feedback.understood.no}`;
    decorations.push(Decoration.widget(offset, markWidget(id, feedback), {side: -1, key, ignoreSelection: true}));
    wordDecorations(block, offset + 1, feedback.hardWords, decorations);
  });
  return DecorationSet.create(doc, decorations);
}
