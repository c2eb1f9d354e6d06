import {documentFormat, type DocumentFile, type DocumentMeta} from './document-file.js';

/** A run of a row's text, with the address it links to, if any. */
export interface TextRun {
  readonly text: string;
  readonly href?: string;
}

/** One easy-read row of {@link rowsFile}: its text (one paragraph) and its picture attribute, if any. */
export interface RowSpec {
  readonly text: string | readonly TextRun[];
  readonly picture?: Readonly<Record<string, unknown>> | null;
}

/**
 * A document file with a title and easy-read rows of one paragraph each, as JSON, for
 * samples and tests. The title is also the details' title unless `meta` says otherwise.
 * Nothing is checked: a file with a bad picture stays bad, for the code that must refuse it.
 */
export function rowsFile(title: string, rows: readonly RowSpec[], meta: Partial<DocumentMeta> = {}): DocumentFile {
  const runs = (text: RowSpec['text']) => (typeof text === 'string' ? [{text}] : text);
  return {
    format: documentFormat,
    meta: {title, audience: '', owner: '', written: '', reviewBy: '', ...meta},
    doc: {
      type: 'doc',
      content: [
        {type: 'title', content: [{type: 'text', text: title}]},
        ...rows.map((row) => ({
          type: 'row',
          ...(row.picture !== undefined ? {attrs: {picture: row.picture}} : {}),
          content: [
            {
              type: 'paragraph',
              content: runs(row.text).map(({text, href}) => ({
                type: 'text',
                text,
                ...(href !== undefined ? {marks: [{type: 'link', attrs: {href}}]} : {}),
              })),
            },
          ],
        })),
      ],
    },
  };
}
