import {finding, type BlockFinding, type BlockRule} from '../rule.js';
import {severitySetting} from './structure-util.js';

/**
 * Flags italic text. The finding covers the italic run; there is no text fix, because the
 * problem is the formatting, not the words (the editor removes the mark).
 * Settings: `severity` (easy read error, plain English warning).
 */
export const noItalics: BlockRule = {
  id: 'no-italics',
  description: 'Do not use italics.',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: true, severity: 'error'},
    plain: {enabled: true, severity: 'warning'},
  },
  check({block, settings}) {
    const severity = severitySetting(settings, 'severity', 'error');
    const findings: BlockFinding[] = [];
    for (const run of block.runs) {
      if (run.format !== 'italic' || !block.text.slice(run.from, run.to).trim()) continue;
      findings.push(
        finding(
          'no-italics',
          severity,
          run.from,
          run.to,
          'Do not use italics. They are hard to read.',
          'NHS and easy read guidance: do not use italics.'
        )
      );
    }
    return findings;
  },
};
