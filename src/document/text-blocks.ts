import type {Node as PMNode} from 'prosemirror-model';
import type {BlockKind, CheckBlock, CheckInput, FormatRun, IgnoredFinding, RowInfo} from '../checks/types.js';
import {documentMeta} from './document-file.js';
import type {Picture} from './schema.js';

/** A document turned into check input, with where each block's text starts in the document. */
export interface DocumentBlocks {
  readonly input: CheckInput;
  /** `positions[i]` is the document position of offset 0 in `input.blocks[i].text`. */
  readonly positions: readonly number[];
}

const markFormats: Readonly<Record<string, FormatRun['format']>> = {
  strong: 'bold',
  em: 'italic',
  underline: 'underline',
  link: 'link',
};

/** Where a textblock sits, as the checks see it: everything about a block that is not in its node. */
interface Place {
  readonly node: PMNode;
  kind: BlockKind;
  readonly section: number;
  readonly row?: number;
  list?: {readonly ordered: boolean; readonly index: number; readonly size: number};
}

/**
 * The last `CheckBlock` made for each textblock node. ProseMirror nodes are persistent: an
 * unchanged paragraph keeps its node object across edits, so its block (and with it the
 * checker's cached work for that block) is reused as long as its place (kind, section, row,
 * list position) is the same. Weak, so blocks go with their nodes.
 */
const blockCache = new WeakMap<PMNode, CheckBlock>();
/** The last `RowInfo` made for each row node, reused while the node is (and its picture's name). */
const rowCache = new WeakMap<PMNode, RowInfo>();

/** Looks up a library picture's name by its code (`'1F48A'` → `'pill'`); `undefined` when it cannot. */
export type SymbolNames = (code: string) => string | undefined;

/** Options for {@link documentBlocks}. */
export interface DocumentBlocksOptions {
  /** Names the rows' library pictures, so the checks can tell a description that only repeats the name. */
  readonly symbolNames?: SymbolNames;
}

/**
 * Walks a document and returns one `CheckBlock` per textblock, in document order.
 * Each inline leaf (a line break) becomes one character (`\n`), so
 * `positions[i] + offset` is a valid document position for any offset into the text.
 * A textblock node that has not changed since the last call, in the same place, gives the
 * very same `CheckBlock` object as before (see {@link blockCache}), so a checker recognises
 * it without reading its text again.
 */
export function documentBlocks(doc: PMNode, options: DocumentBlocksOptions = {}): DocumentBlocks {
  const places: Place[] = [];
  const positions: number[] = [];
  const rows: RowInfo[] = [];
  let section = 0;

  const visit = (node: PMNode, pos: number, context: {kind: BlockKind; row?: number; field?: string}) => {
    node.forEach((child, offset) => {
      const childPos = pos + offset;
      const name = child.type.name;
      if (name === 'heading') section++;
      if (child.isTextblock) {
        const kind = textblockKind(name, context.kind);
        places.push({node: child, kind, section, ...(context.row !== undefined && kind === 'row-text' ? {row: context.row} : {})});
        positions.push(childPos + 1);
        return;
      }
      if (name === 'row') {
        rows.push(rowInfo(child, options.symbolNames));
        visit(child, childPos + 1, {kind: 'row-text', row: rows.length - 1});
        return;
      }
      if (name === 'bullet_list' || name === 'ordered_list') {
        const ordered = name === 'ordered_list';
        child.forEach((item, itemOffset, index) => {
          const itemPos = childPos + 1 + itemOffset;
          const before = places.length;
          visit(item, itemPos + 1, context.kind === 'row-text' ? context : {kind: 'list-item'});
          // The item's own paragraph is the list item the checks count.
          const own = places[before];
          if (own) {
            own.kind = 'list-item';
            own.list = {ordered, index, size: child.childCount};
          }
        });
        return;
      }
      if (!child.isLeaf) visit(child, childPos + 1, context);
    });
  };
  visit(doc, 0, {kind: 'paragraph'});

  const meta = documentMeta(doc);
  const ignores = Array.isArray(doc.attrs['ignores']) ? (doc.attrs['ignores'] as IgnoredFinding[]) : [];
  return {
    input: {blocks: places.map(blockAt), rows, details: meta, ignores},
    positions,
  };
}

function rowInfo(node: PMNode, symbolNames: SymbolNames | undefined): RowInfo {
  const picture = node.attrs['picture'] as Picture | null;
  const symbolName = picture?.symbol ? symbolNames?.(picture.symbol) : undefined;
  const cached = rowCache.get(node);
  if (cached && cached.picture?.symbolName === symbolName) return cached;
  const row: RowInfo = {picture: picture ? {src: picture.src, alt: picture.alt, ...(symbolName ? {symbolName} : {})} : null};
  rowCache.set(node, row);
  return row;
}

/** The block for a textblock in its place: last call's object when the node and place are the same. */
function blockAt(place: Place): CheckBlock {
  const cached = blockCache.get(place.node);
  if (
    cached !== undefined &&
    cached.kind === place.kind &&
    cached.section === place.section &&
    cached.row === place.row &&
    cached.list?.ordered === place.list?.ordered &&
    cached.list?.index === place.list?.index &&
    cached.list?.size === place.list?.size
  ) {
    return cached;
  }
  const {node, kind} = place;
  const name = node.type.name;
  const block: CheckBlock = {
    kind,
    text: node.textBetween(0, node.content.size, '\n', '\n'),
    runs: formatRuns(node),
    section: place.section,
    ...(place.row !== undefined ? {row: place.row} : {}),
    ...(name === 'heading' ? {level: node.attrs['level'] as number} : {}),
    ...(name === 'contact_line' ? {field: node.attrs['field'] as string} : {}),
    ...(place.list ? {list: place.list} : {}),
  };
  blockCache.set(node, block);
  return block;
}

function textblockKind(name: string, parent: BlockKind): BlockKind {
  switch (name) {
    case 'title':
      return 'title';
    case 'heading':
      return 'heading';
    case 'hard_word_term':
      return 'hard-word-term';
    case 'hard_word_meaning':
      return 'hard-word-meaning';
    case 'contact_line':
      return 'contact';
    default:
      return parent;
  }
}

function formatRuns(block: PMNode): FormatRun[] {
  const runs: FormatRun[] = [];
  block.forEach((child, offset) => {
    for (const mark of child.marks) {
      const format = markFormats[mark.type.name];
      if (!format) continue;
      const from = offset;
      const to = offset + child.nodeSize;
      const last = runs.findLast((run) => run.format === format);
      // Adjacent text nodes with the same mark (split by another mark) form one run.
      if (last && last.to === from) runs[runs.indexOf(last)] = {...last, to};
      else runs.push({from, to, format});
    }
  });
  return runs.sort((a, b) => a.from - b.from || a.to - b.to);
}
