import {PatternIndex} from '../pattern-index.js';
import {finding, type BlockFinding, type BlockRule} from '../rule.js';
import {idioms} from '../words/idioms.js';
import {matchCase} from '../words/text-case.js';
import {warnInBothProfiles} from './structure-util.js';
import {isAllowed, isProse, messageWordCount, severityOf, why} from './word-rule-support.js';

const slots: Readonly<Record<string, string>> = {
  '{your}': '(?:your|my|his|her|their|our|the)',
  '{feel}': '(?:feel|feels|feeling|felt)',
};

/** All idioms, found together; hit `index` `i` is `idioms[i]`. */
const index = new PatternIndex(idioms.map((idiom) => idiom.pattern.replace(/\{your\}|\{feel\}/g, (slot) => slots[slot] ?? slot)));

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
  defaults: warnInBothProfiles,
  check({block, profile, settings}) {
    if (!isProse(block.kind)) return [];
    const severity = severityOf(settings, 'severity', 'warning');
    const findings: BlockFinding[] = [];
    for (const hit of index.find(block.text)) {
      const text = block.text.slice(hit.from, hit.to);
      const idiom = idioms[hit.index];
      if (!idiom || isAllowed(profile, text) || isAllowed(profile, idiom.phrase)) continue;
      const feel = /^(?:feel|feels|feeling|felt)\b/i.exec(text)?.[0] ?? 'feel';
      const fixes = (idiom.plain ?? []).map((plain) => {
        const replacement = matchCase(text, plain.replace('{feel}', feel.toLowerCase()));
        return {label: `Write “${replacement}”`, replacement};
      });
      findings.push(
        finding('metaphor-idiom', severity, hit.from, hit.to, message(text), why.idioms, fixes)
      );
    }
    return findings;
  },
};
