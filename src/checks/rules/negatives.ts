import {finding, type BlockFinding, type BlockRule, type Token} from '../rule.js';
import {sentenceWords} from '../sentence-words.js';
import {contractions} from '../words/contractions.js';
import {negators} from '../words/negators.js';
import {isProse, severityOf, why} from './word-rule-support.js';

/** Whether a lower-case word makes its clause negative ("not", "never", "don't"). */
export function isNegator(word: string): boolean {
  return negators.has(word) || contractions.get(word)?.negative === true;
}

const clauseBreak = /[,;:–—(]/;

/**
 * Whether the negator at `words[i]` is part of a "Do not …" / "Don't …" / "Never …"
 * instruction at the start of a sentence or clause ("If you feel dizzy, do not drive").
 * NHS style keeps these as they are: a clear "Do not" for things people must not do.
 */
export function isSafetyInstruction(words: readonly Token[], lower: readonly string[], i: number, text: string): boolean {
  const startsClause = (k: number): boolean => {
    if (k === 0) return true;
    const previous = words[k - 1];
    const current = words[k];
    if (!previous || !current) return false;
    if (lower[k - 1] === 'please') return startsClause(k - 1);
    return clauseBreak.test(text.slice(previous.to, current.from));
  };
  const word = lower[i];
  if (word === "don't" || word === 'never') return startsClause(i);
  return word === 'not' && lower[i - 1] === 'do' && startsClause(i - 1);
}

/** Words before "no" that make it an answer, not a negative: "You can say no." */
const answerVerbs: ReadonlySet<string> = new Set(['say', 'says', 'said', 'saying', 'answer', 'answers', 'answered', 'tick', 'choose', 'mean', 'means']);
/** Verbs before "not" that make a statement about how things are or will be: "will not change". */
const statementVerbs: ReadonlySet<string> = new Set(['will', 'would', 'does', 'did', 'is', 'are', 'was', 'were', 'has', 'have']);
/** The same statements as contractions. */
const negativeStatements: ReadonlySet<string> = new Set([
  "won't", "wouldn't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't",
]);
/** Words for the reader or the writer: a negative about them tells someone what not to do. */
const peopleWords: ReadonlySet<string> = new Set(['you', 'i', 'we', "you'll", "you're", "you've", "i'm", "we'll", "we're"]);
/** How far back a clause's subject is looked for. */
const SUBJECT_REACH = 12;

/**
 * Whether the negative at `lower[i]` tells no one what not to do:
 * - "no" as an answer ("You can say no.", "The answer is no.");
 * - a statement about something else, with no "you", "I" or "we" in its clause ("Your care
 *   will not change if you complain.", "It won't hurt."): a reassurance, not an instruction.
 */
function isNotAnInstruction(words: readonly Token[], lower: readonly string[], i: number, text: string): boolean {
  const word = lower[i];
  if (word === 'no') return answerVerbs.has(lower[i - 1] ?? '') || i === lower.length - 1;
  if (!(word === 'not' && statementVerbs.has(lower[i - 1] ?? '')) && !negativeStatements.has(word ?? '')) return false;
  for (let k = i - 1; k >= 0 && i - k <= SUBJECT_REACH; k--) {
    if (peopleWords.has(lower[k] ?? '')) return false;
    if (k > 0 && clauseBreak.test(text.slice(words[k - 1]!.to, words[k]!.from))) break;
  }
  return true;
}

/**
 * Flags a sentence that says what not to do (info), on its first negative word: "not",
 * "no", "never", "without", "unless", "cannot" or a negative contraction. A sentence with a
 * "Do not …", "Don't …" or "Never …" instruction is never flagged: for safety warnings the
 * NHS prefers a clear "Do not" ("Do not take 2 doses"). Nor are "no" as an answer and
 * reassurances about something other than the reader ("Your care will not change"): see
 * {@link isNotAnInstruction}.
 *
 * Off by default in both profiles (an organisation can turn it on). On the quality set
 * (`test/fixtures/quality/`) every one of its 13 findings on skilled easy read text was a
 * negative that belongs there: "must not eat", "If you cannot come", "if you are not happy".
 * Easy read uses short negatives all the time, so the rule was 0% precise.
 */
export const negatives: BlockRule = {
  id: 'negatives',
  description: 'Say what to do, not what not to do.',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: false, severity: 'info'},
    plain: {enabled: false, severity: 'info'},
  },
  check({block, sentences, settings}) {
    if (!isProse(block.kind)) return [];
    const severity = severityOf(settings, 'severity', 'info');
    const findings: BlockFinding[] = [];
    for (const sentence of sentences) {
      const {tokens: words, lower} = sentenceWords(sentence);
      // A sentence with a "Do not" instruction is a safety warning: leave all of it alone.
      if (lower.some((word, i) => isNegator(word) && isSafetyInstruction(words, lower, i, block.text))) continue;
      const token = words[lower.findIndex((word, i) => isNegator(word) && !isNotAnInstruction(words, lower, i, block.text))];
      if (!token) continue;
      findings.push(
        finding('negatives', severity, token.from, token.to, 'Try saying what to do, not what not to do.', why.negatives)
      );
    }
    return findings;
  },
};
