import {PatternIndex} from '../pattern-index.js';
import {finding, type BlockFinding, type BlockRule, type Token} from '../rule.js';
import type {Suggestion} from '../types.js';
import {shortForms, type ShortForm} from '../words/latin-shortforms.js';
import {flagOf, isAllowed, isProse, severityOf, why} from './word-rule-support.js';

/** One index per case mode; hit `index` `i` is `forms[i]`. */
function compile(forms: readonly ShortForm[], flags: string): {readonly index: PatternIndex; readonly forms: readonly ShortForm[]} {
  return {index: new PatternIndex(forms.map((form) => form.pattern), flags), forms};
}

const caseless = compile(shortForms.filter((form) => !form.caseSensitive), 'iu');
const cased = compile(shortForms.filter((form) => form.caseSensitive), 'u');

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface Hit {
  readonly form: ShortForm;
  readonly from: number;
  readonly to: number;
  /** Written straight after a number ("20mg"): the fix needs a space before the words. */
  readonly glued?: boolean;
}

/** A unit written straight after its number, "20mg", "5ml": the index only finds whole words. */
const gluedUnit = /(?<=\d)(mg|mcg|µg|ml|mL)(?![\p{L}\p{N}])/gu;
const unitForms: ReadonlyMap<string, ShortForm> = new Map(
  ['mg', 'mcg', 'ml'].flatMap((unit) => {
    const form = shortForms.find((item) => item.text === unit);
    return form ? [[unit, form] as const] : [];
  })
);

/**
 * Where the comma and spaces before `at` start (`/,?[ \t]*$/` on the text before it), read
 * backwards from `at` so the cost does not grow with the block's length.
 */
function leadStart(text: string, at: number): number {
  let from = at;
  while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  return from > 0 && text[from - 1] === ',' ? from - 1 : from;
}

function hits(text: string, flagPer: boolean): Hit[] {
  const out: Hit[] = [];
  for (const {index, forms} of [caseless, cased]) {
    for (const {from, to, index: i} of index.find(text)) {
      const form = forms[i];
      if (form && (flagPer || !form.per)) out.push({form, from, to});
    }
  }
  for (const match of text.matchAll(gluedUnit)) {
    const unit = match[1] === 'µg' ? 'mcg' : match[1] === 'mL' ? 'ml' : (match[1] ?? '');
    const form = unitForms.get(unit);
    if (form) out.push({form, from: match.index, to: match.index + match[0].length, glued: true});
  }
  return out.sort((a, b) => a.from - b.from);
}

/**
 * Flags Latin and foreign short forms ("e.g.", "i.e.", "etc.", "vs", "ad hoc", prescription
 * Latin such as "tds") and offers plain English: "for example", "that is", "and so on". An
 * "etc." can also just be removed; the fix takes its comma with it and keeps a sentence's
 * full stop. "per" ("per day") is only flagged when `flagPer` is on (plain English).
 * Short forms inside URLs and emails are skipped.
 */
export const latinForeignShortforms: BlockRule = {
  id: 'latin-foreign-shortforms',
  description: 'Write "for example", not "e.g."; avoid Latin and foreign short forms.',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: true, severity: 'warning', flagPer: false},
    plain: {enabled: true, severity: 'warning', flagPer: true},
  },
  check({block, sentences, profile, settings}) {
    if (!isProse(block.kind)) return [];
    const text = block.text;
    const severity = severityOf(settings, 'severity', 'warning');
    const links: Token[] = [];
    for (const sentence of sentences) for (const token of sentence.tokens) if (token.kind === 'url' || token.kind === 'email') links.push(token);
    const findings: BlockFinding[] = [];
    for (const hit of hits(text, flagOf(settings, 'flagPer', false))) {
      const written = text.slice(hit.from, hit.to);
      if (isAllowed(profile, written) || links.some((link) => hit.from < link.to && hit.to > link.from)) continue;
      const capital = /^\p{Lu}/u.test(written) ? capitalise : (word: string) => word;
      let from = hit.from;
      let endStop = '';
      const fixes: Suggestion[] = [];
      if (hit.form.removable) {
        // "apples, pears, etc." → "apples, pears and so on." or "apples, pears."
        from = leadStart(text, hit.from);
        endStop = written.endsWith('.') && /^\s*(?:$|\n|[\p{Lu}\p{N}])/u.test(text.slice(hit.to)) ? '.' : '';
        for (const plain of hit.form.plain) {
          const replacement = `${from < hit.from ? ' ' : ''}${capital(plain)}${endStop}`;
          fixes.push({label: `Write “${plain}”`, replacement});
        }
        fixes.push({label: 'Remove it', replacement: endStop});
      } else {
        const lead = hit.glued ? ' ' : '';
        for (const plain of hit.form.plain) fixes.push({label: `Write “${capital(plain)}”`, replacement: `${lead}${capital(plain)}`});
      }
      const best = hit.form.plain[0] ?? '';
      findings.push(
        finding(
          'latin-foreign-shortforms',
          severity,
          from,
          hit.to,
          `Write “${best}”, not “${written.trim()}”.`,
          why.latin,
          fixes
        )
      );
    }
    return findings;
  },
};
