import type {BlockFacts, Profile, Sentence, Token} from '../rule.js';
import {abbreviationAllowances, knownAbbreviations, shoutedWords, wellKnownAbbreviations} from '../words/abbreviations.js';
import {hardWords} from '../words/hard-words.js';
import {normaliseWord, TermIndex} from '../words/term-index.js';
import {isAllowed, isExplainedAt, runningTextKinds, wordTokens} from './word-rule-support.js';

/**
 * One document-wide pass that finds hard terms (medical words and abbreviations), where
 * each is first used and where (if anywhere) it is explained. medical-jargon-explained,
 * define-at-first-use and abbreviations all read it; the result is cached per check run
 * (per `facts` array and profile), so the document is scanned once, in O(words).
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
  let core = text.replace(/[’']s$/, '');
  if (/^(?:[A-Z]\.){2,}$/.test(core)) core = core.replace(/\./g, '');
  core = core.replace(/-\d+$/, '');
  if (capsCore.test(core)) return core;
  if (core.endsWith('s') && capsCore.test(core.slice(0, -1))) return core.slice(0, -1);
  return null;
}

/** Whether a token is a word written all in capitals (2 or more letters). */
export function isCapsWord(token: Token): boolean {
  if (token.kind !== 'word') return false;
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
 * more letters including a vowel ("DOSE"). Unlisted pronounceable acronyms ("ASAP" if it
 * were not listed) fall on the shouting side: a warning to use normal letters. abbreviations and no-all-caps split capitals words by
 * this test, so each word gets one finding.
 */
export function isShoutedWord(key: string): boolean {
  return shoutedWords.has(key) || (key.length >= 4 && /[AEIOU]/.test(key) && !key.includes('&'));
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
    const key = abbreviationOf(token.text);
    if (!key || (isShoutedWord(key) && !isListedAbbreviation(key))) continue;
    if (isShouting(words[i - 1]) || isShouting(words[i + 1])) continue;
    found.push({token, key});
  }
  return found;
}

interface Builder {
  key: string;
  first: Place;
  explainedAtFirst: boolean;
  explained?: Place;
  inBox: boolean;
  plain: readonly string[];
}

function record(map: Map<string, Builder>, key: string, place: Place, explained: boolean, plain: readonly string[]): void {
  const existing = map.get(key);
  if (!existing) {
    map.set(key, {key, first: place, explainedAtFirst: explained, ...(explained ? {explained: place} : {}), inBox: false, plain});
  } else if (explained && !existing.explained) {
    existing.explained = place;
  }
}

const cache = new WeakMap<readonly BlockFacts[], WeakMap<Profile['words'], HardTermScan>>();

/** Scans a document's hard terms (cached per `facts` array and word settings). */
export function scanHardTerms(facts: readonly BlockFacts[], profile: Profile): HardTermScan {
  let byWords = cache.get(facts);
  const cached = byWords?.get(profile.words);
  if (cached) return cached;
  const medical = new Map<string, Builder>();
  const abbreviations = new Map<string, Builder>();
  const boxTerms = new Set<string>();
  const index = medicalIndex(profile.words.mustExplain);

  facts.forEach((fact, blockIndex) => {
    const {block, sentences} = fact;
    if (block.kind === 'hard-word-term') {
      const term = normaliseWord(block.text.trim());
      if (term) boxTerms.add(term);
      return;
    }
    if (!runningTextKinds.has(block.kind)) return;
    sentences.forEach((sentence, sentenceIndex) => {
      const next = sentences[sentenceIndex + 1]?.text;
      for (const hit of index.find(wordTokens(sentence), block.text)) {
        const text = block.text.slice(hit.from, hit.to);
        if (isAllowed(profile, hit.key) || isAllowed(profile, text)) continue;
        const explained = isExplainedAt(block.text, hit.from, hit.to, next);
        record(medical, hit.key, {block: blockIndex, from: hit.from, to: hit.to, text}, explained, hit.value);
      }
      for (const {token, key} of abbreviationTokens(sentence)) {
        if (isAcceptedAbbreviation(key, profile)) continue;
        const explained = isExplainedAt(block.text, token.from, token.to, next);
        const place = {block: blockIndex, from: token.from, to: token.to, text: token.text};
        record(abbreviations, key, place, explained, []);
      }
    });
  });
  for (const use of medical.values()) use.inBox = boxTerms.has(use.key) || boxTerms.has(normaliseWord(use.first.text));
  for (const use of abbreviations.values()) use.inBox = boxTerms.has(use.key.toLowerCase());
  const scan: HardTermScan = {medical, abbreviations};
  if (!byWords) {
    byWords = new WeakMap();
    cache.set(facts, byWords);
  }
  byWords.set(profile.words, scan);
  return scan;
}
