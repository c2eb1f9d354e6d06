import {DocumentFileError, parseDocumentFile, toDocumentFile, type DocumentFile} from '../document/document-file.js';
import {schema} from '../document/schema.js';

const notOpened = 'We could not open that file. Choose a Word (.docx) or Easy Read Studio (.json) file.';

/**
 * Reads a file the user chose: a Word document (`.docx`, converted; `onProgress` hears
 * each stage) or an Easy Read Studio file (`.json`). Rejects with an `Error` whose
 * message is plain and safe to show.
 */
export async function readDocumentFile(file: File, onProgress?: (stage: string) => void): Promise<DocumentFile> {
  try {
    if (/\.docx$/i.test(file.name)) {
      const {importDocx} = await import('../editor/import-docx.js');
      return toDocumentFile(await importDocx(file, ({stage}) => onProgress?.(stage)));
    }
    return toDocumentFile(parseDocumentFile(await file.text()));
  } catch (error) {
    const plain = error instanceof DocumentFileError || (error instanceof Error && error.name === 'ImportError');
    throw new Error(plain ? (error as Error).message : notOpened, {cause: error});
  }
}

/** Offers the document as a `.json` file download. */
export function downloadDocumentFile(file: DocumentFile): void {
  const blob = new Blob([JSON.stringify(file, null, 2)], {type: 'application/json'});
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${(file.meta.title || 'document').replace(/[^\w -]+/g, '').trim() || 'document'}.easyread.json`;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** The same document with another title (the title at its top and in its details). */
export function retitled(file: DocumentFile, title: string): DocumentFile {
  const doc = parseDocumentFile(file);
  const heading = schema.nodes['title']!.create(null, title ? schema.text(title) : undefined);
  return toDocumentFile(doc.copy(doc.content.replaceChild(0, heading)));
}
