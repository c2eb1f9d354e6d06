import {finding, type BlockFinding, type BlockRule} from '../rule.js';
import type {Suggestion} from '../types.js';
import {numberSetting, overlapsAny, skipSpans, stringSetting, type Spans} from './structure-util.js';

/**
 * Flags symbols and fussy punctuation that are hard to read: the characters in the `symbols`
 * setting (easy read: & / ; # * § \ < > + …), "and/or", "(s)" plurals, and more than
 * `maxBrackets` pairs of round or square brackets in a sentence: easy read 0 (any bracket
 * is hard to follow), plain English 2 (1 pair is the NHS way to give a medical term).
 *
 * Never flagged: "A&E", anything inside a URL, email or phone number ("+44"), a slash between
 * digits (dates and fractions have their own rules) or between units ("mg/ml"), and contact
 * blocks. Fixes: "&" → "and", "and/or" → "or", "he/she" → "he or she", "leg(s)" → "legs",
 * "; next" → ". Next", "<5" → "less than 5", ">5" → "more than 5", "18+" → "18 or more".
 */
export const specialCharacters: BlockRule = {
  id: 'special-characters',
  description: 'Avoid symbols such as &, / and ;.',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: true, symbols: '&/;#*§\\<>+…', maxBrackets: 0},
    plain: {enabled: true, symbols: '&/', maxBrackets: 2},
  },
  check({block, sentences, settings}) {
    const text = block.text;
    if (!text || block.kind === 'contact') return [];
    const symbols = stringSetting(settings, 'symbols', '&/;#*§\\<>+…');
    const maxBrackets = numberSetting(settings, 'maxBrackets', 1);
    let skip: Spans | undefined;
    const findings: BlockFinding[] = [];
    const report = (from: number, to: number, message: string, suggestions: readonly Suggestion[] = []) => {
      skip ??= skipSpans(text, sentences);
      if (overlapsAny(skip, from, to)) return;
      findings.push(finding('special-characters', 'warning', from, to, message, why, suggestions));
    };
    // Each pattern needs a character most text lacks: look for it first.
    for (const match of text.includes('/') ? text.matchAll(andOr) : []) {
      report(match.index, match.index + match[0].length, 'Avoid "and/or". Say "or", or give both options.', [
        {label: 'Change to "or"', replacement: 'or'},
      ]);
    }
    for (const match of text.includes('(s)') ? text.matchAll(pluralS) : []) {
      report(match.index, match.index + 3, 'Do not write plurals with "(s)". Use the plural.', [
        {label: 'Change to "s"', replacement: 's'},
      ]);
    }
    for (const match of text.matchAll(symbolPattern)) {
      const char = match[0] === '...' ? '…' : match[0];
      const at = match.index;
      if (!symbols.includes(char)) continue;
      if (char === '&' && /A\s?&\s?E/u.test(text.slice(Math.max(0, at - 2), at + 3))) continue;
      if (char === '/' && (isAndOr(text, at) || isNumberOrUnitSlash(text, at))) continue;
      const next = text.slice(at + 1);
      const before = text.slice(Math.max(0, at - 1), at);
      if (char === '&') {
        report(at, at + 1, 'Write "and" instead of "&".', [
          {label: 'Change to "and"', replacement: `${/\s/u.test(before) ? '' : ' '}and${/^\s/u.test(next) ? '' : ' '}`},
        ]);
      } else if (char === '/') {
        report(at, at + 1, 'Avoid slashes. Write "or" or "and" instead.', [
          {label: 'Change to "or"', replacement: `${/\s/u.test(before) ? '' : ' '}or${/^\s/u.test(next) ? '' : ' '}`},
        ]);
      } else if (char === ';') {
        const rest = /^\s*(\S)?/u.exec(next);
        const letter = rest?.[1] ?? '';
        report(at, at + 1 + (rest?.[0].length ?? 0), 'Avoid semicolons. Use a full stop instead.', [
          {label: 'Use a full stop', replacement: letter ? `. ${letter.toUpperCase()}` : '.'},
        ]);
      } else if ((char === '<' || char === '>') && /^\s?\d/u.test(next)) {
        const words = char === '<' ? 'less than' : 'more than';
        const to = at + 1 + (/^\s/u.test(next) ? 1 : 0);
        report(at, to, `Write "${words}" instead of "${char}".`, [{label: `Change to "${words}"`, replacement: `${words} `}]);
      } else if (char === '+' && /\d$/u.test(before) && !/^\d/u.test(next)) {
        const number = /\d+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[0] ?? '';
        report(at - number.length, at + 1, `Write "${number} or more" instead of "${number}+".`, [
          {label: `Change to "${number} or more"`, replacement: `${number} or more`},
        ]);
      } else {
        report(at, at + match[0].length, `Avoid the symbol "${match[0]}". It can be hard to read.`);
      }
    }
    const bracketMessage =
      maxBrackets === 0 ? 'Avoid brackets. Put these words in a sentence of their own.' : `Too many brackets in this sentence. Use ${maxBrackets} pair at most.`;
    if (maxBrackets >= 0 && (text.includes('(') || text.includes('['))) {
      for (const sentence of sentences) {
        let pairs = 0;
        const opens = sentence.text.includes('(') || sentence.text.includes('[');
        for (const match of opens ? sentence.text.matchAll(bracketPair) : []) {
          const from = sentence.from + match.index;
          skip ??= skipSpans(text, sentences);
          if (match[0] === '(s)' || overlapsAny(skip, from, from + match[0].length)) continue;
          pairs++;
          if (pairs <= maxBrackets) continue;
          report(from, from + match[0].length, bracketMessage);
        }
      }
    }
    return findings.sort((a, b) => a.from - b.from);
  },
};

const why = 'Easy read and NHS guidance: use simple punctuation and avoid symbols.';
const andOr = /\band\/or\b/giu;
const pluralS = /(?<=\p{L})\(s\)/gu;
/** Candidate symbols; "..." is matched as one ellipsis. */
const symbolPattern = /[&/;#*§\\<>+…]|\.\.\.(?!\.)/gu;
const bracketPair = /\([^()]*\)|\[[^[\]]*\]/gu;
/** Units written with a slash: "mg/ml", "km/h", "mmol/L", "w/v". */
const units = /^(?:mg|g|mcg|ml|l|mmol|kg|km|h|hr|m|s|min|w|v|iu|units?|dose)$/iu;

function isAndOr(text: string, at: number): boolean {
  return /and$/iu.test(text.slice(Math.max(0, at - 3), at)) && /^or/iu.test(text.slice(at + 1, at + 3));
}

function isNumberOrUnitSlash(text: string, at: number): boolean {
  const before = /[\p{L}\d]*$/u.exec(text.slice(Math.max(0, at - 12), at))?.[0] ?? '';
  const after = /^[\p{L}\d]*/u.exec(text.slice(at + 1, at + 13))?.[0] ?? '';
  if (/\d$/u.test(before) && /^\d/u.test(after)) return true;
  return units.test(before.replace(/^\d+/u, '')) && units.test(after);
}
