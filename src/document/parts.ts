import type {Node as PMNode} from 'prosemirror-model';
import {blockIdOf, withBlockIds} from './block-ids.js';
import {parseDocumentFile, type DocumentFile} from './document-file.js';
import {hashHex} from './hash.js';
import type {Picture} from './schema.js';

/** What a part of a document is. */
export type PartKind = 'title' | 'heading' | 'row' | 'list' | 'paragraph' | 'hard-word' | 'contact';

/**
 * One reviewable part of a document: the title or one top-level block.
 * `text` is its plain text: its paragraphs (a row's, a hard word's term and meaning, a
 * contact block's lines) joined by `"\n"`, each list item on a line of its own (nested
 * items too, without bullets or numbers), a line break inside a paragraph as `"\n"`.
 * Character offsets into `text` stay put while the part does not change.
 */
export interface Part {
  /** The block's id, unique in the document and kept across edits. */
  readonly id: string;
  readonly kind: PartKind;
  readonly text: string;
  /** A row's picture; null for a row without one and for every other kind. */
  readonly picture: {readonly src: string; readonly alt: string} | null;
}

const kinds: Readonly<Record<string, PartKind>> = {
  title: 'title',
  heading: 'heading',
  row: 'row',
  bullet_list: 'list',
  ordered_list: 'list',
  paragraph: 'paragraph',
  hard_word: 'hard-word',
  contact: 'contact',
};

/**
 * The reviewable parts of a document, in document order: the title, then each top-level
 * block. A document file is read with `parseDocumentFile` (which throws
 * `DocumentFileError` for a broken file); blocks without an id get the ids that reading
 * would give them (see `withBlockIds`), so the same content always has the same part ids.
 */
export function documentParts(doc: PMNode | DocumentFile): Part[] {
  const node = 'format' in doc ? parseDocumentFile(doc) : withBlockIds(doc);
  const parts: Part[] = [];
  node.forEach((child) => {
    const kind = kinds[child.type.name];
    if (!kind) return;
    const picture = child.attrs['picture'] as Picture | null | undefined;
    parts.push({
      id: blockIdOf(child) ?? '',
      kind,
      text: lines(child).join('\n'),
      picture: picture ? {src: picture.src, alt: picture.alt} : null,
    });
  });
  return parts;
}

/**
 * A short fingerprint of a part's text and picture (source and alt text): two parts have
 * the same fingerprint when, and (but for a 1 in 2^64 chance) only when, their text and
 * picture are the same. The kind and id are not part of it.
 */
export function fingerprint(part: Pick<Part, 'text' | 'picture'>): string {
  return hashHex(JSON.stringify([part.text, part.picture?.src ?? null, part.picture?.alt ?? null]));
}

/** The text lines of a block: one per textblock inside it, in order. */
function lines(node: PMNode): string[] {
  if (node.isTextblock) return [node.textBetween(0, node.content.size, '\n', '\n')];
  const out: string[] = [];
  node.forEach((child) => out.push(...lines(child)));
  return out;
}
