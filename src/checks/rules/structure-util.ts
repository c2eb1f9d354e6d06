import type {RuleSettings, Sentence, SettingValue, Token} from '../rule.js';
import type {BlockKind, ProfileName, Severity} from '../types.js';

/**
 * Small helpers shared by the sentence, number, formatting, layout and document rules
 * (`structure-rules.ts`). Pure functions only: no state, no DOM, nothing that throws on user text.
 */

/** Block kinds that hold running body text (not titles, headings, glossary terms or contact lines). */
export const bodyKinds: ReadonlySet<BlockKind> = new Set<BlockKind>([
  'paragraph',
  'row-text',
  'list-item',
  'hard-word-meaning',
]);

/** Block kinds that count as paragraphs: body text that is not a list item. */
export const paragraphKinds: ReadonlySet<BlockKind> = new Set<BlockKind>(['paragraph', 'row-text', 'hard-word-meaning']);

/** The defaults of a rule whose settings are the same in both profiles. */
export function sameInBothProfiles(settings: RuleSettings): Readonly<Record<ProfileName, RuleSettings>> {
  return {'easy-read': settings, plain: settings};
}

/** The defaults of a rule that warns in both profiles. */
export const warnInBothProfiles = sameInBothProfiles({enabled: true, severity: 'warning'});

/** Reads a number setting, falling back when it is missing or not a number. */
export function numberSetting(settings: RuleSettings, key: string, fallback: number): number {
  const value = settings[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** Reads a boolean setting, falling back when it is missing or not a boolean. */
export function booleanSetting(settings: RuleSettings, key: string, fallback: boolean): boolean {
  const value = settings[key];
  return typeof value === 'boolean' ? value : fallback;
}

/** Reads a severity setting (`error`, `warning` or `info`), falling back when it is anything else. */
export function severitySetting(settings: RuleSettings, key: string, fallback: Severity): Severity {
  const value: SettingValue | undefined = settings[key];
  return value === 'error' || value === 'warning' || value === 'info' ? value : fallback;
}

/** Reads a string setting, falling back when it is missing or not a string. */
export function stringSetting(settings: RuleSettings, key: string, fallback: string): string {
  const value = settings[key];
  return typeof value === 'string' ? value : fallback;
}

/** Whether a text has an ASCII digit (0 to 9). */
export function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** The number of words in a sentence: every token except symbols (a number, URL or time is 1 word). */
export function wordCount(sentence: Sentence): number {
  let count = 0;
  for (const token of sentence.tokens) if (token.kind !== 'symbol') count++;
  return count;
}

/** A sentence's `[from, to)` without leading or trailing white space. */
export function trimmedSpan(sentence: Sentence): {from: number; to: number} {
  const lead = sentence.text.length - sentence.text.trimStart().length;
  const trail = sentence.text.length - sentence.text.trimEnd().length;
  const from = sentence.from + lead;
  return {from, to: Math.max(from, sentence.to - trail)};
}

/** `[from, to)` of some text without leading or trailing white space, offset by `base`. */
export function trimmedRange(text: string, base = 0): {from: number; to: number} {
  const lead = text.length - text.trimStart().length;
  const trail = text.length - text.trimEnd().length;
  return {from: base + lead, to: Math.max(base + lead, base + text.length - trail)};
}

/** The number of words in a whole message, for the "under 15 words" rule. */
export function messageWords(message: string): number {
  return message.split(/\s+/).filter(Boolean).length;
}

/** Upper-cases the first character of a string when it is a letter ("1 in 4" stays as it is). */
export function capitalise(text: string): string {
  const index = text.search(/\S/u);
  if (index < 0) return text;
  return text.slice(0, index) + text.charAt(index).toUpperCase() + text.slice(index + 1);
}

/** Writes a whole number with commas between groups of 3 digits (UK style: `1,000`). */
export function groupDigits(value: number): string {
  const [whole, fraction] = String(value).split('.');
  const grouped = (whole ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** Sorted, non-overlapping `[from, to)` spans, as made by {@link skipSpans}. */
export type Spans = readonly {readonly from: number; readonly to: number}[];

/** Token kinds whose text is not prose: symbols inside them are never punctuation problems. */
const opaqueKinds: ReadonlySet<Token['kind']> = new Set<Token['kind']>(['url', 'email', 'phone']);

/**
 * A URL or email address, found without the tokenizer as a fallback. Every repeat is bounded,
 * so a long run such as "1.1.1.1…" cannot make it backtrack across the text.
 */
const urlOrEmailPattern =
  /\b(?:https?:\/\/|www\.)[^\s<>"]{1,2000}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}|\b[\w-]{1,63}(?:\.[\w-]{1,63}){0,6}\.(?:uk|com|org|net)\b(?:\/[^\s<>"]{0,2000})?/giu;

/**
 * Whether `text` could hold a match of {@link urlOrEmailPattern}: every match has an "@", a
 * "://", a "www." or a ".uk", ".com", ".org" or ".net" (in any case). A quick look, so the
 * pattern only runs over text that may hold a link.
 */
function mayHoldLink(text: string): boolean {
  if (text.includes('@') || text.includes('://')) return true;
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (dot >= 3 && text.slice(dot - 3, dot).toLowerCase() === 'www') return true;
    const after = text.slice(dot + 1, dot + 4).toLowerCase();
    if (after.startsWith('uk') || after === 'com' || after === 'org' || after === 'net') return true;
  }
  return false;
}

/** The spans of {@link urlOrEmailPattern} in a block's text, once per block (keyed by its sentences). */
const linkCache = new WeakMap<readonly Sentence[], {readonly text: string; readonly spans: Spans}>();
/** {@link skipSpans} results, per block (keyed by its sentences) and set of token kinds. */
const skipCache = new WeakMap<readonly Sentence[], Map<ReadonlySet<Token['kind']>, {readonly text: string; readonly spans: Spans}>>();

function linkSpans(text: string, sentences: readonly Sentence[]): Spans {
  const cached = linkCache.get(sentences);
  if (cached?.text === text) return cached.spans;
  const spans: {from: number; to: number}[] = [];
  if (mayHoldLink(text)) {
    for (const match of text.matchAll(urlOrEmailPattern)) spans.push({from: match.index, to: match.index + match[0].length});
  }
  linkCache.set(sentences, {text, spans});
  return spans;
}

/**
 * The spans a rule must skip: the tokens of the given kinds (URLs, emails and phone numbers
 * unless told otherwise) plus URLs and emails found by {@link urlOrEmailPattern}, sorted and
 * merged so {@link overlapsAny} can binary-search them. Computed once per block and set of
 * kinds (`kinds` should be a module constant), so the rules that need it share the work.
 */
export function skipSpans(
  text: string,
  sentences: readonly Sentence[],
  kinds: ReadonlySet<Token['kind']> = opaqueKinds
): Spans {
  let byKinds = skipCache.get(sentences);
  const cached = byKinds?.get(kinds);
  if (cached?.text === text) return cached.spans;
  const spans: {from: number; to: number}[] = [];
  for (const sentence of sentences) {
    for (const token of sentence.tokens) if (kinds.has(token.kind)) spans.push({from: token.from, to: token.to});
  }
  for (const span of linkSpans(text, sentences)) spans.push({from: span.from, to: span.to});
  spans.sort((a, b) => a.from - b.from);
  const merged: {from: number; to: number}[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.from <= last.to) last.to = Math.max(last.to, span.to);
    else merged.push({...span});
  }
  if (!byKinds) {
    byKinds = new Map();
    skipCache.set(sentences, byKinds);
  }
  byKinds.set(kinds, {text, spans: merged});
  return merged;
}

/** Whether `[from, to)` overlaps any of the spans made by {@link skipSpans}. Binary search. */
export function overlapsAny(spans: Spans, from: number, to: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle];
    if (!span) return false;
    if (span.to <= from) low = middle + 1;
    else if (span.from >= to) high = middle - 1;
    else return true;
  }
  return false;
}

/** Whether the offset is the first letter of its sentence (so a replacement there needs a capital). */
export function startsSentence(sentences: readonly Sentence[], offset: number): boolean {
  // Sentences are in order: binary-search for the last one starting at or before the offset.
  let low = 0;
  let high = sentences.length - 1;
  let found: Sentence | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle];
    if (!sentence) break;
    if (sentence.from <= offset) {
      found = sentence;
      low = middle + 1;
    } else high = middle - 1;
  }
  if (!found || offset > found.to) return false;
  return found.text.slice(0, offset - found.from).trim() === '';
}

/** Returns `replacement` with a capital first letter when `original` starts with one. */
export function matchCapital(replacement: string, original: string): string {
  return /^\p{Lu}/u.test(original) ? capitalise(replacement) : replacement;
}

/** The names of the months, January first. */
export const monthNames: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** For each row index, the index of the first block in that row (a row's text or list item). */
export function firstBlockOfRows(blocks: readonly {readonly row?: number}[]): Map<number, number> {
  const first = new Map<number, number>();
  blocks.forEach((block, index) => {
    if (block.row !== undefined && !first.has(block.row)) first.set(block.row, index);
  });
  return first;
}
