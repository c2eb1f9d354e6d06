import {finding, type BlockFinding, type BlockRule, type Profile, type Token} from '../rule.js';
import type {Severity} from '../types.js';
import {abbreviationOf, isCapsWord, isListedAbbreviation, isShoutedWord} from './hard-term-scan.js';
import {blockWords, isAllowed, isProse, numberOf, severityOf, why, wordTokens} from './word-rule-support.js';

/** Whether a capitals word is an abbreviation we know or the organisation allows. */
function isAbbreviation(token: Token, profile: Profile): boolean {
  const key = abbreviationOf(token.text);
  if (!key) return false;
  return isListedAbbreviation(key) || isAllowed(profile, key);
}

/** Whether a capitals word is, or looks like, an abbreviation ("SSRI"): its capitals stay in a fix. */
function keepsCapitals(token: Token, profile: Profile): boolean {
  const key = abbreviationOf(token.text);
  return key !== null && (isAbbreviation(token, profile) || !isShoutedWord(key));
}

/** Whether a word is shouted: in capitals, and not an abbreviation we know or the organisation allows. */
function isShouted(word: Token, profile: Profile): boolean {
  return isCapsWord(word) && !isAbbreviation(word, profile);
}

/** Runs of capitals words next to each other (separated by spaces only), in order. */
function capsRuns(words: readonly Token[], text: string): Token[][] {
  const runs: Token[][] = [];
  let current: Token[] = [];
  for (const word of words) {
    const previous = current.at(-1);
    if (isCapsWord(word) && previous && /^\s+$/.test(text.slice(previous.to, word.from))) {
      current.push(word);
      continue;
    }
    if (current.length > 0) runs.push(current);
    current = isCapsWord(word) ? [word] : [];
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

function letterCount(text: string): number {
  return text.replace(/[^\p{L}]/gu, '').length;
}

/**
 * Normal capitals for shouted words: lower case, a capital first letter at a sentence start;
 * abbreviations (known or looking like one) kept. `words` are the words of `[from, to)`, in
 * order, so the cost is the length of the span, not of the block.
 */
function normalCase(
  words: readonly Token[],
  text: string,
  from: number,
  to: number,
  profile: Profile,
  startsSentence: boolean
): string {
  let out = '';
  let at = from;
  for (const word of words) {
    if (word.from < from || word.to > to || !keepsCapitals(word, profile)) continue;
    out += text.slice(at, word.from).toLowerCase() + word.text;
    at = word.to;
  }
  out += text.slice(at, to).toLowerCase();
  return startsSentence ? out.replace(/\p{L}/u, (letter) => letter.toUpperCase()) : out;
}

/**
 * Flags block capitals. A line (or heading) written all in capitals is an error; inside a
 * line, a run of 2 or more capitals words, or one capitals word of `minLetters` (4) or more
 * letters, is a warning. Known abbreviations ("NHS", "COPD", "A&E") and organisation-allowed
 * words are not capitals to fix, and a lone unknown word that looks like an abbreviation
 * ("SLDP") is left to the abbreviations check. Each finding offers normal capitals as a fix.
 */
export const noAllCaps: BlockRule = {
  id: 'no-all-caps',
  description: 'Do not write words in block capitals.',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: true, severity: 'warning', lineSeverity: 'error', minLetters: 4},
    plain: {enabled: true, severity: 'warning', lineSeverity: 'error', minLetters: 4},
  },
  check({block, sentences, profile, settings}) {
    if (!isProse(block.kind)) return [];
    const severity = severityOf(settings, 'severity', 'warning');
    const lineSeverity = severityOf(settings, 'lineSeverity', 'error');
    const minLetters = numberOf(settings, 'minLetters', 4);
    const text = block.text;
    // Every finding needs a shouted word (capitals that are not a known abbreviation); most blocks have none.
    if (!sentences.some((sentence) => wordTokens(sentence).some((word) => isShouted(word, profile)))) return [];
    const shouted = (word: Token) => isShouted(word, profile);
    const words = blockWords(sentences);
    const starts = new Set(sentences.map((sentence) => sentence.tokens[0]?.from));
    const findings: BlockFinding[] = [];
    const add = (level: Severity, span: readonly Token[], message: string, startsSentence: boolean) => {
      const from = span[0]!.from;
      const to = span[span.length - 1]!.to;
      const replacement = normalCase(span, text, from, to, profile, startsSentence);
      findings.push(finding('no-all-caps', level, from, to, message, why.allCaps, [{label: `Write “${replacement}”`, replacement}]));
    };
    let lineStart = 0;
    let next = 0;
    for (const line of text.split('\n')) {
      const lineEnd = lineStart + line.length;
      // Words come in order, so each line's words follow the last line's.
      const inLine: Token[] = [];
      while (next < words.length && words[next]!.from < lineStart) next++;
      while (next < words.length && words[next]!.to <= lineEnd) inLine.push(words[next++]!);
      lineStart = lineEnd + 1;
      const first = inLine[0];
      const last = inLine.at(-1);
      if (!first || !last) continue;
      const loud = inLine.filter(shouted);
      const wholeLine =
        loud.length > 0 &&
        inLine.every((word) => isCapsWord(word) || letterCount(word.text) === 0) &&
        loud.reduce((sum, word) => sum + letterCount(word.text), 0) >= minLetters;
      if (wholeLine) {
        const what = block.kind === 'heading' || block.kind === 'title' ? 'This heading' : 'This line';
        add(lineSeverity, inLine, `${what} is all capitals. Use normal letters.`, true);
        continue;
      }
      for (const run of capsRuns(inLine, text)) {
        const head = run[0];
        const tail = run.at(-1);
        if (!head || !tail) continue;
        const loudInRun = run.filter(shouted);
        const key = abbreviationOf(head.text) ?? '';
        if (run.length >= 2 && loudInRun.length > 0) {
          add(severity, run, 'These words are in capitals. Use normal letters.', starts.has(head.from));
        } else if (run.length === 1 && loudInRun.length === 1 && letterCount(head.text) >= minLetters && isShoutedWord(key)) {
          add(severity, [head], `“${head.text}” is in capitals. Use normal letters.`, starts.has(head.from));
        }
      }
    }
    return findings;
  },
};
