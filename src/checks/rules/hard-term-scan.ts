import type {BlockFacts, CollectContext, Profile, Sentence, Token} from '../rule.js';
import {sentenceWords} from '../sentence-words.js';
import type {CheckInput} from '../types.js';
import {abbreviationAllowances, knownAbbreviations, otherSenses, shoutedWords, wellKnownAbbreviations} from '../words/abbreviations.js';
import {hardWords} from '../words/hard-words.js';
import {normaliseWord, TermIndex} from '../words/term-index.js';
import {isAllowed, isExplainedAt, runningTextKinds, wordTokens} from './word-rule-support.js';

/**
 * Finding hard terms (medical words and abbreviations), where each is first used and where
 * (if anywhere) it is explained. medical-jargon-explained, define-at-first-use and
 * abbreviations all read it, as document rules in two steps:
 * - {@link collectHardTerms}, per block: each term's first use in the block and its first
 *   explained use there (cached per block facts, so the three rules share one pass);
 * - {@link combineHardTerms}, per check: merges the blocks' summaries in document order,
 *   in O(distinct terms per block), cached per input and word settings so the three rules
 *   share one merge.
 */

/** A place in the document. */
export interface Place {
  readonly block: number;
  readonly from: number;
  readonly to: number;
  /** The text as written there. */
  readonly text: string;
}

/** What the scan knows about one term. */
export interface TermUse {
  /** Lower-case listed term, or the upper-case abbreviation. */
  readonly key: string;
  /** The first use in running text. */
  readonly first: Place;
  /** Whether the first use comes with an explanation. */
  readonly explainedAtFirst: boolean;
  /** The first explained use, if any. */
  readonly explained?: Place;
  /** Whether a hard-word box in the document explains the term. */
  readonly inBox: boolean;
  /** Plain alternatives, for medical terms from the built-in list. */
  readonly plain: readonly string[];
}

/** The scan's result. */
export interface HardTermScan {
  /** Medical terms (built-in and `mustExplain`), by key, in order of first use. */
  readonly medical: ReadonlyMap<string, TermUse>;
  /** Abbreviations that are not well known or allowed, by key, in order of first use. */
  readonly abbreviations: ReadonlyMap<string, TermUse>;
}

/** A place in one block's text. */
interface LocalPlace {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/** One term in one block: its first use there and its first explained use there. */
interface BlockTermUse {
  readonly key: string;
  readonly first: LocalPlace;
  explainedAtFirst: boolean;
  explained?: LocalPlace;
  readonly plain: readonly string[];
}

/** One block's hard terms, as {@link collectHardTerms} returns them. */
export interface BlockTerms {
  /** For a hard-word box's term block: its term, normalised (may be empty). */
  readonly boxTerm?: string;
  /** Medical terms in order of first use in the block. */
  readonly medical: readonly BlockTermUse[];
  /** Abbreviations in order of first use in the block. */
  readonly abbreviations: readonly BlockTermUse[];
}

const builtInMedical = new TermIndex<readonly string[]>(
  hardWords.filter((entry) => entry.medical).map((entry) => [entry.term, entry.plain])
);
const withMustExplain = new WeakMap<ReadonlySet<string>, TermIndex<readonly string[]>>();

function medicalIndex(mustExplain: ReadonlySet<string>): TermIndex<readonly string[]> {
  if (mustExplain.size === 0) return builtInMedical;
  let index = withMustExplain.get(mustExplain);
  if (!index) {
    const extra = [...mustExplain].map((term) => [term, [] as readonly string[]] as const);
    index = new TermIndex([...hardWords.filter((entry) => entry.medical).map((entry) => [entry.term, entry.plain] as const), ...extra]);
    withMustExplain.set(mustExplain, index);
  }
  return index;
}

const capsCore = /^[A-Z][A-Z&]*[A-Z]$/;

/**
 * The abbreviation a word token stands for ("GPs" → "GP", "COVID-19" → "COVID",
 * "U.K." → "UK"), or `null` when the token is not an all-capitals abbreviation.
 */
export function abbreviationOf(text: string): string | null {
  // Quick no: the core keeps the first two letters, so they must be capitals.
  const first = text.charCodeAt(0);
  const second = text.charCodeAt(1);
  if (!(first >= 65 && first <= 90) || (second >= 97 && second <= 122)) return null;
  let core = text.replace(/[’']s$/, '');
  if (/^(?:[A-Z]\.){2,}$/.test(core)) core = core.replace(/\./g, '');
  core = core.replace(/-\d+$/, '');
  if (capsCore.test(core)) return core;
  if (core.endsWith('s') && capsCore.test(core.slice(0, -1))) return core.slice(0, -1);
  return null;
}

/**
 * A plural abbreviation listed as a plural ("DNAs": did not attend), whose meaning is not
 * its singular's ("DNA"); otherwise `null`, and the plural is read as its singular ("GPs").
 */
function pluralKey(text: string): string | null {
  return text.length > 2 && text.endsWith('s') && (knownAbbreviations.has(text) || otherSenses.has(text)) ? text : null;
}

/** Words before "DNA" that make it a verb: "patients who DNA", "if you DNA", "may DNA". */
const beforeVerb: ReadonlySet<string> = new Set([
  'who', 'you', 'they', 'we', 'i', 'patients', 'people', 'to', 'not', 'may', 'might', 'will', 'would', 'often', 'repeatedly',
]);
/** Words after "DNA" that make it a verb: "DNA their appointment", "DNA 3 appointments" (numbers are not words). */
const afterVerb: ReadonlySet<string> = new Set(['their', 'your', 'his', 'her', 'an', 'a', 'the', 'two', 'three', 'appointments', 'twice']);

/**
 * "DNA" used as a verb is NHS shorthand for "did not attend", not the well-known genetic
 * DNA: it reads as its plural key "DNAs". Other abbreviations give `null`.
 */
function verbSenseKey(words: readonly Token[], i: number): string | null {
  if (words[i]?.text !== 'DNA') return null;
  const before = words[i - 1]?.text.toLowerCase();
  const after = words[i + 1];
  if (before !== undefined && beforeVerb.has(before)) return 'DNAs';
  return after !== undefined && afterVerb.has(after.text.toLowerCase()) ? 'DNAs' : null;
}

/** Whether a token is a word written all in capitals (2 or more letters). */
export function isCapsWord(token: Token): boolean {
  if (token.kind !== 'word') return false;
  // Quick no: a lower-case ASCII letter anywhere means the word is not in capitals.
  const text = token.text;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
  }
  const letters = token.text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * Whether an abbreviation is fine without spelling out: well known (NHS, GP, A&E), a unit
 * or numeral in capitals, or allowed by the organisation.
 */
export function isAcceptedAbbreviation(key: string, profile: Profile): boolean {
  return wellKnownAbbreviations.has(key) || abbreviationAllowances.has(key) || isAllowed(profile, key);
}

/**
 * Whether an unlisted capitals word is an ordinary word written in capitals ("URGENT",
 * "STOP") rather than an abbreviation ("SLDP"): it is a common shouted word, or it has 4 or
 * more letters including a vowel, and starts like a word ("DOSE"; not "SSRI"). Unlisted pronounceable acronyms ("ASAP" if it
 * were not listed) fall on the shouting side: a warning to use normal letters. abbreviations and no-all-caps split capitals words by
 * this test, so each word gets one finding.
 */
export function isShoutedWord(key: string): boolean {
  return shoutedWords.has(key) || (key.length >= 4 && /[AEIOU]/.test(key) && !key.includes('&') && startsLikeAWord(key));
}

/** Consonants that can start an English word together ("STOP", "STRONG", "PLEASE"). */
const onsets: ReadonlySet<string> = new Set(
  'BL BR CH CL CR DR FL FR GL GN GR KN PH PL PR PS QU SC SH SK SL SM SN SP ST SW TH TR TW WH WR SCH SCR SPL SPR SQU STR THR CHR SHR PHR'.split(' ')
);

/**
 * Whether a capitals word starts the way an English word can: its consonants before the
 * first vowel are one letter or a known cluster. "SSRI" and "CPAP" do not, so they are
 * read as abbreviations, not as words to write in normal letters.
 */
function startsLikeAWord(key: string): boolean {
  const cluster = /^[^AEIOUY]*/.exec(key)?.[0] ?? '';
  return cluster.length <= 1 || onsets.has(cluster);
}

/** A capitals word that is not a listed abbreviation: shouting, when next to another capitals word. */
function isShouting(token: Token | undefined): boolean {
  if (!token || !isCapsWord(token)) return false;
  const key = abbreviationOf(token.text);
  return !key || !isListedAbbreviation(key);
}

/** Whether an abbreviation is on one of the built-in lists (well known, spell-out-first, allowances). */
export function isListedAbbreviation(key: string): boolean {
  return wellKnownAbbreviations.has(key) || knownAbbreviations.has(key) || abbreviationAllowances.has(key);
}

/**
 * The word tokens of a sentence that are abbreviations, leaving out shouting: words in a
 * run of 2 or more capitals words ("DO NOT STOP"), and common words written in capitals.
 */
export function abbreviationTokens(sentence: Sentence): Array<{readonly token: Token; readonly key: string}> {
  const words = wordTokens(sentence);
  const found: Array<{readonly token: Token; readonly key: string}> = [];
  for (let i = 0; i < words.length; i++) {
    const token = words[i];
    if (!token) continue;
    const key = verbSenseKey(words, i) ?? pluralKey(token.text) ?? abbreviationOf(token.text);
    if (!key || (isShoutedWord(key) && !isListedAbbreviation(key))) continue;
    if (isShouting(words[i - 1]) || isShouting(words[i + 1])) continue;
    found.push({token, key});
  }
  return found;
}

const noTerms: BlockTerms = Object.freeze({medical: [], abbreviations: []});

/** Where a term is used: its place, its sentence, and whether it opens that sentence ("The cervix is …"). */
interface UseAt {
  readonly place: LocalPlace;
  readonly sentence: number;
  readonly opens: boolean;
}

/**
 * Records a use of `key`. An explanation that opens the sentence right after the first use
 * ("… cancer of the cervix. The cervix is the opening to your womb.") is the very next thing
 * the reader meets, so it counts as explaining the first use.
 */
function record(
  list: BlockTermUse[],
  seen: Map<string, BlockTermUse>,
  firstSentence: Map<BlockTermUse, number>,
  key: string,
  at: UseAt,
  explained: boolean,
  plain: readonly string[]
): void {
  const existing = seen.get(key);
  if (!existing) {
    const use: BlockTermUse = {key, first: at.place, explainedAtFirst: explained, ...(explained ? {explained: at.place} : {}), plain};
    seen.set(key, use);
    firstSentence.set(use, at.sentence);
    list.push(use);
  } else if (explained && !existing.explained) {
    existing.explained = at.place;
    if (at.opens && firstSentence.get(existing) === at.sentence - 1) existing.explainedAtFirst = true;
  }
}

const opensSentence = /^\s*(?:(?:the|a|an|your)\s+)?$/iu;

const collectCache = new WeakMap<BlockFacts, WeakMap<Profile['words'], BlockTerms>>();

/**
 * The hard terms of one block: a hard-word box's term, or the medical terms and
 * abbreviations in running text with their first (and first explained) use. Cached per
 * `facts` object and word settings, so the rules that share it scan the block once.
 */
export function collectHardTerms(facts: BlockFacts, profile: Profile): BlockTerms {
  let byWords = collectCache.get(facts);
  const cached = byWords?.get(profile.words);
  if (cached) return cached;
  const terms = scanBlock(facts, profile);
  if (!byWords) {
    byWords = new WeakMap();
    collectCache.set(facts, byWords);
  }
  byWords.set(profile.words, terms);
  return terms;
}

function scanBlock({block, sentences}: BlockFacts, profile: Profile): BlockTerms {
  if (block.kind === 'hard-word-term') return {boxTerm: normaliseWord(block.text.trim()), medical: [], abbreviations: []};
  if (!runningTextKinds.has(block.kind)) return noTerms;
  const index = medicalIndex(profile.words.mustExplain);
  const medical: BlockTermUse[] = [];
  const abbreviations: BlockTermUse[] = [];
  const seenMedical = new Map<string, BlockTermUse>();
  const seenAbbreviations = new Map<string, BlockTermUse>();
  const firstSentence = new Map<BlockTermUse, number>();
  sentences.forEach((sentence, sentenceIndex) => {
    const next = sentences[sentenceIndex + 1]?.text;
    const {tokens, lower, hashes} = sentenceWords(sentence);
    const useAt = (from: number, to: number, text: string): UseAt => ({
      place: {from, to, text},
      sentence: sentenceIndex,
      opens: opensSentence.test(block.text.slice(sentence.from, from)),
    });
    for (const hit of index.find(tokens, block.text, lower, hashes)) {
      const text = block.text.slice(hit.from, hit.to);
      if (isAllowed(profile, hit.key) || isAllowed(profile, text)) continue;
      const explained = isExplainedAt(block.text, hit.from, hit.to, next);
      record(medical, seenMedical, firstSentence, hit.key, useAt(hit.from, hit.to, text), explained, hit.value);
    }
    for (const {token, key} of abbreviationTokens(sentence)) {
      if (isAcceptedAbbreviation(key, profile)) continue;
      const explained = isExplainedAt(block.text, token.from, token.to, next);
      record(abbreviations, seenAbbreviations, firstSentence, key, useAt(token.from, token.to, token.text), explained, []);
    }
  });
  return medical.length === 0 && abbreviations.length === 0 ? noTerms : {medical, abbreviations};
}

function samePlace(a: LocalPlace | undefined, b: LocalPlace | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.from === b.from && a.to === b.to && a.text === b.text);
}

function sameUses(a: readonly BlockTermUse[], b: readonly BlockTermUse[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.key !== y.key || x.explainedAtFirst !== y.explainedAtFirst || x.plain !== y.plain) return false;
    if (!samePlace(x.first, y.first) || !samePlace(x.explained, y.explained)) return false;
  }
  return true;
}

/** Whether two blocks' hard terms say the same (everything {@link combineHardTerms} reads of them). */
export function sameBlockTerms(a: BlockTerms, b: BlockTerms): boolean {
  return a.boxTerm === b.boxTerm && sameUses(a.medical, b.medical) && sameUses(a.abbreviations, b.abbreviations);
}

interface Builder {
  key: string;
  first: Place;
  explainedAtFirst: boolean;
  explained?: Place;
  inBox: boolean;
  plain: readonly string[];
}

function at(place: LocalPlace, block: number): Place {
  return {block, from: place.from, to: place.to, text: place.text};
}

function merge(map: Map<string, Builder>, uses: readonly BlockTermUse[], block: number): void {
  for (const use of uses) {
    const existing = map.get(use.key);
    if (!existing) {
      const first = at(use.first, block);
      const explained = use.explained === undefined ? undefined : use.explained === use.first ? first : at(use.explained, block);
      map.set(use.key, {key: use.key, first, explainedAtFirst: use.explainedAtFirst, ...(explained ? {explained} : {}), inBox: false, plain: use.plain});
    } else if (use.explained && !existing.explained) {
      existing.explained = at(use.explained, block);
    }
  }
}

const combineCache = new WeakMap<CheckInput, WeakMap<Profile['words'], HardTermScan>>();

/**
 * Merges the blocks' hard terms (`collected[i]` is block `i`'s) into the document's first
 * uses and explanations. Cached per input and word settings: every rule that calls it in
 * one check gets the same scan.
 */
export function combineHardTerms(collected: readonly BlockTerms[], input: CheckInput, profile: Profile): HardTermScan {
  let byWords = combineCache.get(input);
  const cached = byWords?.get(profile.words);
  if (cached) return cached;
  const medical = new Map<string, Builder>();
  const abbreviations = new Map<string, Builder>();
  const boxTerms = new Set<string>();
  for (let block = 0; block < collected.length; block++) {
    const terms = collected[block];
    if (terms === undefined || terms === noTerms) continue;
    if (terms.boxTerm) boxTerms.add(terms.boxTerm);
    if (terms.medical.length > 0) merge(medical, terms.medical, block);
    if (terms.abbreviations.length > 0) merge(abbreviations, terms.abbreviations, block);
  }
  if (boxTerms.size > 0) {
    for (const use of medical.values()) use.inBox = boxTerms.has(use.key) || boxTerms.has(normaliseWord(use.first.text));
    for (const use of abbreviations.values()) use.inBox = boxTerms.has(use.key.toLowerCase());
  }
  const scan: HardTermScan = {medical, abbreviations};
  if (!byWords) {
    byWords = new WeakMap();
    combineCache.set(input, byWords);
  }
  byWords.set(profile.words, scan);
  return scan;
}

/** The parts every rule built on this scan shares: document scope and its collect and same steps. */
export const hardTermSteps = {
  scope: 'document',
  collect: (facts: BlockFacts, {profile}: CollectContext): BlockTerms => collectHardTerms(facts, profile),
  same: sameBlockTerms,
} as const;
