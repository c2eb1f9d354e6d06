import {finding as blockFinding, type DocumentRule} from '../rule.js';
import type {Finding} from '../types.js';
import {fullFormOf} from '../words/abbreviations.js';
import {combineHardTerms, hardTermSteps, type BlockTerms} from './hard-term-scan.js';
import {flagOf, numberOf, severityOf, why} from './word-rule-support.js';

/**
 * Checks abbreviations (all-capitals words such as "COPD", "PALS"), each at its first use.
 * Well-known ones ("NHS", "GP", "A&E", "UK", "COVID-19"), units in capitals, Roman numerals,
 * shouted words ("STOP", left to no-all-caps) and organisation-allowed words are fine.
 * - An abbreviation the lists do not know is an `unknown` finding (easy read: error, "use the
 *   full words"). If it (or a known one) is explained at first use, easy read still asks for
 *   the full words (`flagExplained`, `unknownExplained`: warning), with a known one's full
 *   form as a fix (a known one in a hard-word box is fine); plain English accepts it.
 * - A known abbreviation not explained at first use is `unexplained` (warning), with its
 *   full form as a fix: "chronic obstructive pulmonary disease (COPD)". One explained later
 *   is left to define-at-first-use.
 * - Plain English: more than `maxDistinct` (3) different abbreviations is a warning.
 * Explanations: "Patient Advice and Liaison Service (PALS)", "PALS (…)", "PALS means …",
 * or a hard-word box for it.
 */
export const abbreviations: DocumentRule<BlockTerms> = {
  id: 'abbreviations',
  description: 'Avoid abbreviations; spell them out the first time.',
  ...hardTermSteps,
  defaults: {
    'easy-read': {enabled: true, unknown: 'error', flagExplained: true, unknownExplained: 'warning', unexplained: 'warning', maxDistinct: 0},
    plain: {enabled: true, unknown: 'warning', flagExplained: false, unknownExplained: 'info', unexplained: 'warning', maxDistinct: 3},
  },
  combine(collected, {input, profile, settings}) {
    const unknown = severityOf(settings, 'unknown', 'error');
    const flagExplained = flagOf(settings, 'flagExplained', true);
    const unknownExplained = severityOf(settings, 'unknownExplained', 'warning');
    const unexplained = severityOf(settings, 'unexplained', 'warning');
    const maxDistinct = numberOf(settings, 'maxDistinct', 0);
    const scan = combineHardTerms(collected, input, profile);
    const findings: Finding[] = [];
    for (const use of scan.abbreviations.values()) {
      const {first} = use;
      const fullForm = fullFormOf(use.key);
      // A sense read from use ("patients who DNA" is "DNAs", did not attend) is quoted as written.
      const shown = first.text.startsWith(use.key) ? use.key : first.text;
      const explained = use.explainedAtFirst || use.inBox;
      if (fullForm === undefined) {
        if (explained && !flagExplained) continue;
        const message = explained
          ? `Use the full words, not “${shown}”.`
          : `What does “${shown}” mean? Use the full words.`;
        findings.push({
          ...blockFinding('abbreviations', explained ? unknownExplained : unknown, first.from, first.to, message, why.abbreviations),
          block: first.block,
        });
      } else if (use.explainedAtFirst && !use.inBox && flagExplained) {
        // Easy read spells it out even when explained in place: "the multidisciplinary team",
        // not "the MDT (multidisciplinary team)". A hard-word box is the easy read way to explain it.
        findings.push({
          ...blockFinding('abbreviations', unknownExplained, first.from, first.to, `Use the full words, not “${shown}”.`, why.abbreviations, [
            {label: `Write “${fullForm}”`, replacement: fullForm},
          ]),
          block: first.block,
        });
      } else if (!explained && !use.explained) {
        const replacement = `${fullForm} (${first.text})`;
        findings.push({
          ...blockFinding(
            'abbreviations',
            unexplained,
            first.from,
            first.to,
            `Spell out “${shown}” the first time you use it.`,
            why.abbreviations,
            [{label: `Write “${replacement}”`, replacement}]
          ),
          block: first.block,
        });
      }
    }
    if (maxDistinct > 0 && scan.abbreviations.size > maxDistinct) {
      findings.push({
        ...blockFinding(
          'abbreviations',
          'warning',
          0,
          0,
          `This uses ${scan.abbreviations.size} abbreviations. Try ${maxDistinct} or fewer.`,
          'Plain language guidelines: use no more than 3 abbreviations in a document.'
        ),
        block: -1,
      });
    }
    return findings;
  },
};
