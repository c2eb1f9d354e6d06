import type {BlockFinding, Sentence} from './rule.js';
import type {Counts} from './scores.js';
import type {CheckBlock, RowInfo, RowPicture} from './types.js';

/**
 * The checker's memory of per-block work, so a re-check after an edit re-analyses only the
 * blocks that changed.
 *
 * Work is found first by the `CheckBlock` object itself (a `WeakMap`: the editor and the
 * bench hand back the same object for an unchanged block, so a lookup costs no text
 * handling at all), then by a content key: everything a block rule or a document rule's
 * `collect` step may read of a block — kind, text, formatting runs, heading level, list
 * position, contact field and, for row text, the row's picture — but not its index,
 * section, row number or line. Only work used in the last check (or this one) counts, so
 * memory stays bounded by the document and a block seen again after a gap is analysed
 * afresh. Blocks must not be changed after they have been checked (they are read-only).
 */

/** What the engine remembers about one block's content. */
export interface BlockWork {
  /** The content key (see {@link contentKey}). */
  readonly key: string;
  /** The row picture the work was made with: `undefined` for a block outside a row. */
  readonly picture: RowPicture | null | undefined;
  readonly sentences: readonly Sentence[];
  readonly counts: Counts;
  /** Every block rule's findings, sorted by place. */
  readonly findings: readonly BlockFinding[];
  /** Each document rule's `collect` result, by the rule's index in the checker. */
  readonly collected: readonly unknown[];
  /** Whether a `collect` step failed on this block (its result is then a failure marker). */
  readonly collectFailed: boolean;
  /** The number of the last check that used this work. */
  seen: number;
}

/** The picture a block sees: its row's, for row text in a known row; otherwise `undefined`. */
export function pictureOf(block: CheckBlock, rows: readonly RowInfo[]): RowPicture | null | undefined {
  return block.kind === 'row-text' && block.row !== undefined ? rows[block.row]?.picture : undefined;
}

/** Whether two row pictures are the same (both absent, or the same file and description). */
export function samePicture(a: RowPicture | null | undefined, b: RowPicture | null | undefined): boolean {
  return a === b || (a != null && b != null && a.src === b.src && a.alt === b.alt && a.symbolName === b.symbolName);
}

/** Prefixes a free-form string with its length, so joined parts can never run into each other. */
function part(value: string): string {
  return `${value.length}:${value}`;
}

/**
 * The content key of a block: the text comes last and every other free-form part carries
 * its length, so two different contents never share a key. Linear in the block's text.
 */
export function contentKey(block: CheckBlock, picture: RowPicture | null | undefined): string {
  let runs = '';
  for (const run of block.runs) runs += `${run.from},${run.to},${run.format};`;
  const list = block.list ? `${block.list.ordered ? 1 : 0},${block.list.index},${block.list.size}` : '';
  const seen = picture === undefined ? '' : picture === null ? 'none' : `${part(picture.src)}${part(picture.alt)}`;
  const field = block.field === undefined ? '' : part(block.field);
  return `${block.kind}|${block.level ?? ''}|${list}|${field}|${part(seen)}|${part(runs)}|${block.text}`;
}

/** Per-checker storage of {@link BlockWork}, by block object and by content key. */
export class BlockWorkCache {
  private readonly byBlock = new WeakMap<CheckBlock, BlockWork>();
  private byKey = new Map<string, BlockWork>();
  private check = 0;

  /** The number of the check under way. */
  get current(): number {
    return this.check;
  }

  /** Starts a check; returns its number, for {@link BlockWork.seen}. */
  begin(): number {
    return ++this.check;
  }

  /** The work remembered for this very block object seeing `picture`, or `undefined`. Cheap: no text is read. */
  findBlock(block: CheckBlock, picture: RowPicture | null | undefined): BlockWork | undefined {
    const own = this.byBlock.get(block);
    if (own === undefined || !this.fresh(own) || !samePicture(own.picture, picture)) return undefined;
    own.seen = this.check;
    return own;
  }

  /** The work remembered for another block with the same content `key`, or `undefined`; `block` now shares it. */
  findKey(block: CheckBlock, key: string): BlockWork | undefined {
    const shared = this.byKey.get(key);
    return shared !== undefined && this.fresh(shared) ? this.use(block, shared) : undefined;
  }

  /** Remembers new work for `block`. */
  add(block: CheckBlock, work: BlockWork): void {
    this.byKey.set(work.key, work);
    this.use(block, work);
  }

  /** Ends a check that used `works`: forgets keys of older work once they pile up. */
  end(works: readonly BlockWork[]): void {
    if (this.byKey.size <= 2 * works.length + 64) return;
    this.byKey = new Map();
    for (const work of works) this.byKey.set(work.key, work);
  }

  private fresh(work: BlockWork): boolean {
    return work.seen >= this.check - 1;
  }

  private use(block: CheckBlock, work: BlockWork): BlockWork {
    work.seen = this.check;
    this.byBlock.set(block, work);
    return work;
  }
}
