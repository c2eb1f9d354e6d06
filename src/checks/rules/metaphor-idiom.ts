import {finding, type BlockFinding, type BlockRule} from '../rule.js';
import {idioms} from '../words/idioms.js';
import {matchCase} from '../words/text-case.js';
import {isAllowed, isProse, messageWordCount, severityOf, why} from './word-rule-support.js';

const slots: Readonly<Record<string, string>> = {
  '{your}': '(?:your|my|his|her|their|our|the)',
  '{feel}': '(?:feel|feels|feeling|felt)',
};

/** All idioms in one expression; capture group `i + 1` is `idioms[i]`. */
const pattern = new RegExp(
  idioms
    .map((idiom) => `(?<![\\p{L}\\p{N}])(${idiom.pattern.replace(/\{your\}|\{feel\}/g, (slot) => slots[slot] ?? slot)})(?![\\p{L}\\p{N}])`)
    .join('|'),
  'giu'
);

function message(text: string): string {
  const full = `“${text}” is an idiom. Say what you mean.`;
  return messageWordCount(full) < 15 ? full : 'This is an idiom. Say what you mean.';
}

/**
 * Flags idioms, metaphors and euphemisms from a curated health list ("under the weather",
 * "on the mend", "butterflies in your stomach", "passed away"); people with learning
 * disabilities may read them literally. Where one literal phrase fits, it is offered as a
 * fix ("under the weather" → "unwell"). Literal uses are possible, so confirm each hit.
 */
export const metaphorIdiom: BlockRule = {
  id: 'metaphor-idiom',
  description: 'Say what you mean: no idioms or metaphors.',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: true, severity: 'warning'},
    plain: {enabled: true, severity: 'warning'},
  },
  check({block, profile, settings}) {
    if (!isProse(block.kind)) return [];
    const severity = severityOf(settings, 'severity', 'warning');
    const findings: BlockFinding[] = [];
    pattern.lastIndex = 0;
    for (let found = pattern.exec(block.text); found; found = pattern.exec(block.text)) {
      const text = found[0];
      const idiom = idioms[found.findIndex((value, i) => i > 0 && value !== undefined) - 1];
      if (!idiom || isAllowed(profile, text) || isAllowed(profile, idiom.phrase)) continue;
      const feel = /^(?:feel|feels|feeling|felt)\b/i.exec(text)?.[0] ?? 'feel';
      const fixes = (idiom.plain ?? []).map((plain) => {
        const replacement = matchCase(text, plain.replace('{feel}', feel.toLowerCase()));
        return {label: `Write “${replacement}”`, replacement};
      });
      findings.push(
        finding('metaphor-idiom', severity, found.index, found.index + text.length, message(text), why.idioms, fixes)
      );
    }
    return findings;
  },
};
