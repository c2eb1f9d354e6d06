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

/**
 * Walks a document and returns one `CheckBlock` per textblock, in document order.
 * Each inline leaf (a line break) becomes one character (`\n`), so
 * `positions[i] + offset` is a valid document position for any offset into the text.
 */
export function documentBlocks(doc: PMNode): DocumentBlocks {
  const blocks: CheckBlock[] = [];
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
        const block: CheckBlock = {
          kind,
          text: child.textBetween(0, child.content.size, '\n', '\n'),
          runs: formatRuns(child),
          section,
          ...(context.row !== undefined && kind === 'row-text' ? {row: context.row} : {}),
          ...(name === 'heading' ? {level: child.attrs['level'] as number} : {}),
          ...(name === 'contact_line' ? {field: child.attrs['field'] as string} : {}),
        };
        blocks.push(block);
        positions.push(childPos + 1);
        return;
      }
      if (name === 'row') {
        const picture = child.attrs['picture'] as Picture | null;
        rows.push({picture: picture ? {src: picture.src, alt: picture.alt} : null});
        visit(child, childPos + 1, {kind: 'row-text', row: rows.length - 1});
        return;
      }
      if (name === 'bullet_list' || name === 'ordered_list') {
        const ordered = name === 'ordered_list';
        child.forEach((item, itemOffset, index) => {
          const itemPos = childPos + 1 + itemOffset;
          const before = blocks.length;
          visit(item, itemPos + 1, context.kind === 'row-text' ? context : {kind: 'list-item'});
          // The item's own paragraph is the list item the checks count.
          const own = blocks[before];
          if (own) blocks[before] = {...own, kind: 'list-item', list: {ordered, index, size: child.childCount}};
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
    input: {blocks, rows, details: meta, ignores},
    positions,
  };
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
