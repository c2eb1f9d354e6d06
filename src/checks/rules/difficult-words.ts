import {finding, type BlockFinding, type BlockRule, type Token} from '../rule.js';
import {sentenceWords} from '../sentence-words.js';
import type {Suggestion} from '../types.js';
import {hardWords, hardWordsByTerm} from '../words/hard-words.js';
import {inflectPhrase} from '../words/inflect.js';
import {TermIndex, type TermHit} from '../words/term-index.js';
import {matchCase} from '../words/text-case.js';
import type {WordSource} from '../words/word-entry.js';
import {fixTitleCase} from './headings.js';
import {sameInBothProfiles} from './structure-util.js';
import {isAllowed, isExplainedAt, isInName, isProse, messageWordCount, severityOf, why} from './word-rule-support.js';

/** What difficult-words knows about a hard word. */
export interface Swap {
  readonly plain: readonly string[];
  readonly medical: boolean;
  readonly source: WordSource | 'organisation';
  readonly note?: string;
}

/** `plain` are the alternatives to offer; `listed`, when the term is a built-in entry, are that entry's. */
function swapOf(term: string, plain: readonly string[], listed: readonly string[] = plain): Swap {
  const entry = hardWordsByTerm.get(term.toLowerCase());
  const same = entry !== undefined && entry.plain.length === listed.length && entry.plain.every((word, i) => word === listed[i]);
  return {
    plain,
    medical: entry?.medical ?? false,
    source: same && entry ? entry.source : 'organisation',
    ...(same && entry?.note ? {note: entry.note} : {}),
  };
}

/** Every plain alternative the built-in list gives, lower case. */
const plainWords: ReadonlySet<string> = new Set(hardWords.flatMap((entry) => entry.plain.map((plain) => plain.toLowerCase())));

/**
 * The built-in entries as the check uses them: a term the list itself gives as a plain
 * alternative elsewhere is not hard, and a plain alternative that is itself a listed hard
 * word is not offered (the list must not swap one hard word for another).
 */
const builtIn: ReadonlyArray<readonly [string, Swap]> = hardWords
  .filter((entry) => !plainWords.has(entry.term.toLowerCase()))
  .map((entry) => {
    const plain = entry.plain.filter((word) => !hardWordsByTerm.has(word.toLowerCase()));
    return [entry.term, swapOf(entry.term, plain.length > 0 ? plain : entry.plain, entry.plain)] as const;
  });

/** The built-in hard words, indexed once. Also used by long-words to skip listed words. */
export const hardWordIndex = new TermIndex<Swap>(builtIn);

const withOrgWords = new WeakMap<ReadonlyMap<string, readonly string[]>, TermIndex<Swap>>();

/** The index for an organisation's `replace` list merged over the built-in words (cached). */
export function hardWordIndexFor(replace: ReadonlyMap<string, readonly string[]>): TermIndex<Swap> {
  if (replace.size === 0) return hardWordIndex;
  let index = withOrgWords.get(replace);
  if (!index) {
    const merged = new Map<string, Swap>(builtIn.map(([term, swap]) => [term.toLowerCase(), swap]));
    for (const [term, plain] of replace) if (plain.length > 0) merged.set(term.toLowerCase(), swapOf(term, plain));
    index = new TermIndex(merged);
    withOrgWords.set(replace, index);
  }
  return index;
}

const articles: ReadonlySet<string> = new Set(['a', 'an']);
/**
 * Words the NHS A to Z keeps in the names of conditions ("heart disease", "Alzheimer's
 * disease", "eating disorder"): after a word that names which one, they are part of a name.
 */
const conditionNames: ReadonlySet<string> = new Set(['disease', 'diseases', 'disorder', 'disorders']);
/** Words before "disease" or "disorder" that do not name a condition ("a disease", "serious disease"). */
const notNaming: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'your', 'my', 'his', 'her', 'their', 'our', 'its', 'any', 'some',
  'no', 'of', 'with', 'have', 'has', 'had', 'serious', 'bad', 'rare', 'common', 'other', 'new', 'long-term',
]);
const auxiliaries: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'get', 'got']);
const sourceNames: Readonly<Record<Swap['source'], string>> = {
  'plainlanguage.gov': 'plainlanguage.gov (CC0)',
  'NHS A to Z': 'NHS A to Z of health writing (OGL v3.0)',
  'UK health terms': 'Easy Read Studio UK health terms',
  organisation: 'your organisation',
};

function quoted(words: readonly string[]): string {
  return words.map((word) => `“${word}”`).join(' or ');
}

/**
 * Messages and fixes depend only on the word as written and its swap, and the same hard
 * words come up again and again: both are remembered per swap (a bounded cache each).
 */
const messageCache = new WeakMap<Swap, Map<string, string>>();
const suggestionCache = new WeakMap<Swap, Map<string, readonly Suggestion[]>>();
const MAX_CACHED = 2000;

function remembered<V>(cache: WeakMap<Swap, Map<string, V>>, swap: Swap, key: string, make: () => V): V {
  let bySwap = cache.get(swap);
  if (!bySwap) {
    bySwap = new Map();
    cache.set(swap, bySwap);
  }
  let value = bySwap.get(key);
  if (value === undefined) {
    if (bySwap.size >= MAX_CACHED) bySwap.clear();
    value = make();
    bySwap.set(key, value);
  }
  return value;
}

function message(text: string, swap: Swap): string {
  return remembered(messageCache, swap, text, () => writeMessage(text, swap));
}

function writeMessage(text: string, swap: Swap): string {
  for (const count of [2, 1]) {
    const options = quoted(swap.plain.slice(0, count));
    const candidate = swap.medical ? `“${text}” is a medical word. Try ${options}.` : `Try an everyday word: ${options}.`;
    if (messageWordCount(candidate) < 15) return candidate;
  }
  return swap.medical ? 'This is a medical word. Try an everyday word.' : 'Try an everyday word instead.';
}

function suggestions(hit: TermHit<Swap>, words: readonly Token[], at: number, text: string, from: number): readonly Suggestion[] {
  const original = text.slice(hit.from, hit.to);
  const previous = words[at - 1];
  const afterAuxiliary = previous !== undefined && auxiliaries.has(previous.text.toLowerCase());
  const article = from < hit.from ? text.slice(from, hit.from).trim() : '';
  const key = `${hit.inflection}\u0000${afterAuxiliary ? 1 : 0}\u0000${article}\u0000${original}`;
  return remembered(suggestionCache, hit.value, key, () => writeSuggestions(hit, original, afterAuxiliary, article));
}

function writeSuggestions(hit: TermHit<Swap>, original: string, afterAuxiliary: boolean, article: string): readonly Suggestion[] {
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const plain of hit.value.plain) {
    const inflected = inflectPhrase(plain, hit.inflection, afterAuxiliary);
    if (inflected === null) continue;
    let replacement = matchCase(original, inflected);
    if (article) replacement = `${matchCase(article, /^[aeiou]/i.test(inflected) ? 'an' : 'a')} ${replacement}`;
    if (seen.has(replacement)) continue;
    seen.add(replacement);
    out.push({label: `Use “${replacement}”`, replacement});
  }
  return out;
}

/**
 * Flags hard or official words from the word lists (built-in plus the organisation's
 * `replace` list) and offers each plain alternative as a fix, in the same form
 * ("assisted" → "helped") and capitals. A medical word is flagged more gently
 * (`medicalSeverity`) and not where it is explained in place, as in the NHS style
 * "high blood pressure (hypertension)", or by the next sentence ("They are a …"); nor
 * anywhere in a block that explains it ("The cervix is the opening to your womb."): a
 * writer who keeps a medical word and explains it has done what easy read asks. A word
 * inside a capitalised name ("the Health Service Ombudsman", "the Mental Capacity Act") is
 * not flagged: a name cannot be swapped; nor is "disease" or "disorder" in the name of a
 * condition ("heart disease", "eating disorder"), as the NHS A to Z advises. Words the
 * organisation allows are never flagged. Never auto-replaces: the clinical word may be
 * needed.
 *
 * A block rule, for speed (its findings are many, and block findings are cached per block):
 * an explanation in another block does not quiet it. That is why a medical word is only an
 * info by default: on the quality set its few false alarms are all medical words explained
 * in the next paragraph. Whether a medical word is explained anywhere is
 * medical-jargon-explained's and define-at-first-use's job.
 */
export const difficultWords: BlockRule = {
  id: 'difficult-words',
  description: 'Use everyday words instead of hard or official words.',
  scope: 'block',
  defaults: sameInBothProfiles({enabled: true, severity: 'warning', medicalSeverity: 'info'}),
  check({block, sentences, profile, settings}) {
    if (!isProse(block.kind) || block.kind === 'hard-word-term') return [];
    const index = hardWordIndexFor(profile.words.replace);
    const severity = severityOf(settings, 'severity', 'warning');
    const medicalSeverity = severityOf(settings, 'medicalSeverity', 'info');
    const guideline = profile.name === 'easy-read' ? why.hardWords : why.everydayWords;
    const findings: BlockFinding[] = [];
    /** For each finding, its listed term when it is a medical word; otherwise `null`. */
    const medicalKeys: Array<string | null> = [];
    const explainedHere = new Set<string>();
    // In a Title Case heading every word has a capital, so capitals do not mark a name there.
    const titleCase = (block.kind === 'title' || block.kind === 'heading') && fixTitleCase(block.text) !== block.text;
    sentences.forEach((sentence, sentenceIndex) => {
      const {tokens: words, lower, hashes} = sentenceWords(sentence);
      for (const hit of index.find(words, block.text, lower, hashes)) {
        const text = block.text.slice(hit.from, hit.to);
        if (isAllowed(profile, hit.key) || isAllowed(profile, text)) continue;
        if (hit.value.medical && isExplainedAt(block.text, hit.from, hit.to, sentences[sentenceIndex + 1]?.text)) {
          explainedHere.add(hit.key);
          continue;
        }
        const at = words.findIndex((word) => word.from === hit.from);
        const last = words.findIndex((word) => word.to === hit.to);
        // Part of a name ("the Health Service Ombudsman"): the word cannot be swapped.
        if (!titleCase && isInName(words, at, last < 0 ? at : last)) continue;
        const previous = words[at - 1];
        if (previous && conditionNames.has(lower[at] ?? '') && !notNaming.has(lower[at - 1] ?? '')) continue;
        const withArticle =
          previous && articles.has(previous.text.toLowerCase()) && /^ +$/.test(block.text.slice(previous.to, hit.from));
        const from = withArticle ? previous.from : hit.from;
        const note = hit.value.note ? ` ${hit.value.note}` : '';
        findings.push(
          finding(
            'difficult-words',
            hit.value.medical ? medicalSeverity : severity,
            from,
            hit.to,
            message(text, hit.value),
            `${guideline} Word list: ${sourceNames[hit.value.source]}.${note}`,
            suggestions(hit, words, at, block.text, from)
          )
        );
        medicalKeys.push(hit.value.medical ? hit.key : null);
      }
    });
    if (explainedHere.size === 0) return findings;
    return findings.filter((_, i) => {
      const key = medicalKeys[i];
      return key === null || key === undefined || !explainedHere.has(key);
    });
  },
};
