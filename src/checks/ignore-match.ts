import type {CheckBlock, Finding, IgnoredFinding} from './types.js';

/**
 * Matching findings against the document's ignores.
 *
 * An ignore stores the rule, the sentence the finding was in and the text it covered.
 * A finding in a block matches when the rule and the covered text
 * (`block.text.slice(from, to)`) are the same and the stored sentence still stands,
 * unchanged, around the finding in that block. So editing the sentence brings the finding
 * back, while edits elsewhere keep it ignored. The stored sentence is the sentence around
 * the finding, the run of sentences it spans, or the whole block text for a block-wide
 * finding (as the editor's `createIgnore` stores it).
 *
 * A document finding (block -1) matches an ignore with the same rule, an empty sentence and
 * its message as the text (it covers no text of its own).
 */

function sentenceStandsAround(blockText: string, sentence: string, from: number, to: number): boolean {
  if (sentence === '') return false;
  for (let at = blockText.indexOf(sentence); at >= 0 && at <= from; at = blockText.indexOf(sentence, at + 1)) {
    if (to <= at + sentence.length) return true;
  }
  return false;
}

/** Finds the ignore (if any) that covers a finding; `block` is `undefined` for a document finding. */
export type IgnoreMatcher = (finding: Finding, block: CheckBlock | undefined) => IgnoredFinding | undefined;

/**
 * Indexes `ignores` by rule and covered text, and returns a matcher that gives the first
 * ignore (in `ignores` order) covering a finding. Building it is linear in the ignores;
 * each match looks only at ignores of the same rule and text.
 */
export function ignoreMatcher(ignores: readonly IgnoredFinding[]): IgnoreMatcher {
  const index = new Map<string, IgnoredFinding[]>();
  for (const ignore of ignores) {
    const key = `${ignore.rule}\u0000${ignore.text}`;
    const list = index.get(key);
    if (list) list.push(ignore);
    else index.set(key, [ignore]);
  }
  return (finding, block) => {
    if (index.size === 0) return undefined;
    if (!block) {
      return index.get(`${finding.rule}\u0000${finding.message}`)?.find((ignore) => ignore.sentence === '');
    }
    const candidates = index.get(`${finding.rule}\u0000${block.text.slice(finding.from, finding.to)}`);
    return candidates?.find((ignore) => sentenceStandsAround(block.text, ignore.sentence, finding.from, finding.to));
  };
}
