import {Fragment, type Mark, type Node as PMNode, type ResolvedPos, type Schema} from 'prosemirror-model';
import {Selection, TextSelection, type Transaction} from 'prosemirror-state';

/**
 * Applying a suggestion's replacement text to a range of the document.
 *
 * A replacement on one line replaces the text and keeps its formatting. A replacement
 * with line breaks is the engine saying "make this several lines": each plain line
 * becomes a paragraph, and lines starting with `•`, `-` or `*` (or `1.`, `2)`) become
 * the items of a bullet (or numbered) list. Text before the range stays at the start of
 * the first line and text after it at the end of the last line. Where the document does
 * not allow that shape (a title, a contact line), the lines are kept in the block,
 * separated by line breaks where the block allows them, or by spaces.
 */

/** One line of a replacement. */
interface Line {
  readonly kind: 'text' | 'bullet' | 'ordered';
  readonly text: string;
}

const bulletLine = /^\s*[•\-*–]\s+/u;
const orderedLine = /^\s*\d{1,3}[.)]\s+/u;

/**
 * Replaces `[from, to)` (inside one textblock) with `replacement` on `tr`, leaves the
 * cursor after the new text and returns `tr`. Adds steps only; the caller dispatches, so
 * the whole change is one undo step. Throws `RangeError` if the range is not inside one
 * textblock.
 */
export function replaceRange(tr: Transaction, from: number, to: number, replacement: string): Transaction {
  const $from = tr.doc.resolve(from);
  const $to = tr.doc.resolve(to);
  if (!$from.parent.isTextblock || !$from.sameParent($to)) {
    throw new RangeError(`Cannot replace ${from}-${to}: the range is not inside one block of text`);
  }
  const marks = from === to ? $from.marks() : $from.marksAcross($to) ?? $from.marks();
  if (!replacement.includes('\n')) {
    tr.insertText(replacement, from, to);
    return tr.setSelection(TextSelection.create(tr.doc, from + replacement.length));
  }
  const lines = parseLines(replacement);
  return replaceWithBlocks(tr, $from, $to, lines, marks) ?? replaceInline(tr, $from, $to, lines, marks);
}

function parseLines(replacement: string): Line[] {
  return replacement
    .split('\n')
    .map((raw): Line => {
      if (bulletLine.test(raw)) return {kind: 'bullet', text: raw.replace(bulletLine, '').trim()};
      if (orderedLine.test(raw)) return {kind: 'ordered', text: raw.replace(orderedLine, '').trim()};
      return {kind: 'text', text: raw.trim()};
    })
    .filter((line) => line.kind !== 'text' || line.text !== '');
}

/** Turns the block into paragraphs and lists; `null` when the document does not allow it here. */
function replaceWithBlocks(
  tr: Transaction,
  $from: ResolvedPos,
  $to: ResolvedPos,
  lines: readonly Line[],
  marks: readonly Mark[]
): Transaction | null {
  const schema = tr.doc.type.schema;
  const block = $from.parent;
  const paragraph = schema.nodes['paragraph'];
  if (!paragraph || block.type !== paragraph) return null;
  const text = (value: string): Fragment => (value ? Fragment.from(schema.text(value, marks)) : Fragment.empty);
  const rawBefore = block.content.cut(0, $from.parentOffset);
  const rawAfter = block.content.cut($to.parentOffset);
  const before = trimEnd(schema, rawBefore);
  const after = trimStart(schema, rawAfter);
  // Keep a space where the text had one, and none where the range ran up to punctuation.
  const spaceBefore = before.size > 0 && before.size !== rawBefore.size ? ' ' : '';
  const spaceAfter = after.size > 0 && after.size !== rawAfter.size ? ' ' : '';

  // Build the blocks; `open` tracks a trailing paragraph that `after` may join.
  const nodes: PMNode[] = [];
  let list: {kind: Line['kind']; items: PMNode[]} | null = null;
  const closeList = () => {
    if (!list) return;
    const type = schema.nodes[list.kind === 'ordered' ? 'ordered_list' : 'bullet_list']!;
    nodes.push(type.create(null, list.items));
    list = null;
  };
  lines.forEach((line, index) => {
    if (line.kind === 'text') {
      closeList();
      const lead = index === 0 ? before : Fragment.empty;
      nodes.push(paragraph.create(null, lead.size ? lead.append(text(spaceBefore + line.text)) : text(line.text)));
      return;
    }
    if (index === 0 && before.size) nodes.push(paragraph.create(null, before));
    if (list && list.kind !== line.kind) closeList();
    list ??= {kind: line.kind, items: []};
    list.items.push(schema.nodes['list_item']!.create(null, paragraph.create(null, text(line.text))));
  });
  closeList();
  const last = nodes[nodes.length - 1];
  let caretInLast = last?.type === paragraph ? last.content.size : -1;
  if (after.size) {
    if (last && last.type === paragraph) {
      nodes[nodes.length - 1] = paragraph.create(null, last.content.append(text(spaceAfter)).append(after));
    } else {
      nodes.push(paragraph.create(null, after));
      caretInLast = -1;
    }
  }
  if (nodes.length === 0) return null;

  const depth = $from.depth;
  const parent = $from.node(depth - 1);
  const index = $from.index(depth - 1);
  let start = $from.before(depth);
  let end = $from.after(depth);
  let content = Fragment.from(nodes);
  if (!parent.canReplace(index, index + 1, content)) {
    // The paragraph of a list item: each new block becomes an item of that list.
    const item = parent;
    if (item.type !== schema.nodes['list_item'] || item.childCount !== 1 || depth < 3) return null;
    const listNode = $from.node(depth - 2);
    const items = nodes.flatMap((node) =>
      node.type === paragraph ? [item.type.create(null, node)] : node.type === listNode.type ? nodeChildren(node) : null
    );
    if (items.some((node) => node === null)) return null;
    content = Fragment.from(items as PMNode[]);
    if (!listNode.canReplace($from.index(depth - 2), $from.index(depth - 2) + 1, content)) return null;
    start = $from.before(depth - 1);
    end = $from.after(depth - 1);
  }
  tr.replaceWith(start, end, content);
  const insertedEnd = start + content.size;
  const lastInserted = tr.doc.resolve(insertedEnd).nodeBefore;
  if (caretInLast >= 0 && lastInserted?.type === paragraph) {
    return tr.setSelection(TextSelection.create(tr.doc, insertedEnd - 1 - lastInserted.content.size + caretInLast));
  }
  return tr.setSelection(Selection.near(tr.doc.resolve(insertedEnd), -1));
}

/** Keeps the lines inside the block: line breaks where allowed, spaces otherwise. */
function replaceInline(
  tr: Transaction,
  $from: ResolvedPos,
  $to: ResolvedPos,
  lines: readonly Line[],
  marks: readonly Mark[]
): Transaction {
  const schema = tr.doc.type.schema;
  const br = schema.nodes['hard_break'];
  const canBreak = br !== undefined && $from.parent.type.contentMatch.matchType(br) !== null;
  const parts: PMNode[] = [];
  lines.forEach((line, index) => {
    const value = line.kind === 'bullet' ? `• ${line.text}` : line.text;
    if (index > 0 && canBreak) parts.push(br.create());
    const spaced = index > 0 && !canBreak ? ` ${value}` : value;
    if (spaced) parts.push(schema.text(spaced, marks));
  });
  const from = $from.pos;
  tr.replaceWith(from, $to.pos, parts);
  return tr.setSelection(TextSelection.create(tr.doc, from + Fragment.from(parts).size));
}

function nodeChildren(node: PMNode): PMNode[] {
  const children: PMNode[] = [];
  node.forEach((child) => children.push(child));
  return children;
}

function trimEnd(schema: Schema, fragment: Fragment): Fragment {
  const last = fragment.lastChild;
  if (!last?.isText) return fragment;
  const text = (last.text ?? '').replace(/\s+$/u, '');
  const rest = fragment.cut(0, fragment.size - last.nodeSize);
  return text ? rest.addToEnd(schema.text(text, last.marks)) : rest;
}

function trimStart(schema: Schema, fragment: Fragment): Fragment {
  const first = fragment.firstChild;
  if (!first?.isText) return fragment;
  const text = (first.text ?? '').replace(/^\s+/u, '');
  const rest = fragment.cut(first.nodeSize);
  return text ? rest.addToStart(schema.text(text, first.marks)) : rest;
}
