import type {Profile, RuleSettings, Sentence, SettingValue, Token} from '../rule.js';
import {sentenceWords} from '../sentence-words.js';
import type {BlockKind, ProfileName, Severity} from '../types.js';

/**
 * Shared helpers for the word rules (`word-rules.ts`): reading settings, picking word
 * tokens, org word lists, quotations and hard-word explanations. Pure functions; nothing
 * here throws on user text.
 */

/** Reads a severity setting, falling back when it is not `error`, `warning` or `info`. */
export function severityOf(settings: RuleSettings, key: string, fallback: Severity): Severity {
  const value: SettingValue | undefined = settings[key];
  return value === 'error' || value === 'warning' || value === 'info' ? value : fallback;
}

/** Reads a number setting, falling back when it is missing. */
export function numberOf(settings: RuleSettings, key: string, fallback: number): number {
  const value = settings[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** Reads a boolean setting, falling back when it is missing. */
export function flagOf(settings: RuleSettings, key: string, fallback: boolean): boolean {
  const value = settings[key];
  return typeof value === 'boolean' ? value : fallback;
}

/** The defaults of a hint for easy read only: info in easy read, off in plain English. */
export const easyReadHint: Readonly<Record<ProfileName, RuleSettings>> = {
  'easy-read': {enabled: true, severity: 'info'},
  plain: {enabled: false, severity: 'info'},
};

/** Block kinds whose text is not prose: contact lines (addresses, numbers). */
const notProse: ReadonlySet<BlockKind> = new Set<BlockKind>(['contact']);

/** Whether a block holds prose the word rules read (everything but contact lines). */
export function isProse(kind: BlockKind): boolean {
  return !notProse.has(kind);
}

/** Block kinds of running text: not titles, headings, hard-word terms or contact lines. */
export const runningTextKinds: ReadonlySet<BlockKind> = new Set<BlockKind>([
  'paragraph',
  'row-text',
  'list-item',
  'hard-word-meaning',
]);

/** The `word` tokens of a sentence (shared: see `sentence-words.ts`; do not change the array). */
export function wordTokens(sentence: Sentence): readonly Token[] {
  return sentenceWords(sentence).tokens;
}

/** The `word` tokens of all a block's sentences, in order (a plain loop: `flatMap` is slow). */
export function blockWords(sentences: readonly Sentence[]): Token[] {
  const words: Token[] = [];
  for (const sentence of sentences) for (const token of sentenceWords(sentence).tokens) words.push(token);
  return words;
}

/** The number of words in a message, for the "under 15 words" rule. */
export function messageWordCount(message: string): number {
  return message.split(/\s+/).filter(Boolean).length;
}

/** Whether an organisation allows `text` (any case): allowed words are never flagged. */
export function isAllowed(profile: Profile, text: string): boolean {
  return profile.words.allowed.size > 0 && profile.words.allowed.has(text.toLowerCase().replace(/[’‘]/g, "'"));
}

/** Quotation `[from, to)` ranges in a block's text ("…", “…”), for rules that skip quoted speech. */
export function quotedRanges(text: string): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = [];
  const pattern = /“[^”\n]*”|"[^"\n]*"/g;
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    ranges.push([found.index, found.index + found[0].length]);
  }
  return ranges;
}

/** Whether `[from, to)` lies inside one of `ranges`. */
export function inside(ranges: ReadonlyArray<readonly [number, number]>, from: number, to: number): boolean {
  return ranges.some(([start, end]) => from >= start && to <= end);
}

/** After a hard word: "(…)", "means …", "is the medical word for …", ", or …". */
const explainedAfter = new RegExp(
  [
    '^\\s*(?:\\([^)]*\\p{L}[^)]*\\)',
    ',?\\s+(?:means|is when|is what|is where|stands for|is short for|is (?:a|an|the|another) (?:medical |other )?(?:word|name|term) for)\\b',
    ',\\s+(?:or|which means|that is)\\s)',
  ].join('|'),
  'iu'
);
/** Before a hard word: "called (a) …", "known as …", "the medical word for this is …", "(". */
const explainedBefore = new RegExp(
  [
    '(?:\\b(?:called|known as|named|the (?:medical |proper )?(?:word|name|term) (?:for (?:this|it) )?is)\\s+(?:an?\\s+|the\\s+)?["“‘\']?',
    '\\(\\s*)$',
  ].join('|'),
  'iu'
);
/** A next sentence that explains: "This means …", or says what the thing is: "They are a free service …". */
const nextSentenceExplains = /^\s*(?:(?:this|that|it)\s+means\b|(?:it|this|they)\s+(?:is|are)\s+(?:a|an)\s)/iu;
/** A sentence that starts with the hard word, perhaps after "the", "a" or "your": "The cervix is …". */
const startsSentence = /(?:^|[.!?:]\s+)(?:(?:the|a|an|your)\s+)?$/iu;
/** After a hard word that starts its sentence: "… is the opening to your womb", "… are small tubes". */
const definedAfter = /^\s+(?:is|are)\s+(?:a|an|the|when|where)\s/iu;

/**
 * Whether the hard word at `[from, to)` of `text` comes with an explanation, in one of the
 * forms easy read and NHS guidance accept:
 * - the word then brackets: "hypertension (high blood pressure)";
 * - a plain word then the word in brackets: "high blood pressure (hypertension)";
 * - "X means …", "X is when …", "X stands for …", "X, or …";
 * - "This is called X", "also known as X", "the medical word for this is X";
 * - a sentence that defines the word it starts with: "The cervix is the opening to your womb.";
 * - the next sentence starts "This means …" or says what it is, "It is a …", "They are a …"
 *   (pass its text as `next`).
 */
export function isExplainedAt(text: string, from: number, to: number, next?: string): boolean {
  const before = text.slice(Math.max(0, from - 60), from);
  const after = text.slice(to, to + 80);
  if (explainedAfter.test(after) || explainedBefore.test(before)) return true;
  if (definedAfter.test(after) && startsSentence.test(text.slice(Math.max(0, from - 8), from))) return true;
  return next !== undefined && nextSentenceExplains.test(next);
}

const titleCaseWord = /^\p{Lu}\p{Ll}/u;

/**
 * Whether the words `words[first..last]` are part of a name written with capitals, such as
 * "the Health Service Ombudsman" or "the Mental Capacity Act": they start with a capital
 * and so does a neighbouring word, and neither is only capitalised because it opens the
 * sentence. Block capitals ("ASSIST HIM") are not a name.
 */
export function isInName(words: readonly Token[], first: number, last: number): boolean {
  const start = words[first];
  if (!start || !titleCaseWord.test(start.text)) return false;
  const before = words[first - 1];
  const after = words[last + 1];
  const capitalBefore = before !== undefined && first - 1 > 0 && titleCaseWord.test(before.text);
  return capitalBefore || (after !== undefined && first > 0 && titleCaseWord.test(after.text));
}

/** Why lines, naming the guideline each word rule follows. */
export const why = {
  everydayWords: 'NHS content guide: use everyday words.',
  hardWords: 'Easy read guidance (Department of Health): avoid hard words.',
  shortWords: 'Scottish Government readability standard: avoid words of 3 syllables or more.',
  explainTerms: 'NHS content guide: give the plain word, then the medical word.',
  defineFirst: 'GOV.UK easy read guidance: explain a hard word the first time you use it.',
  glossary: 'Easy read guidance: a hard word in bold needs an explanation nearby.',
  abbreviations: 'Inclusion Europe easy read standard: avoid initials and use the full words.',
  latin: 'NHS content guide: write "for example", not "eg", "ie" or "etc".',
  contractions: 'NHS content guide: write "cannot" and "do not"; contractions are misread.',
  passive: 'NHS content guide: use the active voice. Say who does what.',
  negatives: 'Easy Read Standard: tell people what to do, not what not to do.',
  doubleNegatives: 'Plain language guidelines: two negatives make a sentence hard to follow.',
  idioms: 'NHS content guide: we do not use metaphors. We say what we mean.',
  vague: 'Easy read guidance: give numbers and times, not "some" or "soon".',
  wordy: 'GOV.UK: cut words you do not need, like "for a period of".',
  nominalisations: 'Plain language guidelines: use verbs, not nouns made from verbs.',
  addressYou: 'NHS content guide: talk to the reader as "you".',
  pronouns: 'Patient Information Forum easy read poster: use nouns, not pronouns.',
  consistentTerms: 'Inclusion Europe easy read standard: use the same word for the same thing.',
  simpleTense: 'W3C cognitive accessibility guidance: use simple tenses.',
  allCaps: 'NHS content guide: we do not use block capitals. They are hard to read.',
} as const;
