import mammoth from 'mammoth';
import {InputError} from './input-error.js';

/**
 * Word's paragraph styles, mapped the way writers use them: the document's Title is its
 * title; Heading 1 and 2 are our two heading levels. Mammoth's defaults map Heading 1 to
 * `<h1>`, which would make every chapter a title.
 */
const styleMap = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Heading 1'] => h2:fresh",
  "p[style-name='Heading 2'] => h3:fresh",
  "p[style-name='Heading 3'] => h3:fresh",
];

/**
 * For a document with no Title: many writers use Heading 1 for the title and Heading 2 for
 * sections. Heading 1 becomes `<h1>` (the first is the title; `htmlToDocument` moves any
 * other down a level), so the Heading 2s under it stay main headings.
 */
const styleMapWithoutTitle = [
  "p[style-name='Heading 1'] => h1:fresh",
  "p[style-name='Heading 2'] => h2:fresh",
  "p[style-name='Heading 3'] => h3:fresh",
];

/**
 * Converts a Word document to HTML with mammoth. Pictures are not read: `htmlToDocument`
 * keeps only pictures the editor made, so inlining Word's images would only make the
 * HTML bigger. A document with no Title style is read again with `styleMapWithoutTitle`.
 * Throws `InputError` (naming `file`) when the bytes are not a Word document.
 */
export async function docxToHtml(bytes: Buffer, file: string): Promise<string> {
  try {
    const html = await convert(bytes, styleMap);
    return /<h1[\s>]/.test(html) ? html : await convert(bytes, styleMapWithoutTitle);
  } catch {
    throw new InputError(`Cannot read ${file}: it is not a Word document we can open.`);
  }
}

async function convert(bytes: Buffer, map: string[]): Promise<string> {
  const options = {styleMap: map, convertImage: mammoth.images.imgElement(() => Promise.resolve({src: ''})), externalFileAccess: false};
  return (await mammoth.convertToHtml({buffer: bytes}, options)).value;
}
