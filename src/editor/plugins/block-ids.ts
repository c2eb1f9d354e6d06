import {Fragment, Slice, type Node as PMNode} from 'prosemirror-model';
import {Plugin, PluginKey, type EditorState, type Transaction} from 'prosemirror-state';
import {AttrStep, type StepMap} from 'prosemirror-transform';
import {blockIdOf, hasBlockId, newBlockId} from '../../document/block-ids.js';

/**
 * How many nodes hold each block id, for the document `doc`. The plugin updates it in
 * place, step by step, so it is only valid for `doc`: a state made from an older one
 * (which no longer matches) counts again from scratch.
 */
interface IdIndex {
  doc: PMNode;
  readonly counts: Map<string, number>;
}

/** Plugin key of {@link blockIdsPlugin}. */
export const blockIdsKey = new PluginKey<IdIndex>('blockIds');

/**
 * Keeps every block id present and unique while the document is edited (see
 * `src/document/block-ids.ts`): after each change, a block with no id, or with an id
 * another block already has (a copy from a split, or a dropped copy), gets a new one.
 * Of two copies made by one change, the one holding more content keeps the id, so the
 * text of a row split at its start keeps its row's id.
 *
 * Its work is proportional to the change: it looks only at the blocks the change
 * touched, and counts the ids in the whole document only when a state is made. The ids
 * it gives are not an undo step of their own (`addToHistory` is false).
 *
 * The document a state starts with should already have its ids (`parseDocumentFile`,
 * `emptyDocument` and `htmlToDocument` give them).
 */
export function blockIdsPlugin(): Plugin<IdIndex> {
  return new Plugin<IdIndex>({
    key: blockIdsKey,
    state: {
      init: (_config, state) => ({doc: state.doc, counts: countIds(state.doc)}),
      apply: (tr, index) => {
        if (!tr.docChanged) return index;
        if (index.doc !== tr.before) return {doc: tr.doc, counts: countIds(tr.doc)};
        tr.steps.forEach((step, i) => {
          const before = tr.docs[i]!;
          const after = tr.docs[i + 1] ?? tr.doc;
          const oldRanges: [number, number][] = [];
          const newRanges: [number, number][] = [];
          tr.mapping.maps[i]!.forEach((oldStart, oldEnd, newStart, newEnd) => {
            oldRanges.push([oldStart, oldEnd]);
            newRanges.push([newStart, newEnd]);
          });
          if (step instanceof AttrStep) {
            oldRanges.push([step.pos, step.pos + 1]);
            newRanges.push([step.pos, step.pos + 1]);
          }
          for (const id of idsIn(before, oldRanges).values()) add(index.counts, id, -1);
          for (const id of idsIn(after, newRanges).values()) add(index.counts, id, 1);
        });
        index.doc = tr.doc;
        return index;
      },
    },
    appendTransaction: (transactions, _oldState, newState) => {
      const ranges = touchedRanges(transactions);
      if (ranges.length === 0) return null;
      const index = blockIdsKey.getState(newState)!;
      const touched = nodesIn(newState.doc, ranges);
      const byId = new Map<string, {pos: number; node: PMNode}[]>();
      const renew: number[] = [];
      for (const [pos, node] of touched) {
        const id = blockIdOf(node);
        if (id === null) renew.push(pos);
        else byId.set(id, [...(byId.get(id) ?? []), {pos, node}]);
      }
      for (const [id, copies] of byId) {
        const total = index.counts.get(id) ?? 0;
        if (total <= 1) continue;
        // Every copy here is new when the id is also used outside the change; else the largest stays.
        const keep = total > copies.length ? null : copies.reduce((a, b) => (b.node.nodeSize > a.node.nodeSize ? b : a));
        for (const copy of copies) if (copy !== keep) renew.push(copy.pos);
      }
      if (renew.length === 0) return null;
      const tr = newState.tr;
      for (const pos of renew) tr.setNodeAttribute(pos, 'id', newBlockId());
      return tr.setMeta('addToHistory', false);
    },
    props: {
      // A paste comes in with its ids: one step, where renewing afterwards takes a step per block.
      transformPasted: (slice, view) => withFreshIds(slice, idsInUse(view.state)),
    },
  });
}

/**
 * How many blocks hold each id once the selection is replaced: the blocks wholly inside it
 * go (a paste over them, or a row dragged away) and do not count.
 */
function idsInUse(state: EditorState): Map<string, number> {
  const {counts} = blockIdsKey.getState(state)!;
  const {from, to} = state.selection;
  if (from === to) return counts;
  const inUse = new Map(counts);
  state.doc.nodesBetween(from, to, (node, pos) => {
    const id = blockIdOf(node);
    if (id !== null && pos >= from && pos + node.nodeSize <= to) add(inUse, id, -1);
    return !node.isTextblock;
  });
  return inUse;
}

/**
 * `slice` with a new id on every block that has none, whose id `inUse` counts (a copy of a
 * block still in the document) or whose id came earlier in the slice. A block cut and
 * pasted back keeps its id. Returns `slice` itself when every id can stay.
 */
export function withFreshIds(slice: Slice, inUse: ReadonlyMap<string, number>): Slice {
  const seen = new Set<string>();
  const fresh = (fragment: Fragment): Fragment => {
    let changed = false;
    const nodes: PMNode[] = [];
    fragment.forEach((node) => {
      const content = node.isTextblock ? node.content : fresh(node.content);
      const id = blockIdOf(node);
      const renew = hasBlockId(node.type) && (id === null || inUse.has(id) || seen.has(id));
      if (id !== null && !renew) seen.add(id);
      if (!renew && content === node.content) return void nodes.push(node);
      changed = true;
      nodes.push(node.type.create(renew ? {...node.attrs, id: newBlockId()} : node.attrs, content, node.marks));
    });
    return changed ? Fragment.fromArray(nodes) : fragment;
  };
  const content = fresh(slice.content);
  return content === slice.content ? slice : new Slice(content, slice.openStart, slice.openEnd);
}

/** The ranges of the final document that `transactions` changed, in its positions. */
function touchedRanges(transactions: readonly Transaction[]): [number, number][] {
  let ranges: [number, number][] = [];
  for (const tr of transactions) {
    tr.steps.forEach((step, i) => {
      const map: StepMap = tr.mapping.maps[i]!;
      ranges = ranges.map(([from, to]) => [map.map(from, -1), map.map(to, 1)]);
      map.forEach((_oldStart, _oldEnd, newStart, newEnd) => ranges.push([newStart, newEnd]));
      if (step instanceof AttrStep) ranges.push([step.pos, step.pos + 1]);
    });
  }
  return ranges;
}

/**
 * The nodes with block ids that overlap `ranges` (their ancestors too), by position: what
 * `doc.nodesBetween` visits, but found from the range's resolved start (ProseMirror keeps
 * recently resolved positions, and the step that made the change resolved them), so the
 * blocks before the range are not walked through one by one.
 */
function nodesIn(doc: PMNode, ranges: readonly [number, number][]): Map<number, PMNode> {
  const found = new Map<number, PMNode>();
  const visit = (node: PMNode, pos: number) => {
    if (hasBlockId(node.type)) found.set(pos, node);
    return !node.isTextblock;
  };
  for (const [from, to] of ranges) {
    const $from = doc.resolve(from);
    let pos = $from.depth > 0 ? $from.before(1) : from;
    for (let index = $from.index(0); index < doc.childCount && pos < to; index++) {
      const child = doc.child(index);
      const end = pos + child.nodeSize;
      if (end > from && visit(child, pos) && child.content.size > 0) {
        child.nodesBetween(Math.max(0, from - pos - 1), Math.min(child.content.size, to - pos - 1), visit, pos + 1);
      }
      pos = end;
    }
  }
  return found;
}

/** The ids of {@link nodesIn}, by position, so a node two ranges touch counts once. */
function idsIn(doc: PMNode, ranges: readonly [number, number][]): Map<number, string> {
  const ids = new Map<number, string>();
  for (const [pos, node] of nodesIn(doc, ranges)) {
    const id = blockIdOf(node);
    if (id !== null) ids.set(pos, id);
  }
  return ids;
}

function countIds(doc: PMNode): Map<string, number> {
  const counts = new Map<string, number>();
  doc.descendants((node) => {
    const id = blockIdOf(node);
    if (id !== null && hasBlockId(node.type)) add(counts, id, 1);
    return !node.isTextblock;
  });
  return counts;
}

function add(counts: Map<string, number>, id: string, delta: number): void {
  const count = (counts.get(id) ?? 0) + delta;
  if (count > 0) counts.set(id, count);
  else counts.delete(id);
}
