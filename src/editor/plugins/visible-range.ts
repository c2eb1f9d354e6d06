import type {Node as PMNode} from 'prosemirror-model';
import type {EditorView} from 'prosemirror-view';
import type {DrawnRange} from './checks-state.js';

/**
 * The document positions of what the editor shows on screen, or `null` when it is not laid
 * out (hidden, or not in a document). When the editor is scrolled out of sight the range is
 * empty, at the edge nearest the screen.
 *
 * It finds the node at the top and at the bottom of the screen by a binary search over each
 * level's children, measuring their DOM boxes, so it costs a few dozen measurements however
 * long the document is, and needs no hit testing (a sticky toolbar or a dialog over the
 * text does not matter).
 */
export function visibleRange(view: EditorView): DrawnRange | null {
  const dom = view.dom as HTMLElement;
  const screen = dom.ownerDocument.defaultView;
  if (!screen || !dom.isConnected) return null;
  const box = dom.getBoundingClientRect();
  if (box.height === 0 && box.width === 0) return null;
  const size = view.state.doc.content.size;
  if (box.bottom <= 0) return {from: size, to: size};
  if (box.top >= screen.innerHeight) return {from: 0, to: 0};
  return {
    from: positionAtHeight(view, Math.max(box.top, 0)),
    to: positionAtHeight(view, Math.min(box.bottom, screen.innerHeight), true),
  };
}

/**
 * The position at the start (or with `end`, the end) of the deepest node, of those the
 * search measures, that spans the viewport height `y`.
 */
function positionAtHeight(view: EditorView, y: number, end = false): number {
  let node: PMNode = view.state.doc;
  let contentStart = 0;
  for (;;) {
    const children: {node: PMNode; pos: number}[] = [];
    node.forEach((child, offset) => children.push({node: child, pos: contentStart + offset}));
    const found = firstEndingBelow(view, children, y);
    if (!found) return end ? contentStart + node.content.size : contentStart;
    if (found.node.isTextblock || found.node.isLeaf || found.node.childCount === 0) {
      return end ? found.pos + found.node.nodeSize : found.pos;
    }
    node = found.node;
    contentStart = found.pos + 1;
  }
}

/** The first of `children` (in document order) whose box ends below `y`, or the last child when none does. */
function firstEndingBelow(
  view: EditorView,
  children: readonly {node: PMNode; pos: number}[],
  y: number
): {node: PMNode; pos: number} | undefined {
  let low = 0;
  let high = children.length - 1;
  let found = children[high];
  while (low <= high) {
    const middle = (low + high) >> 1;
    const child = children[middle]!;
    const dom = view.nodeDOM(child.pos);
    // A child with no box of its own (text, or a node view without one) cannot be measured: stop at it.
    if (!(dom instanceof Element)) return child;
    if (dom.getBoundingClientRect().bottom >= y) {
      found = child;
      high = middle - 1;
    } else {
      low = middle + 1;
    }
  }
  return found;
}
