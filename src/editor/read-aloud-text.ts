import type {EditorState} from 'prosemirror-state';
import type {Node as PMNode} from 'prosemirror-model';
import {currentRow} from './commands.js';

/** What "Read to me" reads: the selected text, the row the cursor is in, or the whole document. */
export type ReadingScope = 'selection' | 'row' | 'document';

/** Where a run of a block's text starts: at `offset` in the text, at `pos` in the document. */
interface Segment {
  readonly offset: number;
  readonly pos: number;
}

/**
 * One text block's words as they are read out loud, with the way back from an offset in
 * `text` to a document position (to highlight the word being spoken). Inline leaves (a
 * line break, a picture in the text) read as a space.
 */
export class ReadingBlock {
  /** The text to speak. */
  readonly text: string;
  private readonly segments: readonly Segment[];

  constructor(text: string, segments: readonly Segment[]) {
    this.text = text;
    this.segments = segments;
  }

  /** The document position of character `offset` of {@link text}. */
  position(offset: number): number {
    let low = 0;
    let high = this.segments.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.segments[middle]!.offset <= offset) low = middle;
      else high = middle - 1;
    }
    const segment = this.segments[low]!;
    return segment.pos + (offset - segment.offset);
  }
}

/**
 * The document range `scope` names in `state`. `row` is the row the cursor is in, or the
 * top-level block it is in when it is not in a row (the title, a heading).
 */
export function readingRange(state: EditorState, scope: ReadingScope): {from: number; to: number} {
  const {doc, selection} = state;
  if (scope === 'selection') return {from: selection.from, to: selection.to};
  if (scope === 'row') {
    const row = currentRow(state);
    if (row) return {from: row.pos, to: row.pos + row.node.nodeSize};
    const $from = selection.$from;
    if ($from.depth > 0) return {from: $from.before(1), to: $from.after(1)};
  }
  return {from: 0, to: doc.content.size};
}

/**
 * The text blocks between `from` and `to`, cut to that range, in document order; blocks
 * with no words are left out. Placeholders are decorations, not text, so an empty
 * document gives none.
 */
export function readingBlocks(doc: PMNode, from: number, to: number): ReadingBlock[] {
  const blocks: ReadingBlock[] = [];
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isTextblock) return true;
    let text = '';
    const segments: Segment[] = [];
    node.forEach((child, offset) => {
      const childPos = pos + 1 + offset;
      const start = Math.max(from, childPos);
      const end = Math.min(to, childPos + child.nodeSize);
      if (end <= start) return;
      if (child.isText) {
        segments.push({offset: text.length, pos: start});
        text += child.text!.slice(start - childPos, end - childPos);
      } else {
        text += ' ';
      }
    });
    if (/[\p{L}\p{N}]/u.test(text)) blocks.push(new ReadingBlock(text, segments));
    return false;
  });
  return blocks;
}
