import type {DocumentRule, Sentence} from '../rule.js';
import type {CheckBlock, Finding} from '../types.js';
import {numberSetting, trimmedSpan} from './structure-util.js';

/**
 * How many ideas a block adds to its row: one per sentence, but a list is one idea however
 * many items it has ("Bring these things:" and 6 bullets is not 7 ideas), counted on its
 * first item.
 */
function ideasIn(block: CheckBlock, sentences: readonly Sentence[]): number {
  if (block.kind !== 'list-item') return sentences.length;
  return (block.list?.index ?? 0) === 0 && sentences.length > 0 ? 1 : 0;
}

/**
 * Easy read gives each idea its own picture, so a row (one picture) should hold only a few
 * ideas. Counts the sentences in all of a row's blocks, a list counting as one (see
 * {@link ideasIn}): more than `warn` is a warning, more than `error` an error (easy read
 * 3/5, derived). The finding covers the first sentence over the limit (or the first item
 * of a list over it). Whether the picture matches the text is left to human review. Off in
 * the plain English profile.
 */
export const picturePerIdea: DocumentRule<readonly Sentence[]> = {
  id: 'picture-per-idea',
  description: 'Give each idea its own row and picture.',
  scope: 'document',
  defaults: {
    'easy-read': {enabled: true, warn: 3, error: 5},
    plain: {enabled: false, warn: 3, error: 5},
  },
  collect: ({sentences}) => sentences,
  combine(collected, {input, settings}) {
    const blocks = input.blocks;
    // The blocks in rows, in order; most documents from a text file have none.
    const inRows: number[] = [];
    for (let index = 0; index < blocks.length; index++) if (blocks[index]!.row !== undefined) inRows.push(index);
    if (inRows.length === 0) return [];
    const warn = numberSetting(settings, 'warn', 3);
    const error = numberSetting(settings, 'error', 5);
    const totals = new Map<number, number>();
    for (const index of inRows) {
      const row = blocks[index]!.row!;
      totals.set(row, (totals.get(row) ?? 0) + ideasIn(blocks[index]!, collected[index] ?? []));
    }
    const seen = new Map<number, number>();
    const findings: Finding[] = [];
    inRows.forEach((index) => {
      const block = blocks[index]!;
      const row = block.row!;
      const sentences = collected[index];
      if (!sentences) return;
      const total = totals.get(row) ?? 0;
      if (total <= warn) return;
      const before = seen.get(row) ?? 0;
      const ideas = ideasIn(block, sentences);
      seen.set(row, before + ideas);
      if (before > warn || before + ideas <= warn) return;
      const sentence = block.kind === 'list-item' ? sentences[0] : sentences[warn - before];
      if (!sentence) return;
      findings.push({
        rule: 'picture-per-idea',
        severity: total > error ? 'error' : 'warning',
        message: `This row has ${total} sentences. Try ${warn} or fewer, or add a row.`,
        why: 'Easy read guidance: one idea, with its own picture, in each row.',
        block: index,
        ...trimmedSpan(sentence),
        suggestions: [],
      });
    });
    return findings;
  },
};
