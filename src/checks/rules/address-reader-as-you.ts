import {PatternIndex} from '../pattern-index.js';
import {placeFindings, sameBlockFindings} from '../place-findings.js';
import {finding as blockFinding, type BlockFinding, type DocumentRule} from '../rule.js';
import {sentenceWords} from '../sentence-words.js';
import type {Finding} from '../types.js';
import {readerTerms} from '../words/reader-terms.js';
import {matchCase} from '../words/text-case.js';
import {flagOf, isProse, numberOf, severityOf, why} from './word-rule-support.js';

/** All third-person reader phrases, found together; hit `index` `i` is `readerTerms[i]`. */
const thirdPerson = new PatternIndex(readerTerms.map((term) => term.pattern));
/** The words that say "you", normalised (lower case, straight apostrophe). */
const you: ReadonlySet<string> = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you'll", "you've", "you'd"]);

/** What one block tells the rule: its words, whether it says "you", and its third-person findings. */
interface ReaderFacts {
  readonly words: number;
  readonly saysYou: boolean;
  readonly findings: readonly BlockFinding[];
}

const notProse: ReaderFacts = Object.freeze({words: 0, saysYou: false, findings: []});

/**
 * Asks for the reader to be called "you". In each block it flags third-person words for
 * the reader ("the patient", "patients should", "service users", "the individual") and
 * offers "you" or "your" as a fix (setting `thirdPerson`). Across the document, one finding
 * if no block says "you" or "your" at all (setting `requireYou`; only once the document has
 * `minWords` words). Turn these off for leaflets written for carers about someone else.
 */
export const addressReaderAsYou: DocumentRule<ReaderFacts> = {
  id: 'address-reader-as-you',
  description: 'Talk to the reader as "you".',
  scope: 'document',
  defaults: {
    'easy-read': {enabled: true, severity: 'warning', thirdPerson: true, requireYou: true, minWords: 30},
    plain: {enabled: true, severity: 'warning', thirdPerson: true, requireYou: true, minWords: 30},
  },
  collect({block, sentences}, {settings}) {
    if (!isProse(block.kind)) return notProse;
    const severity = severityOf(settings, 'severity', 'warning');
    let words = 0;
    let saysYou = false;
    for (const sentence of sentences) {
      const {tokens, lower} = sentenceWords(sentence);
      words += lower.length;
      // "you‘re" (a left quote for the apostrophe) is not one of the ways to write it.
      if (!saysYou) saysYou = lower.some((word, i) => you.has(word) && !tokens[i]!.text.includes('‘'));
    }
    const findings: BlockFinding[] = [];
    if (flagOf(settings, 'thirdPerson', true)) {
      for (const hit of thirdPerson.find(block.text)) {
        const term = readerTerms[hit.index];
        if (!term) continue;
        const written = block.text.slice(hit.from, hit.to);
        const replacement = matchCase(written, term.you);
        findings.push(
          blockFinding(
            'address-reader-as-you',
            severity,
            hit.from,
            hit.to,
            `Talk to the reader as “${term.you}”, not “${written}”.`,
            why.addressYou,
            [{label: `Write “${replacement}”`, replacement}]
          )
        );
      }
    }
    return {words, saysYou, findings};
  },
  combine(collected, {settings}) {
    const severity = severityOf(settings, 'severity', 'warning');
    const findings: Finding[] = [];
    let words = 0;
    let saysYou = false;
    for (let index = 0; index < collected.length; index++) {
      const facts = collected[index]!;
      words += facts.words;
      if (facts.saysYou) saysYou = true;
      if (facts.findings.length > 0) findings.push(...placeFindings(facts.findings, index));
    }
    if (flagOf(settings, 'requireYou', true) && !saysYou && words >= numberOf(settings, 'minWords', 30)) {
      findings.push({
        ...blockFinding('address-reader-as-you', severity, 0, 0, 'This document never says “you”. Talk to the reader.', why.addressYou),
        block: -1,
      });
    }
    return findings;
  },
  same: sameReaderFacts,
};

/** Whether two blocks tell the rule the same. */
function sameReaderFacts(a: ReaderFacts, b: ReaderFacts): boolean {
  return a.words === b.words && a.saysYou === b.saysYou && sameBlockFindings(a.findings, b.findings);
}
