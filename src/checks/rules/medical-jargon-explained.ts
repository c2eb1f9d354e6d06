import {finding as blockFinding, type DocumentRule} from '../rule.js';
import type {Finding} from '../types.js';
import {combineHardTerms, hardTermSteps, type BlockTerms} from './hard-term-scan.js';
import {warnInBothProfiles} from './structure-util.js';
import {severityOf, why} from './word-rule-support.js';

/**
 * Checks that each medical term that stays in the text (the built-in medical list plus the
 * organisation's `mustExplain`) is explained. Accepted forms: the plain words then the
 * medical term in brackets ("high blood pressure (hypertension)", NHS style), the term then
 * an explanation in brackets, "X means …", "This is called X", the next sentence starting
 * "This means …", or a hard-word box for the term anywhere in the document. One finding per
 * term never explained, at its first use in running text, with the NHS form as a fix. A
 * term explained only later is left to define-at-first-use. Whether an explanation is
 * *good* is for human reviewers.
 */
export const medicalJargonExplained: DocumentRule<BlockTerms> = {
  id: 'medical-jargon-explained',
  description: 'Explain medical words the first time you use them.',
  ...hardTermSteps,
  defaults: warnInBothProfiles,
  combine(collected, context) {
    const findings: Finding[] = [];
    const severity = severityOf(context.settings, 'severity', 'warning');
    for (const use of combineHardTerms(collected, context.input, context.profile).medical.values()) {
      if (use.explainedAtFirst || use.inBox || use.explained) continue;
      const {first} = use;
      const capital = /^\p{Lu}/u.test(first.text);
      const term = capital && first.text !== first.text.toUpperCase() ? first.text.charAt(0).toLowerCase() + first.text.slice(1) : first.text;
      const fixes = use.plain.slice(0, 2).map((plain) => {
        const replacement = `${capital ? plain.charAt(0).toUpperCase() + plain.slice(1) : plain} (${term})`;
        return {label: `Write “${replacement}”`, replacement};
      });
      findings.push({
        ...blockFinding(
          'medical-jargon-explained',
          severity,
          first.from,
          first.to,
          `Explain “${first.text}” the first time you use it.`,
          why.explainTerms,
          fixes
        ),
        block: first.block,
      });
    }
    return findings;
  },
};
