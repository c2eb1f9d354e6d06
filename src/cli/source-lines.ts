import type {CheckBlock} from '../checks/types.js';

/**
 * Works out where each block's text is in a source file (Markdown or HTML), so findings
 * point at the line and column the writer sees in the file they have open.
 *
 * The blocks come from the parsed document, so their text has no markup; the source has
 * markup, entities and line wrapping. We find each block's words in the source, in order,
 * starting where the previous block's words ended, and remember where each word was
 * found. A block's `line` is the line of its first word. A word we cannot find nearby (an
 * entity, a character the converter changed) is skipped. A block with no words, or whose
 * first word is not found, takes the previous block's line, so lines never go backwards.
 */

/** A place in a source file: 1-based line and column (the column counts UTF-16 code units). */
export interface SourcePlace {
  readonly line: number;
  readonly column: number;
}

/** Where blocks' text is in their source file. */
export interface SourceMap {
  /** The source place of `offset` in the text of block `block`. */
  place(block: number, offset: number): SourcePlace;
}

/** One word of a block found in the source: its offset in the block and in the source. */
interface Anchor {
  readonly offset: number;
  readonly source: number;
  readonly length: number;
}

/** How far past the previous word to look for the next word of the same block. */
const nearby = 400;

const wordPattern = /[\p{L}\p{N}]+/gu;

/** Returns the blocks with `line` set to the source line their text starts on, and a map for any offset in them. */
export function locateBlocks(
  blocks: readonly CheckBlock[],
  source: string,
  kind: 'markdown' | 'html'
): {blocks: CheckBlock[]; map: SourceMap} {
  const text = kind === 'html' ? blankMarkup(source) : source;
  const lineStarts = lineStartsOf(text);
  const anchors: Anchor[][] = [];
  const starts: number[] = [];
  let cursor = 0;
  let start = 0;
  const located = blocks.map((block) => {
    const found: Anchor[] = [];
    for (const match of block.text.matchAll(wordPattern)) {
      const word = match[0];
      const at = findWord(text, word, cursor, found.length === 0 ? text.length : cursor + nearby);
      if (at < 0) {
        // Without its first word we cannot place the block; keep the cursor where it was.
        if (found.length === 0) break;
        continue;
      }
      found.push({offset: match.index, source: at, length: word.length});
      cursor = at + word.length;
    }
    // Text before the first word (a bracket, a quote) sits just before it, on the same line.
    if (found[0]) start = Math.max(found[0].source - found[0].offset, lineStarts[lineOf(lineStarts, found[0].source) - 1]!);
    anchors.push(found);
    starts.push(start);
    return {...block, line: lineOf(lineStarts, start)};
  });
  const toPlace = (offset: number): SourcePlace => {
    const line = lineOf(lineStarts, offset);
    return {line, column: offset - lineStarts[line - 1]! + 1};
  };
  return {
    blocks: located,
    map: {
      place(block, offset) {
        const found = anchors[block] ?? [];
        const blockStart = starts[block] ?? 0;
        // The last word starting at or before the offset; text after it keeps its distance from it.
        let index = found.length - 1;
        while (index >= 0 && found[index]!.offset > offset) index--;
        const anchor = found[index];
        if (!anchor) return toPlace(Math.max(blockStart, (found[0]?.source ?? blockStart) - ((found[0]?.offset ?? 0) - offset)));
        const next = found[index + 1];
        const source = anchor.source + (offset - anchor.offset);
        // Past the end of the word, markup may sit before the next word: never go beyond it.
        return toPlace(next && offset > anchor.offset + anchor.length ? Math.min(source, next.source) : source);
      },
    },
  };
}

/** Gives each block its number as its line: for formats with no lines (Word, saved documents). */
export function numberBlocks(blocks: readonly CheckBlock[]): CheckBlock[] {
  return blocks.map((block, index) => ({...block, line: index + 1}));
}

/**
 * Replaces HTML tags, comments and the contents of `<script>`, `<style>`, `<head>` and
 * `<template>` with spaces, keeping every line break, so words in attributes or scripts
 * are not mistaken for text and offsets still map to the same lines and columns.
 */
function blankMarkup(html: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  return html
    .replace(/<!--[\s\S]*?(-->|$)/g, blank)
    .replace(/<(script|style|head|template)\b[\s\S]*?<\/\1\s*>/gi, blank)
    .replace(/<[^>]*>?/g, blank);
}

/** Finds `word` as a whole word starting in `text[from, to)`; returns its offset or -1. */
function findWord(text: string, word: string, from: number, to: number): number {
  // Search only a window when the range is short, so a missing word does not scan the whole file.
  const window = to < text.length ? text.slice(from, to + word.length) : text.slice(from);
  for (let at = window.indexOf(word); at >= 0 && at + from < to; at = window.indexOf(word, at + 1)) {
    const offset = at + from;
    if (!isWordChar(text, offset - 1) && !isWordChar(text, offset + word.length)) return offset;
  }
  return -1;
}

const wordChar = /[\p{L}\p{N}]/u;

function isWordChar(text: string, at: number): boolean {
  const char = text[at];
  return char !== undefined && wordChar.test(char);
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** The 1-based line holding `offset`, by binary search over the line starts. */
function lineOf(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
