import {Fragment, Slice, type DOMParser, type Node as PMNode, type ResolvedPos} from 'prosemirror-model';
import {Plugin, PluginKey, type Selection} from 'prosemirror-state';
import type {EditorView} from 'prosemirror-view';
import {cleanHtml, foldHeadings} from './clean-html.js';
import {groupIntoRows, htmlParser} from './html-to-document.js';
import {schema} from '../document/schema.js';

export {htmlToDocument} from './html-to-document.js';

/**
 * The editor props that make pasting (and dropping) safe and tidy. Add them with
 * `pastePlugin()`, or spread `pasteProps()` into the `EditorView`'s props.
 */
export interface PasteProps {
  /**
   * Cleans HTML from the clipboard before ProseMirror parses it: keeps headings, lists,
   * paragraphs, bold, italic, underline and safe links; drops everything else (see
   * `cleanHtml`). Word's fake lists become real lists. An `<h1>` cannot go into the body,
   * so when there is one, every heading moves down a level.
   */
  transformPastedHTML(html: string, view: EditorView): string;
  /** Reads the cleaned HTML; see `htmlParser`. */
  clipboardParser: DOMParser;
  /** Plain text: one paragraph per line that is not blank, with no marks. */
  clipboardTextParser(text: string, $context: ResolvedPos, plain: boolean, view: EditorView): Slice;
  /** Pasting into the title keeps the text only, on one line; see `fitToSelection`. */
  transformPasted(slice: Slice, view: EditorView, plain: boolean): Slice;
}

/** Returns the paste props described on `PasteProps`. */
export function pasteProps(): PasteProps {
  return {
    transformPastedHTML: (html, view) => cleanPastedHtml(html, view.dom.ownerDocument),
    clipboardParser: htmlParser,
    clipboardTextParser: (text, $context) => textToSlice(text, $context),
    transformPasted: (slice, view) => fitToSelection(slice, view.state.selection),
  };
}

/** The key of the plugin made by `pastePlugin`. */
export const pasteKey = new PluginKey('paste');

/** A plugin with the paste props. It has no state. */
export function pastePlugin(): Plugin {
  return new Plugin({key: pasteKey, props: pasteProps()});
}

/**
 * Cleans pasted HTML (see `PasteProps.transformPastedHTML`) and returns it as HTML.
 * `doc` is the document the editor lives in; parsing happens in an inert copy.
 */
export function cleanPastedHtml(html: string, doc: Document = document): string {
  const root = cleanHtml(html, doc);
  foldHeadings(root);
  return root.innerHTML;
}

/**
 * Turns plain text into a slice for `$context`: in a text-only block (the title), the lines
 * joined by spaces; elsewhere one paragraph per non-blank line, open at both ends so the
 * first and last lines join the paragraph they are pasted into. Spaces and tabs collapse.
 */
export function textToSlice(text: string, $context: ResolvedPos): Slice {
  const lines = text
    .split(/\r\n?|\n/)
    .map((line) => line.replace(/[\t ]+/g, ' ').trim())
    .filter((line) => line !== '');
  if (lines.length === 0) return Slice.empty;
  if (isTextOnly($context.parent)) return new Slice(Fragment.from(schema.text(lines.join(' '))), 0, 0);
  const paragraph = schema.nodes['paragraph']!;
  return new Slice(Fragment.from(lines.map((line) => paragraph.create(null, schema.text(line)))), 1, 1);
}

/**
 * Fits a pasted slice to where it goes:
 * - when the whole selection is in a text-only block (the title), the slice becomes its
 *   text on one line, without marks;
 * - in a row, a slice that starts with a block a row cannot hold (a heading, a hard
 *   word) is closed at its start, so the block is kept whole after the row instead of
 *   its text being poured into the row's paragraph; its paragraphs are put into rows
 *   (see `groupIntoRows`), the last one joining the text after the cursor.
 * Any other slice is returned as it is.
 */
export function fitToSelection(slice: Slice, selection: Selection): Slice {
  const {$from, $to} = selection;
  if ($from.sameParent($to) && isTextOnly($from.parent)) {
    const text = slice.content.textBetween(0, slice.content.size, ' ', ' ').replace(/\s+/g, ' ').trim();
    return text === '' ? Slice.empty : new Slice(Fragment.from(schema.text(text)), 0, 0);
  }
  const row = schema.nodes['row']!;
  const first = slice.content.firstChild;
  let inRow = false;
  for (let depth = $from.depth; depth > 0; depth--) inRow ||= $from.node(depth).type === row;
  if (inRow && first && slice.openStart > 0 && !row.contentMatch.matchType(first.type)) {
    // The pasted text lands outside the row, so give its paragraphs rows of their own.
    const blocks = groupIntoRows(slice.content);
    const lastWrapped = blocks[blocks.length - 1]?.type === row && slice.content.lastChild?.type !== row;
    return new Slice(Fragment.from(blocks), 0, slice.openEnd > 0 && lastWrapped ? slice.openEnd + 1 : slice.openEnd);
  }
  return slice;
}

/** Text-only blocks hold text without marks: the title and a hard word's term. */
function isTextOnly(node: PMNode): boolean {
  return node.isTextblock && node.type.spec.marks === '';
}
