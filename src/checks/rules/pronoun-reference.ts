import {finding, type DocumentRule, type Sentence} from '../rule.js';
import {sentenceWords} from '../sentence-words.js';
import type {BlockKind, Finding} from '../types.js';
import {easyReadHint, runningTextKinds, severityOf, why} from './word-rule-support.js';

const personal: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it']);
const demonstrative: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those']);
/** Words after "this"/"that" that show it stands alone as a pronoun ("This is…", "That helps"). */
const verbs: ReadonlySet<string> = new Set([
  'is', 'was', 'are', 'were', 'will', 'can', 'may', 'might', 'could', 'should', 'would', 'must', 'helps',
  'happens', 'happened', 'includes', 'does', 'did', 'has', 'have', 'had', 'makes', 'made', 'shows', 'gives',
  'lets', 'stops', 'works', 'needs', 'depends', 'matters', "isn't", "wasn't", "won't", "can't", "doesn't",
  "it's", "that's",
]);

/** Blocks after which the next text starts a section: titles and headings. */
const sectionStarts: ReadonlySet<BlockKind> = new Set<BlockKind>(['title', 'heading']);

/** Whether the sentence introduces or explains a word: "This means…", "It is called…". */
function explains(lower: readonly string[]): boolean {
  const [, second, third, fourth] = lower;
  return second === 'means' || (second === 'is' && (third === 'called' || (third === 'sometimes' && fourth === 'called')));
}

/** A pronoun that opens a block, as `collect` found it. */
interface Opening {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/** The pronoun opening a block's first sentence, when it stands alone; otherwise `null`. */
function openingPronoun(sentence: Sentence | undefined): Opening | null {
  if (!sentence) return null;
  const {tokens: words, lower} = sentenceWords(sentence);
  const first = words[0];
  if (!first || sentence.tokens[0] !== first) return null;
  const word = (lower[0] ?? '').split("'")[0] ?? '';
  const next = lower[1];
  const flagged = personal.has(word) || (demonstrative.has(word) && (next === undefined || verbs.has(next)));
  return flagged && !explains(lower) ? {from: first.from, to: first.to, text: first.text} : null;
}

/**
 * Points out a pronoun ("It", "They", "This is…") that opens a section: the first running
 * text after a heading (or at the start of the document), where nothing came before it for
 * the reader to know what it stands for (info). A pronoun after a sentence or row in the
 * same section ("You will have an injection." then "It may hurt a little.") refers back
 * to it, which is fine. "This leaflet…" (a determiner before a noun) and the easy read
 * explanation forms "This means…" and "It is called…" are never flagged.
 * Easy read only by default.
 */
export const pronounReference: DocumentRule<Opening | null> = {
  id: 'pronoun-reference',
  description: 'Use nouns, not pronouns, at the start of a section.',
  scope: 'document',
  defaults: easyReadHint,
  collect: ({block, sentences}) => (runningTextKinds.has(block.kind) ? openingPronoun(sentences[0]) : null),
  combine(collected, {input, settings}) {
    const severity = severityOf(settings, 'severity', 'info');
    const findings: Finding[] = [];
    const blocks = input.blocks;
    for (let index = 0; index < collected.length; index++) {
      const opening = collected[index];
      const before = blocks[index - 1];
      if (!opening || (before && before.section === blocks[index]?.section && !sectionStarts.has(before.kind))) continue;
      findings.push({
        ...finding('pronoun-reference', severity, opening.from, opening.to, `Who or what is “${opening.text}”? Try naming it.`, why.pronouns),
        block: index,
      });
    }
    return findings;
  },
  same: (a, b) => a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to && a.text === b.text),
};
