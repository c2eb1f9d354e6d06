import {finding as blockFinding, type DocumentRule} from '../rule.js';
import type {Finding} from '../types.js';
import {readerTerms} from '../words/reader-terms.js';
import {matchCase} from '../words/text-case.js';
import {flagOf, isProse, numberOf, severityOf, why, wordTokens} from './word-rule-support.js';

/** All third-person reader phrases; capture group `i + 1` is `readerTerms[i]`. */
const thirdPerson = new RegExp(
  readerTerms.map((term) => `(?<![\\p{L}\\p{N}])(${term.pattern})(?![\\p{L}\\p{N}])`).join('|'),
  'giu'
);
const you = /^(?:you|your|yours|yourself|yourselves|you['’](?:re|ll|ve|d))$/i;

/**
 * Asks for the reader to be called "you". In each block it flags third-person words for
 * the reader ("the patient", "patients should", "service users", "the individual") and
 * offers "you" or "your" as a fix (setting `thirdPerson`). Across the document, one finding
 * if no block says "you" or "your" at all (setting `requireYou`; only once the document has
 * `minWords` words). Turn these off for leaflets written for carers about someone else.
 */
export const addressReaderAsYou: DocumentRule = {
  id: 'address-reader-as-you',
  description: 'Talk to the reader as "you".',
  scope: 'document',
  defaults: {
    'easy-read': {enabled: true, severity: 'warning', thirdPerson: true, requireYou: true, minWords: 30},
    plain: {enabled: true, severity: 'warning', thirdPerson: true, requireYou: true, minWords: 30},
  },
  check({facts, settings}) {
    const severity = severityOf(settings, 'severity', 'warning');
    const checkThirdPerson = flagOf(settings, 'thirdPerson', true);
    const findings: Finding[] = [];
    let words = 0;
    let saysYou = false;
    facts.forEach(({block, sentences}, index) => {
      if (!isProse(block.kind)) return;
      for (const sentence of sentences) {
        for (const token of wordTokens(sentence)) {
          words++;
          if (!saysYou && you.test(token.text)) saysYou = true;
        }
      }
      if (!checkThirdPerson) return;
      thirdPerson.lastIndex = 0;
      for (let found = thirdPerson.exec(block.text); found; found = thirdPerson.exec(block.text)) {
        const term = readerTerms[found.findIndex((value, i) => i > 0 && value !== undefined) - 1];
        if (!term) continue;
        const replacement = matchCase(found[0], term.you);
        const written = found[0];
        findings.push({
          ...blockFinding(
            'address-reader-as-you',
            severity,
            found.index,
            found.index + written.length,
            `Talk to the reader as “${term.you}”, not “${written}”.`,
            why.addressYou,
            [{label: `Write “${replacement}”`, replacement}]
          ),
          block: index,
        });
      }
    });
    if (flagOf(settings, 'requireYou', true) && !saysYou && words >= numberOf(settings, 'minWords', 30)) {
      findings.push({
        ...blockFinding('address-reader-as-you', severity, 0, 0, 'This document never says “you”. Talk to the reader.', why.addressYou),
        block: -1,
      });
    }
    return findings;
  },
};
