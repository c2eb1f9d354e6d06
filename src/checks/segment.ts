import type {Sentence, Token} from './rule.js';
import {tokenize} from './tokenize.js';

export {tokenize} from './tokenize.js';

/**
 * Sentence splitting for easy read text.
 *
 * - A number opening a line as a list marker ("1. Take your tablets.") does not end a sentence.
 * - A line break (`\n`, and U+2028/U+2029) ends a sentence: an easy read line or a bullet
 *   is a sentence of its own even without a full stop. But a line that does not end like a
 *   sentence and runs on with a lower-case word ("Your blood\npressure is high.") is one
 *   sentence broken across lines.
 * - A number opening a sentence as a list marker ("Take it. 2. Drink water.") does not end
 *   a sentence either.
 * - `?` and `!` always end a sentence. Closing quotes and brackets straight after a stop
 *   belong to the sentence that ends there.
 * - A full stop or `…` ends a sentence unless it is part of a token (a decimal "1.5", a time
 *   "5.30pm", a URL, "e.g."), follows a title ("Dr.", "Mr.", "Mrs.", "St.", "Prof.", "No." before
 *   a number), follows "etc." with a lower-case word next, or is followed by a lower-case word.
 *   A digit after a stop starts a new sentence ("…pressure. 25% of adults…").
 * - Sentences of one or two words are kept. A piece with no tokens at all (a lone "…") is
 *   not a sentence.
 */

const LINE_BREAK = /[\n\v\f\u0085\u2028\u2029]/g;
const STOPS = '.?!…‽。！？؟';
const STRONG_STOPS = '?!‽！？؟';
const CLOSERS = '"\'”’)]}»›」』';
/** Abbreviations whose full stop never ends a sentence: a name or a number always follows. */
const TITLES: ReadonlySet<string> = new Set([
  'dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'st', 'rev', 'sr', 'jr', 'dept', 'approx', 'vs',
  'fig', 'ref', 'tel', 'ext', 'eg', 'ie', 'cf', 'incl', 'nr', 'hosp', 'mt',
]);
/** Dotted tokens that never end a sentence (other dotted tokens, "U.K.", may). */
const NON_FINAL_DOTTED: ReadonlySet<string> = new Set(['e.g.', 'i.e.', 'c.f.', 'a.k.a.', 'n.b.', 'p.s.']);

function startsLower(token: Token | undefined): boolean {
  if (!token) return false;
  const first = token.text[0] ?? '';
  return first !== first.toUpperCase() && first === first.toLowerCase();
}

function startsUpperOrDigit(token: Token | undefined): boolean {
  if (!token) return false;
  const first = token.text[0] ?? '';
  return /\d/.test(first) || (first !== first.toLowerCase() && first === first.toUpperCase());
}

/**
 * Where the sentence ending in the gap after `token` stops, as an offset into `line`, or
 * -1 when the gap does not end a sentence. `gapStart`/`gapEnd` bound the gap in `line`.
 */
function sentenceEnd(line: string, token: Token, next: Token, gapStart: number, gapEnd: number): number {
  let stop = gapStart;
  while (stop < gapEnd && !STOPS.includes(line[stop] ?? '')) stop++;
  if (stop === gapEnd) {
    // "in the U.K. The…": a dotted token can carry the sentence's full stop itself.
    const dotted = token.text.endsWith('.') && !NON_FINAL_DOTTED.has(token.text.toLowerCase());
    return dotted && gapEnd > gapStart && startsUpperOrDigit(next) ? gapStart : -1;
  }
  let end = stop;
  let strong = false;
  while (end < gapEnd && STOPS.includes(line[end] ?? '')) {
    if (STRONG_STOPS.includes(line[end] ?? '')) strong = true;
    end++;
  }
  while (end < gapEnd && CLOSERS.includes(line[end] ?? '')) end++;
  if (strong) return end;
  const word = token.text.toLowerCase();
  // "Dr. Adams": only a single full stop straight after the word can be an abbreviation's.
  if (stop === gapStart && line[stop] === '.' && line[stop + 1] !== '.') {
    if (TITLES.has(word)) return -1;
    if (word === 'no' && /^\d/.test(next.text)) return -1;
    if (word === 'etc') return startsUpperOrDigit(next) ? end : -1;
  }
  return startsLower(next) ? -1 : end;
}

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/u.test(char);
}

/**
 * "1. Take your tablets", "2) Drink water": a number of 1 or 2 digits, then a full stop or
 * a closing bracket and a space, numbers a list item when it opens a line (`atLineStart`)
 * or a sentence ("Take your tablet. 2. Drink water.": an inline numbered list).
 */
function isListMarker(line: string, token: Token, lineStart: number, atLineStart: boolean): boolean {
  const from = token.from - lineStart;
  const to = token.to - lineStart;
  if (!/^\d{1,2}$/.test(token.text) || !/^[.)]\s/.test(line.slice(to, to + 2))) return false;
  return !atLineStart || line.slice(0, from).trim() === '';
}

function makeSentence(text: string, from: number, to: number, tokens: readonly Token[]): Sentence {
  let start = from;
  while (start < to && isSpace(text[start])) start++;
  let end = to;
  while (end > start && isSpace(text[end - 1])) end--;
  return {from: start, to: end, text: text.slice(start, end), tokens};
}

function splitLine(text: string, lineStart: number, lineEnd: number, out: Sentence[]): void {
  const line = text.slice(lineStart, lineEnd);
  const tokens = tokenize(line, lineStart);
  if (tokens.length === 0) return;
  let sentenceStart = lineStart;
  let first = 0;
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1]!;
    if (i === first && isListMarker(line, token, lineStart, i === 0)) continue;
    const end = sentenceEnd(line, token, next, token.to - lineStart, next.from - lineStart);
    if (end < 0) continue;
    out.push(makeSentence(text, sentenceStart, lineStart + end, tokens.slice(first, i + 1)));
    sentenceStart = lineStart + end;
    first = i + 1;
  }
  out.push(makeSentence(text, sentenceStart, lineEnd, tokens.slice(first)));
}

/**
 * Splits a block's text into sentences, in order. Offsets are into `text`; a sentence's
 * `text` is `text.slice(from, to)`, trimmed of surrounding white space, and it always has
 * at least one token. Never throws; empty text gives `[]`.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const breaks = new RegExp(LINE_BREAK.source, 'g');
  let lineStart = 0;
  for (let found = breaks.exec(text); found; found = breaks.exec(text)) {
    if (continuesSentence(text, found.index, found.index + found[0].length)) continue;
    splitLine(text, lineStart, found.index, out);
    lineStart = found.index + found[0].length;
  }
  splitLine(text, lineStart, text.length, out);
  return out;
}

/**
 * Whether the line break at `[at, after)` runs on inside a sentence ("Your blood\npressure
 * is high."): the text before it does not end like a sentence or a heading (a stop, colon
 * or semicolon), and the next line starts with a lower-case letter. A bullet, a number or
 * a capital on the next line starts a new one. Looks at a few characters only.
 */
function continuesSentence(text: string, at: number, after: number): boolean {
  let next = after;
  while (next < text.length && (text[next] === ' ' || text[next] === '\t')) next++;
  if (!/\p{Ll}/u.test(text[next] ?? '')) return false;
  let last = at - 1;
  while (last >= 0 && (text[last] === ' ' || text[last] === '\t')) last--;
  const end = text[last] ?? '';
  return last >= 0 && !STOPS.includes(end) && !':;'.includes(end) && !/[\n\v\f\u0085\u2028\u2029]/u.test(end);
}
