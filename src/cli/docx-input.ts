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
 * Converts a Word document to HTML with mammoth. Pictures are not read: `htmlToDocument`
 * keeps only pictures the editor made, so inlining Word's images would only make the
 * HTML bigger. Throws `InputError` (naming `file`) when the bytes are not a Word document.
 */
export async function docxToHtml(bytes: Buffer, file: string): Promise<string> {
  try {
    const result = await mammoth.convertToHtml(
      {buffer: bytes},
      {styleMap, convertImage: mammoth.images.imgElement(() => Promise.resolve({src: ''})), externalFileAccess: false}
    );
    return result.value;
  } catch {
    throw new InputError(`Cannot read ${file}: it is not a Word document we can open.`);
  }
}
