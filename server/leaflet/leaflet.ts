/**
 * A leaflet: a document version laid out for print, as plain data that the HTML and
 * Word renderers share. `buildLeaflet` reads the document and makes every picture
 * self-contained; nothing here knows about HTML or Word.
 *
 * @module
 */
import type {Node as PMNode} from 'prosemirror-model';
import {documentMeta, parseDocumentFile, type DocumentFile} from '../../src/document/document-file.js';
import {contactFieldLabels, type ContactField, type Picture} from '../../src/document/schema.js';
import {loadPicture, pictureCredits, type LeafletPicture, type PictureCredit} from './pictures.js';
import type {LeafletSettings} from './settings.js';

/** A run of text with its marks, or a line break. */
export type Inline =
  | {readonly kind: 'text'; readonly text: string; readonly bold: boolean; readonly italic: boolean; readonly underline: boolean; readonly href: string | null}
  | {readonly kind: 'break'};

/** A bullet or numbered list. */
export interface LeafletList {
  readonly kind: 'list';
  readonly ordered: boolean;
  readonly start: number;
  readonly items: readonly {readonly text: readonly Inline[]; readonly lists: readonly LeafletList[]}[];
}

/** A paragraph. */
export interface LeafletParagraph {
  readonly kind: 'paragraph';
  readonly text: readonly Inline[];
}

/** One block of the leaflet, in document order. */
export type LeafletBlock =
  | {readonly kind: 'row'; readonly picture: LeafletPicture | null; readonly content: readonly (LeafletParagraph | LeafletList)[]}
  | {readonly kind: 'heading'; readonly level: 2 | 3; readonly text: readonly Inline[]}
  | LeafletParagraph
  | LeafletList
  | {readonly kind: 'hard-word'; readonly term: string; readonly meaning: readonly Inline[]}
  | {readonly kind: 'contact'; readonly lines: readonly {readonly label: string; readonly text: readonly Inline[]}[]};

/** Notes shown at the top of a released leaflet's page. */
export interface LeafletNotices {
  /** Where the newer release is, when this one was superseded: `''` when this reader may not open it. */
  readonly newerHref?: string;
  /** The review-by date has passed. */
  readonly pastReviewBy?: boolean;
  /** A draft preview, not a release. */
  readonly preview?: boolean;
}

/** A whole leaflet. Dates are `YYYY-MM-DD` or `''`. */
export interface Leaflet {
  readonly title: string;
  /** BCP 47; the PDF and Word file take it from here. */
  readonly language: string;
  readonly audience: string;
  readonly owner: string;
  readonly written: string;
  readonly reviewBy: string;
  /** The date on the front cover: the release date, or the day a preview was made. */
  readonly date: string;
  readonly cover: LeafletPicture | null;
  readonly blocks: readonly LeafletBlock[];
  /** "Checked by the … group on …", or `null` when nobody checked it. */
  readonly checkedBy: string | null;
  readonly pictureCredits: readonly PictureCredit[];
  readonly notices: LeafletNotices;
  readonly settings: LeafletSettings;
}

/** What `buildLeaflet` needs besides the document. */
export interface LeafletOptions {
  readonly date: string;
  readonly checkedBy: string | null;
  readonly settings: LeafletSettings;
  readonly notices?: LeafletNotices;
}

/**
 * Lays out `content` (a stored document file). Throws `DocumentFileError` when the
 * content is not a valid document. The cover picture is the first row's picture.
 */
export async function buildLeaflet(content: DocumentFile, options: LeafletOptions): Promise<Leaflet> {
  const doc = parseDocumentFile(content);
  const meta = documentMeta(doc);
  const blocks: LeafletBlock[] = [];
  const pictures: Picture[] = [];
  for (let i = 1; i < doc.childCount; i++) {
    const node = doc.child(i);
    const block = await toBlock(node);
    if (block) blocks.push(block);
    const picture = node.type.name === 'row' ? (node.attrs['picture'] as Picture | null) : null;
    if (picture) pictures.push(picture);
  }
  const cover = firstPicture(blocks);
  return {
    title: meta.title,
    language: 'en-GB',
    audience: meta.audience,
    owner: meta.owner,
    written: meta.written,
    reviewBy: meta.reviewBy,
    date: options.date,
    cover,
    blocks,
    checkedBy: options.checkedBy,
    pictureCredits: pictureCredits(pictures),
    notices: options.notices ?? {},
    settings: options.settings,
  };
}

/** The first row's picture, for the front cover; `null` when no row has one. */
export function firstPicture(blocks: readonly LeafletBlock[]): LeafletPicture | null {
  for (const block of blocks) if (block.kind === 'row' && block.picture) return block.picture;
  return null;
}

/** The plain text of some inlines. */
export function plainText(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.kind === 'text' ? i.text : ' ')).join('');
}

/** Writes an ISO date the British way: "12 November 2026". Returns `''` for `''`. */
export function longDate(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return '';
  return new Date(`${iso.slice(0, 10)}T12:00:00Z`).toLocaleDateString('en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
}

async function toBlock(node: PMNode): Promise<LeafletBlock | null> {
  switch (node.type.name) {
    case 'row': {
      const content: (LeafletParagraph | LeafletList)[] = [];
      node.forEach((child) => {
        const block = child.type.name === 'paragraph' ? paragraph(child) : list(child);
        content.push(block);
      });
      return {kind: 'row', picture: await loadPicture(node.attrs['picture'] as Picture | null), content};
    }
    case 'heading':
      return {kind: 'heading', level: node.attrs['level'] === 3 ? 3 : 2, text: inlines(node)};
    case 'paragraph':
      return paragraph(node);
    case 'bullet_list':
    case 'ordered_list':
      return list(node);
    case 'hard_word':
      return {kind: 'hard-word', term: node.child(0).textContent, meaning: inlines(node.child(1))};
    case 'contact': {
      const lines: {label: string; text: Inline[]}[] = [];
      node.forEach((line) => lines.push({label: contactFieldLabels[line.attrs['field'] as ContactField], text: inlines(line)}));
      return {kind: 'contact', lines};
    }
    default:
      return null;
  }
}

function paragraph(node: PMNode): LeafletParagraph {
  return {kind: 'paragraph', text: inlines(node)};
}

function list(node: PMNode): LeafletList {
  const items: {text: Inline[]; lists: LeafletList[]}[] = [];
  node.forEach((item) => {
    const lists: LeafletList[] = [];
    for (let i = 1; i < item.childCount; i++) lists.push(list(item.child(i)));
    items.push({text: inlines(item.child(0)), lists});
  });
  const ordered = node.type.name === 'ordered_list';
  return {kind: 'list', ordered, start: ordered ? Number(node.attrs['order']) || 1 : 1, items};
}

function inlines(node: PMNode): Inline[] {
  const result: Inline[] = [];
  node.forEach((child) => {
    if (child.type.name === 'hard_break') {
      result.push({kind: 'break'});
      return;
    }
    if (!child.isText) return;
    const has = (name: string) => child.marks.some((m) => m.type.name === name);
    const link = child.marks.find((m) => m.type.name === 'link');
    result.push({
      kind: 'text',
      text: child.text ?? '',
      bold: has('strong'),
      italic: has('em'),
      underline: has('underline'),
      href: link ? String(link.attrs['href']) : null,
    });
  });
  return result;
}
