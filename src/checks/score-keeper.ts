import type {Profile} from './rule.js';
import {emptyCounts, scoreCounts, type Counts} from './scores.js';
import type {CheckBlock, CheckResult, Scores} from './types.js';

/**
 * Adding up block counts into the document's, each section's and each row's scores, once
 * per check, cheaply.
 *
 * Sums are kept from check to check. When the blocks are where they were (the same number,
 * and every changed block in the same kind, section and row), only the changed blocks' counts
 * are taken off and added back; otherwise every block is added up again. Counts are whole
 * numbers, so the sums are exact either way. A span whose sums did not change keeps its
 * `Scores` object.
 */

/** Six numbers per span, in a row of a `Float64Array`: words, sentences, syllables, polysyllables, hard words, foreign words. */
const FIELDS = 6;

/** What a score keeper needs to know of a block's work. */
export interface CountedWork {
  readonly counts: Counts;
}

/** Last check's blocks, which indexes changed since (same number of blocks), and the work each had. */
export interface ScoredBefore {
  readonly blocks: readonly CheckBlock[];
  readonly changed: readonly number[];
  /** `replaced[k]` is the work at `changed[k]` last check. */
  readonly replaced: readonly (CountedWork | undefined)[];
}

interface Sums {
  readonly sectionCount: number;
  readonly rowCount: number;
  readonly document: Float64Array;
  readonly sections: Float64Array;
  readonly rows: Float64Array;
}

function addAt(sums: Float64Array, row: number, counts: Counts, sign: number): void {
  const at = row * FIELDS;
  sums[at] += sign * counts.words;
  sums[at + 1] += sign * counts.sentences;
  sums[at + 2] += sign * counts.syllables;
  sums[at + 3] += sign * counts.polysyllables;
  sums[at + 4] += sign * counts.hardWords;
  sums[at + 5] += sign * counts.foreignWords;
}

/** Adds (`sign` 1) or takes off (-1) one block's counts in every span it belongs to. */
function apply(sums: Sums, block: CheckBlock, counts: Counts, sign: number): void {
  if (counts === emptyCounts) return;
  addAt(sums.document, 0, counts, sign);
  if (Number.isInteger(block.section) && block.section >= 0 && block.section < sums.sectionCount) addAt(sums.sections, block.section, counts, sign);
  const row = block.row;
  if (block.kind === 'row-text' && row !== undefined && Number.isInteger(row) && row >= 0 && row < sums.rowCount) addAt(sums.rows, row, counts, sign);
}

/** Scores spans from their sums, reusing last check's `Scores` for a span whose sums are the same. */
class SpanScorer {
  private sums: Float64Array = new Float64Array(0);
  private scores: Scores[] = [];
  private readonly profile: Profile;

  constructor(profile: Profile) {
    this.profile = profile;
  }

  score(sums: Float64Array, count: number): Scores[] {
    const out: Scores[] = new Array<Scores>(count);
    for (let span = 0; span < count; span++) {
      const at = span * FIELDS;
      const last = this.scores[span];
      const same =
        last !== undefined &&
        this.sums[at] === sums[at] &&
        this.sums[at + 1] === sums[at + 1] &&
        this.sums[at + 2] === sums[at + 2] &&
        this.sums[at + 3] === sums[at + 3] &&
        this.sums[at + 4] === sums[at + 4] &&
        this.sums[at + 5] === sums[at + 5];
      out[span] = same
        ? last
        : scoreCounts(
            {words: sums[at]!, sentences: sums[at + 1]!, syllables: sums[at + 2]!, polysyllables: sums[at + 3]!, hardWords: sums[at + 4]!, foreignWords: sums[at + 5]!},
            this.profile
          );
    }
    this.sums = sums;
    this.scores = out;
    return out;
  }
}

/** Per-checker scoring state; see the module doc. */
export class ScoreKeeper {
  private last: Sums | undefined;
  private readonly document: SpanScorer;
  private readonly sections: SpanScorer;
  private readonly rows: SpanScorer;

  constructor(profile: Profile) {
    this.document = new SpanScorer(profile);
    this.sections = new SpanScorer(profile);
    this.rows = new SpanScorer(profile);
  }

  /** The scores of a check: `works[i]` holds block `i`'s counts; `before` is last check, when the blocks kept their places. */
  score(blocks: readonly CheckBlock[], rowCount: number, works: readonly CountedWork[], before: ScoredBefore | undefined): CheckResult['scores'] {
    const sums = this.updated(blocks, rowCount, works, before) ?? this.added(blocks, rowCount, works);
    this.last = sums;
    return {
      document: this.document.score(sums.document, 1)[0]!,
      sections: this.sections.score(sums.sections, sums.sectionCount),
      rows: this.rows.score(sums.rows, sums.rowCount),
    };
  }

  /** Last check's sums with the changed blocks taken off and added back, or `undefined` when a block changed place. */
  private updated(blocks: readonly CheckBlock[], rowCount: number, works: readonly CountedWork[], before: ScoredBefore | undefined): Sums | undefined {
    const last = this.last;
    if (!last || !before || rowCount !== last.rowCount) return undefined;
    for (const index of before.changed) {
      const old = before.blocks[index]!;
      const block = blocks[index]!;
      if (old.kind !== block.kind || old.section !== block.section || old.row !== block.row) return undefined;
    }
    const sums: Sums = {
      sectionCount: last.sectionCount,
      rowCount,
      document: last.document.slice(),
      sections: last.sections.slice(),
      rows: last.rows.slice(),
    };
    for (let k = 0; k < before.changed.length; k++) {
      const index = before.changed[k]!;
      const old = before.replaced[k];
      if (!old) return undefined;
      apply(sums, before.blocks[index]!, old.counts, -1);
      apply(sums, blocks[index]!, works[index]!.counts, 1);
    }
    return sums;
  }

  private added(blocks: readonly CheckBlock[], rowCount: number, works: readonly CountedWork[]): Sums {
    let sectionCount = 0;
    for (const block of blocks) {
      if (Number.isInteger(block.section) && block.section >= 0 && block.section >= sectionCount) sectionCount = block.section + 1;
    }
    sectionCount = Math.min(sectionCount, blocks.length + 1);
    const sums: Sums = {
      sectionCount,
      rowCount,
      document: new Float64Array(FIELDS),
      sections: new Float64Array(sectionCount * FIELDS),
      rows: new Float64Array(rowCount * FIELDS),
    };
    for (let index = 0; index < works.length; index++) apply(sums, blocks[index]!, works[index]!.counts, 1);
    return sums;
  }
}
