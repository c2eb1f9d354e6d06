import {finding, type BlockFinding, type BlockRule} from '../rule.js';
import {sentenceWords} from '../sentence-words.js';
import type {BlockKind} from '../types.js';
import {inflectPhrase} from '../words/inflect.js';
import {hiddenVerbs, normalNouns} from '../words/nominalisations.js';
import {TermIndex} from '../words/term-index.js';
import {matchCase} from '../words/text-case.js';
import {overlapsAny, type Spans} from './structure-util.js';
import {isProse, severityOf, why} from './word-rule-support.js';

const hidden = new TermIndex<string>(hiddenVerbs.map((entry) => [entry.phrase, entry.verb]));

/** "the completion of", "an assessment of": a noun made from a verb, then "of". */
const nounOf = /(?<![\p{L}\p{N}])(\p{L}{3,}(?:tion|sion|ment|ance|ence)s?)\s+of(?![\p{L}\p{N}])/giu;
/** "carry out an assessment", "undertake the review": a light verb and a noun made from a verb. */
const lightVerbs = [
  'make|makes|made|making',
  'carry out|carries out|carried out|carrying out',
  'undertakes?|undertook|undertaken|undertaking',
  'conduct(?:s|ed|ing)?|perform(?:s|ed|ing)?',
].join('|');
const lightVerb = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${lightVerbs})\\s+(?:a|an|the|your)\\s+(\\p{L}{3,}(?:tion|sion|ment|ance|ence|al))(?![\\p{L}\\p{N}])`,
  'giu'
);

/**
 * Quick tests that must pass before each pattern can match: the words it cannot do without.
 * Much cheaper than the patterns, which try every place a word starts.
 */
const nounOfGate = /(?:tion|sion|ment|ance|ence)s?\s+of(?![\p{L}\p{N}])/iu;
const lightVerbGate = /ma(?:ke|de|king)|carr(?:y|ies|ied|ying) out|undert|conduct|perform/iu;

/** Blocks that name a topic, where "How to make a complaint" is the usual wording. */
const topicKinds: ReadonlySet<BlockKind> = new Set<BlockKind>(['title', 'heading']);

function isNormalNoun(noun: string): boolean {
  const lower = noun.toLowerCase();
  return normalNouns.has(lower) || normalNouns.has(lower.replace(/s$/, ''));
}

/**
 * Points out hidden verbs (info): a noun made from a verb before "of" ("the completion of
 * the form") or after a light verb ("carry out an assessment"). Known phrases get a fix
 * with the verb ("make a decision" → "decide", "made a decision" → "decided"). Everyday
 * nouns such as "information", "appointment" and "medication" are never flagged, nor are
 * titles and headings, which name a topic ("How to make a complaint").
 */
export const nominalisations: BlockRule = {
  id: 'nominalisations',
  description: 'Use verbs, not nouns made from verbs.',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: true, severity: 'info'},
    plain: {enabled: true, severity: 'info'},
  },
  check({block, sentences, settings}) {
    if (!isProse(block.kind) || topicKinds.has(block.kind)) return [];
    const severity = severityOf(settings, 'severity', 'info');
    const text = block.text;
    const findings: BlockFinding[] = [];
    for (const sentence of sentences) {
      const {tokens, lower, hashes} = sentenceWords(sentence);
      for (const hit of hidden.find(tokens, text, lower, hashes)) {
        const verb = inflectPhrase(hit.value, hit.inflection) ?? hit.value;
        const replacement = matchCase(text.slice(hit.from, hit.to), verb);
        findings.push(
          finding('nominalisations', severity, hit.from, hit.to, `Try the verb: “${verb}”.`, why.nominalisations, [
            {label: `Write “${replacement}”`, replacement},
          ])
        );
      }
    }
    // Each pass finds places in order, none overlapping, so the spans taken so far stay
    // sorted and a binary search tells whether a new place overlaps one.
    let taken: Spans = findings;
    for (const [pattern, gate] of [[lightVerb, lightVerbGate], [nounOf, nounOfGate]] as const) {
      if (!gate.test(text)) continue;
      const found: BlockFinding[] = [];
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const noun = match[1] ?? '';
        const to = match.index + match[0].length;
        if (isNormalNoun(noun) || overlapsAny(taken, match.index, to)) continue;
        found.push(
          finding('nominalisations', severity, match.index, to, `“${noun}” hides a verb. Try using the verb.`, why.nominalisations)
        );
      }
      findings.push(...found);
      taken = [...findings].sort((a, b) => a.from - b.from);
    }
    return findings.sort((a, b) => a.from - b.from);
  },
};
