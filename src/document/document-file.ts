import {Node as PMNode} from 'prosemirror-model';
import {newBlockId, withBlockIds} from './block-ids.js';
import {documentTitle, schema} from './schema.js';

/** The format tag written into every document file. */
export const documentFormat = 'easy-read-studio/1';

/** A document's details, as stored in the `meta` part of the file. Dates are `YYYY-MM-DD` or `''`. */
export interface DocumentMeta {
  readonly title: string;
  readonly audience: string;
  readonly owner: string;
  readonly written: string;
  readonly reviewBy: string;
}

/** The JSON shape of an Easy Read Studio document file. */
export interface DocumentFile {
  readonly format: typeof documentFormat;
  readonly meta: DocumentMeta;
  readonly doc: Record<string, unknown>;
}

/** Thrown when a file cannot be read as an Easy Read Studio document. `message` is plain and safe to show. */
export class DocumentFileError extends Error {
  override readonly name = 'DocumentFileError';
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a document file, given as text or as already-parsed JSON, and returns its
 * ProseMirror document with the details in the doc node's attributes.
 * Every block gets a unique id (see `withBlockIds`): a file without ids, or with a copied
 * one, reads with the same new ids each time.
 * Throws `DocumentFileError` with a plain message for anything malformed or foreign;
 * never any other error.
 */
export function parseDocumentFile(input: string | unknown): PMNode {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      throw new DocumentFileError('This file is not a document we can open. It is not valid JSON.');
    }
  }
  if (!isRecord(data)) throw new DocumentFileError('This file is not an Easy Read Studio document.');
  if (data['format'] !== documentFormat) {
    if (typeof data['format'] === 'string' && data['format'].startsWith('easy-read-studio/')) {
      throw new DocumentFileError('This document was made by a newer version. Please update Easy Read Studio.');
    }
    throw new DocumentFileError('This file is not an Easy Read Studio document.');
  }
  const meta = data['meta'] ?? {};
  if (!isRecord(meta)) throw new DocumentFileError('The document details in this file are broken.');
  for (const key of ['title', 'audience', 'owner', 'written', 'reviewBy'] as const) {
    if (meta[key] !== undefined && typeof meta[key] !== 'string') {
      throw new DocumentFileError(`The document details in this file are broken (${key}).`);
    }
  }
  for (const key of ['written', 'reviewBy'] as const) {
    const value = meta[key];
    if (typeof value === 'string' && value !== '' && !isoDate.test(value)) {
      throw new DocumentFileError(`The date in this file is not in the form 2026-08-06 (${key}).`);
    }
  }
  if (!isRecord(data['doc'])) throw new DocumentFileError('This file has no document in it.');
  let doc: PMNode;
  try {
    doc = PMNode.fromJSON(schema, data['doc']);
    doc.check();
  } catch {
    throw new DocumentFileError('The document in this file is broken. Parts of it are not allowed.');
  }
  if (!Array.isArray(doc.attrs['ignores'])) {
    throw new DocumentFileError('The list of ignored problems in this file is broken.');
  }
  // The details in `meta` win over stray doc attributes, so the file has one truth.
  return doc.type.create(
    {
      ...doc.attrs,
      audience: meta['audience'] ?? doc.attrs['audience'],
      owner: meta['owner'] ?? doc.attrs['owner'],
      written: meta['written'] ?? doc.attrs['written'],
      reviewBy: meta['reviewBy'] ?? doc.attrs['reviewBy'],
    },
    withBlockIds(doc).content
  );
}

/** The details of a document, read from its doc node. */
export function documentMeta(doc: PMNode): DocumentMeta {
  return {
    title: documentTitle(doc),
    audience: String(doc.attrs['audience'] ?? ''),
    owner: String(doc.attrs['owner'] ?? ''),
    written: String(doc.attrs['written'] ?? ''),
    reviewBy: String(doc.attrs['reviewBy'] ?? ''),
  };
}

/** Writes a document as a file object; `JSON.stringify` it to save. */
export function toDocumentFile(doc: PMNode): DocumentFile {
  return {format: documentFormat, meta: documentMeta(doc), doc: doc.toJSON() as Record<string, unknown>};
}

/** A new, empty document with the given title and one empty row, every block with a new id. */
export function emptyDocument(title = ''): PMNode {
  const {nodes} = schema;
  return nodes['doc']!.create(null, [
    nodes['title']!.create({id: newBlockId()}, title ? schema.text(title) : undefined),
    nodes['row']!.create({id: newBlockId()}, nodes['paragraph']!.create({id: newBlockId()})),
  ]);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
