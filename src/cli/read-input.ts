import {readFile} from 'node:fs/promises';
import {extname} from 'node:path';
import {textToInput} from '../checks/check-text.js';
import type {CheckInput} from '../checks/types.js';
import {DocumentFileError, parseDocumentFile} from '../document/document-file.js';
import {documentBlocks} from '../document/text-blocks.js';
import {symbolRecords} from '../pictures/symbol-data.js';
import {symbolNamesFrom} from '../pictures/symbol-names.js';
import {fileProblem, InputError} from './input-error.js';
import {locateBlocks, numberBlocks, type SourceMap} from './source-lines.js';

/** The library's picture names, to tell a description that only repeats one. */
const librarySymbolNames = symbolNamesFrom(symbolRecords);

/** A file read for checking. */
export interface ReadInput {
  readonly input: CheckInput;
  /**
   * For Markdown and HTML: where any offset in a block is in the source file. Without it,
   * a block's `line` is its first line (text files) or its number (Word, saved documents).
   */
  readonly map?: SourceMap;
}

/** The kinds of file the checker reads, by extension. */
export type InputKind = 'text' | 'markdown' | 'html' | 'docx' | 'document';

const kinds: Readonly<Record<string, InputKind>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
  '.json': 'document',
};

/** The kind of a file from its name, or `undefined` when we cannot read that kind. */
export function inputKind(file: string): InputKind | undefined {
  return kinds[extname(file).toLowerCase()];
}

/**
 * Reads a file and returns it as check input, with `line` set on every block:
 * - `.txt`: the line the block is on (`textToInput`);
 * - `.md`, `.html`: the source line the block's text starts on, plus a source map
 *   (see `source-lines.ts`);
 * - `.docx`, `.json`: the block's number, 1 for the title, as these files have no lines.
 * Throws `InputError` for a file that is missing, unreadable or not what its name says.
 */
export async function readInput(file: string): Promise<ReadInput> {
  const kind = inputKind(file);
  if (kind === undefined) throw new InputError(`Cannot read ${file}: use a .txt, .md, .html, .docx or .json file.`);
  const bytes = await readBytes(file);
  switch (kind) {
    case 'text':
      return {input: textToInput(decode(bytes, file))};
    case 'markdown': {
      const {htmlToInput, markdownToHtml} = await import('./html-input.js');
      const source = decode(bytes, file);
      const input = htmlToInput(markdownToHtml(source));
      const {blocks, map} = locateBlocks(input.blocks, source, 'markdown');
      return {input: {...input, blocks}, map};
    }
    case 'html': {
      const {htmlToInput, pageBody} = await import('./html-input.js');
      const source = decode(bytes, file);
      const input = htmlToInput(pageBody(source));
      const {blocks, map} = locateBlocks(input.blocks, source, 'html');
      return {input: {...input, blocks}, map};
    }
    case 'docx': {
      const [{htmlToInput}, {docxToHtml}] = await Promise.all([import('./html-input.js'), import('./docx-input.js')]);
      const html = await docxToHtml(bytes, file);
      const input = htmlToInput(html);
      return {input: {...input, blocks: numberBlocks(input.blocks)}};
    }
    case 'document':
      return {input: documentInput(decode(bytes, file), file)};
  }
}

function documentInput(json: string, file: string): CheckInput {
  try {
    const input = documentBlocks(parseDocumentFile(json), {symbolNames: librarySymbolNames}).input;
    return {...input, blocks: numberBlocks(input.blocks)};
  } catch (error) {
    if (error instanceof DocumentFileError) throw new InputError(`Cannot read ${file}: ${lowerFirst(error.message)}`);
    throw error;
  }
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new InputError(`Cannot read ${file}: ${fileProblem(error)}.`);
  }
}

/** Control characters that never appear in a text file (tab, line ends and form feed do). */
const BINARY_CONTROL = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/;
const utf8 = new TextDecoder('utf-8', {fatal: true});

/**
 * The text of a file: UTF-8 (or UTF-16 with a byte order mark), without the byte order
 * mark, with Windows and old Mac line ends made `\n`. Throws `InputError` for a file that
 * is not text (a picture, a program, a zip file): bytes that are not UTF-8, or control
 * characters no text file holds.
 */
function decode(bytes: Buffer, file: string): string {
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', {fatal: true}).decode(bytes);
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be', {fatal: true}).decode(bytes);
    else text = utf8.decode(bytes);
  } catch {
    throw new InputError(`Cannot read ${file}: it is not a text file.`);
  }
  if (BINARY_CONTROL.test(text)) throw new InputError(`Cannot read ${file}: it is not a text file.`);
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function lowerFirst(message: string): string {
  return /^(This|The) /.test(message) ? message[0]!.toLowerCase() + message.slice(1) : message;
}
