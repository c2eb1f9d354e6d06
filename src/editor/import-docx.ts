import type {Node as PMNode} from 'prosemirror-model';
import {htmlToDocument} from './html-to-document.js';

/** Thrown when a file cannot be imported. `message` is plain and safe to show. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}

/** How far an import has got: `stage` is plain words to show, `fraction` runs from 0 to 1. */
export interface ImportProgress {
  readonly stage: string;
  readonly fraction: number;
}

/** Options for `importDocx`. */
export interface ImportOptions {
  /** The Document to build HTML in. Defaults to the global `document`; pass linkedom's in Node. */
  readonly document?: Document;
}

const notWord = 'This is not a Word document. Choose a .docx file.';

// Word's Title style is not in mammoth's default style map. Underline is off by default
// in mammoth (it looks like a link); the schema keeps it so the checks can flag it.
const styleMap = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh", 'u => u'];

/**
 * Reads a Word (.docx) file into a document: Title (or the first Heading 1, or else the
 * first line) becomes the title, other headings become headings, paragraphs become rows,
 * lists stay lists, bold, italic, underline and safe links are kept (see `htmlToDocument`).
 *
 * Pictures in the Word file are dropped on purpose: easy read pictures come only from the
 * picture picker, which records each one's alt text, credit and licence; a pasted-in
 * Word picture has none of these, and stored inline it would bloat every saved copy.
 * (Mammoth is told to give each picture an empty `src`, so none is ever decoded.)
 *
 * Calls `onProgress` at each stage. Throws `ImportError` with a plain message for a file
 * that is empty or not a .docx (a renamed .txt, a PDF, a zip without a Word document),
 * an old .doc or password-protected file, or a damaged one. Outside the browser, pass
 * `options.document` (see `htmlToDocument`), or it throws that function's `RangeError`.
 *
 * Mammoth is loaded on first use, from its prebuilt browser bundle: its CommonJS sources
 * have circular `require`s (in xmlbuilder) that the test runner's CommonJS conversion
 * cannot order, while the bundle loads the same in Vite, the test runner and Node.
 */
export async function importDocx(
  file: Blob | ArrayBuffer,
  onProgress?: (progress: ImportProgress) => void,
  options: ImportOptions = {}
): Promise<PMNode> {
  const report = (stage: string, fraction: number) => onProgress?.({stage, fraction});
  report('Reading the file', 0);
  let bytes: ArrayBuffer;
  try {
    bytes = file instanceof ArrayBuffer ? file : await file.arrayBuffer();
  } catch (cause) {
    throw new ImportError('We could not read this file. Try choosing it again.', {cause});
  }
  checkSignature(bytes);

  report('Opening the Word document', 0.2);
  let mammoth: typeof import('mammoth');
  try {
    mammoth = (await import('mammoth/mammoth.browser.js')).default;
  } catch (cause) {
    throw new ImportError('We could not load the Word reader. Check your connection, then try again.', {cause});
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      {arrayBuffer: bytes},
      {styleMap, convertImage: mammoth.images.imgElement(() => Promise.resolve({src: ''})), externalFileAccess: false}
    );
    html = result.value;
  } catch (cause) {
    const text = cause instanceof Error ? cause.message : String(cause);
    // "Could not find main document part" (a zip, but not a Word file), or a zip reader error.
    const message = /main document part|zip|central directory/i.test(text)
      ? notWord
      : 'This Word document seems to be damaged. Open it in Word, save it again, then try again.';
    throw new ImportError(message, {cause});
  }

  report('Turning it into easy read rows', 0.7);
  const doc = htmlToDocument(html, options.document);
  report('Done', 1);
  return doc;
}

/** Every .docx is a zip file; an old .doc and a password-protected .docx are OLE files. */
function checkSignature(bytes: ArrayBuffer): void {
  const head = Array.from(new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength)));
  const is = (signature: number[]) => signature.every((byte, i) => head[i] === byte);
  if (is([0x50, 0x4b, 0x03, 0x04])) return;
  if (is([0xd0, 0xcf, 0x11, 0xe0])) {
    throw new ImportError(
      'This is an old Word file (.doc) or it has a password. Open it in Word and save it as a .docx without a password, then try again.'
    );
  }
  throw new ImportError(notWord);
}
