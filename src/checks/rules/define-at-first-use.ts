import {finding as blockFinding, type DocumentRule} from '../rule.js';
import type {Finding} from '../types.js';
import {combineHardTerms, hardTermSteps, type BlockTerms, type Place, type TermUse} from './hard-term-scan.js';
import {warnInBothProfiles} from './structure-util.js';
import {severityOf, why} from './word-rule-support.js';

/**
 * Flags a medical term or abbreviation that is explained, but only after its first use:
 * the reader meets the hard word before its meaning. The finding is at the first use,
 * where the explanation should move. A hard-word box counts wherever it is (easy read
 * puts it on the same page), and so does a next block or next sentence that starts by
 * explaining it: "… cancer of the cervix." then "The cervix is the opening to your womb."
 * (the scan counts the next sentence as explaining the first use). Terms never
 * explained are left to medical-jargon-explained and abbreviations.
 */
export const defineAtFirstUse: DocumentRule<BlockTerms> = {
  id: 'define-at-first-use',
  description: 'Explain a hard word where it is first used, not later.',
  ...hardTermSteps,
  defaults: warnInBothProfiles,
  combine(collected, {input, profile, settings}) {
    const severity = severityOf(settings, 'severity', 'warning');
    const scan = combineHardTerms(collected, input, profile);
    const findings: Finding[] = [];
    const late = (use: TermUse) =>
      !use.inBox && !use.explainedAtFirst && use.explained !== undefined && !explainsNext(use.first, use.explained);
    for (const use of [...scan.medical.values(), ...scan.abbreviations.values()]) {
      if (!late(use)) continue;
      findings.push({
        ...blockFinding(
          'define-at-first-use',
          severity,
          use.first.from,
          use.first.to,
          `Explain “${use.first.text}” here. You explain it later on.`,
          why.defineFirst
        ),
        block: use.first.block,
      });
    }
    return findings.sort((a, b) => a.block - b.block || a.from - b.from);
  },
};

/** Whether `explained` opens the block after `first` ("The cervix is …"): the very next thing the reader meets. */
function explainsNext(first: Place, explained: Place): boolean {
  return explained.block === first.block + 1 && explained.from <= 'The '.length;
}
