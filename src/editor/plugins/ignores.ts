import type {Node as PMNode} from 'prosemirror-model';
import {splitSentences} from '../../checks/segment.js';
import type {Finding, IgnoredFinding, IgnoreReason} from '../../checks/types.js';

/**
 * Ignored findings, tied to the sentence they were in. Pure functions on plain data and
 * ProseMirror nodes; used by the checks plugin and its commands.
 *
 * An ignore records the sentence around the finding ({@link ignoreSentence}) and the
 * text the finding covered. It matches a later finding of the same rule whose covered
 * text is the same and which lies inside an unchanged copy of that sentence in its block,
 * so editing the sentence brings the problem back, while edits elsewhere (even in the same
 * paragraph) keep it ignored. The engine matches the same way (`ignore-match.ts`); the
 * plugin matches too, so an ignore takes effect in the same transaction.
 */

/** Where a finding sits in its block: the block's text and offsets into it. */
export interface FindingPlace {
  readonly blockText: string;
  readonly from: number;
  readonly to: number;
}

/**
 * The text a block contributes to the checks, exactly as `documentBlocks` reads it
 * (each line break or other inline leaf is one `\n`), so offsets line up with positions.
 */
export function blockText(block: PMNode): string {
  return block.textBetween(0, block.content.size, '\n', '\n');
}

/**
 * Returns the place of a document range `[from, to)` inside its textblock, or `null`
 * when the range is not inside one textblock (for example after the block was deleted).
 */
export function placeOf(doc: PMNode, from: number, to: number): FindingPlace | null {
  if (from < 0 || to > doc.content.size || from > to) return null;
  const $from = doc.resolve(from);
  if (!$from.parent.isTextblock || to > $from.end()) return null;
  const start = $from.start();
  return {blockText: blockText($from.parent), from: from - start, to: to - start};
}

/**
 * The sentence text to store in an ignore for a finding at `[from, to)` of `text`: from
 * the start of the first sentence the finding touches to the end of the last one (the
 * engine's own sentence splitter), or the whole text when the finding lies outside every
 * sentence (an empty line, a block-wide finding).
 */
export function ignoreSentence(text: string, from: number, to: number): string {
  const sentences = splitSentences(text);
  const first = sentences.find((sentence) => sentence.to > from);
  const last = sentences.findLast((sentence) => sentence.from < Math.max(to, from + 1));
  if (!first || !last || first.from > last.to) return text;
  return text.slice(Math.min(first.from, from), Math.max(last.to, to));
}

/**
 * Builds the ignore for a finding. `place` is `null` for a document finding (block -1):
 * its ignore is tied to its message instead of a sentence.
 */
export function createIgnore(
  finding: Pick<Finding, 'rule' | 'message'>,
  place: FindingPlace | null,
  reason: IgnoreReason,
  by: string,
  at: string
): IgnoredFinding {
  if (!place) return {rule: finding.rule, sentence: '', text: finding.message, reason, by, at};
  return {
    rule: finding.rule,
    sentence: ignoreSentence(place.blockText, place.from, place.to),
    text: place.blockText.slice(place.from, place.to),
    reason,
    by,
    at,
  };
}

/** Whether `ignore` covers a finding of rule `rule` at `place` (`null`: a document finding with `message`). */
export function ignoreMatches(
  ignore: IgnoredFinding,
  finding: Pick<Finding, 'rule' | 'message'>,
  place: FindingPlace | null
): boolean {
  if (ignore.rule !== finding.rule) return false;
  if (!place) return ignore.sentence === '' && ignore.text === finding.message;
  if (ignore.sentence === '' || place.blockText.slice(place.from, place.to) !== ignore.text) return false;
  // The sentence may occur more than once in a block; any unchanged copy around the finding counts.
  for (let at = place.blockText.indexOf(ignore.sentence); at >= 0; at = place.blockText.indexOf(ignore.sentence, at + 1)) {
    if (at > place.from) break;
    if (place.to <= at + ignore.sentence.length) return true;
  }
  return false;
}

/** Whether two ignores are the same record (every field equal), so a reloaded copy still matches. */
export function sameIgnore(a: IgnoredFinding, b: IgnoredFinding): boolean {
  return (
    a.rule === b.rule &&
    a.sentence === b.sentence &&
    a.text === b.text &&
    a.reason === b.reason &&
    a.by === b.by &&
    a.at === b.at
  );
}

/** The ignores stored in a document's `ignores` attribute (an empty list when it is missing or broken). */
export function documentIgnores(doc: PMNode): readonly IgnoredFinding[] {
  const value: unknown = doc.attrs['ignores'];
  return Array.isArray(value) ? (value as IgnoredFinding[]) : [];
}
