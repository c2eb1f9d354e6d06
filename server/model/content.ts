/**
 * Document content as the server stores it: the editor's document-file JSON
 * (`src/document/document-file.ts`), checked against the document schema and written
 * in one canonical form, so what is stored always opens in the editor.
 *
 * @module
 */
import {
  DocumentFileError,
  documentFormat,
  emptyDocument,
  parseDocumentFile,
  toDocumentFile,
  type DocumentFile,
} from '../../src/document/document-file.js';
import {unsafeContent} from '../../src/document/safe-content.js';
import {isRecord} from './json.js';

/**
 * Checks `input` as a document file and returns its canonical form (details in
 * `meta` taken from the document, every block with an id). Throws `DocumentFileError`
 * with a plain message when it is not a valid document, or when it holds a link or a
 * picture address that is not allowed (see `src/document/safe-content.ts`); the message
 * names the first such place ("Row 3 has a link that is not safe: …").
 */
export function canonicalDocument(input: unknown): DocumentFile {
  const doc = parseDocumentFile(input);
  const problems = unsafeContent(doc);
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    throw new DocumentFileError(`${problems[0]!.message}${more}. Remove it and try again.`);
  }
  return toDocumentFile(doc);
}

/** A new, empty document file with `title`. */
export function newDocumentFile(title: string): DocumentFile {
  return toDocumentFile(emptyDocument(title));
}

/**
 * Reads content the server stored. It was canonical when written, so only the
 * outline is checked here (a full parse of every read would make a later, stricter
 * editor schema lock people out of their old documents). Throws `Error` if the
 * stored text is not a document file at all, which would mean a damaged database.
 */
export function readStoredDocument(text: string): DocumentFile {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || !('format' in value) || !('meta' in value) || !('doc' in value)) {
    throw new Error('A stored document is damaged: it is not a document file.');
  }
  const {format, meta, doc} = value;
  if (format !== documentFormat || !isRecord(meta) || !isRecord(doc)) {
    throw new Error('A stored document is damaged: its outline is wrong.');
  }
  return {
    format,
    meta: {
      title: asText(meta['title']),
      audience: asText(meta['audience']),
      owner: asText(meta['owner']),
      written: asText(meta['written']),
      reviewBy: asText(meta['reviewBy']),
    },
    doc,
  };
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
