import type {BlockWork} from './block-work.js';
import {placeFindings} from './place-findings.js';
import type {BlockFinding} from './rule.js';
import type {Finding} from './types.js';

/**
 * The order findings are reported in, and putting a check's findings in it cheaply: each
 * block's findings are already sorted (when the block was analysed), and only the document
 * rules' few findings need merging in.
 */

/** Document order: by block (document findings, -1, first), then `from`, then `to`, then rule id. */
export function byPosition(a: BlockFinding & {readonly block?: number}, b: BlockFinding & {readonly block?: number}): number {
  return (a.block ?? 0) - (b.block ?? 0) || a.from - b.from || a.to - b.to || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/** The findings of a check, in document order, and each block's own findings with its index. */
export interface Ordered {
  readonly all: Finding[];
  readonly placed: (readonly Finding[])[];
}

/** Last check's per-block lists, and what changed since. */
export interface OrderedBefore {
  /** Last check's works, by index. */
  readonly works: readonly BlockWork[];
  /** Last check's lists, by index. With as many blocks now, they are updated in place. */
  readonly placed: (readonly Finding[])[];
  /** With as many blocks now: the indexes whose block or work is new, else `undefined`. */
  readonly changed: readonly number[] | undefined;
  /** With `changed`: the work each changed index had last check. */
  readonly replaced: readonly (BlockWork | undefined)[];
}

/**
 * Merges the blocks' sorted findings with the (sorted) document rules' findings, in document
 * order. A block's findings with their index are reused from last check when the same work
 * is at the same index, so an unchanged block costs no copying; with as many blocks as last
 * check only the changed indexes are looked at.
 */
export function inOrder(works: readonly BlockWork[], before: OrderedBefore, documentFindings: readonly Finding[]): Ordered {
  let placed: (readonly Finding[])[];
  if (before.changed !== undefined && before.placed.length === works.length) {
    placed = before.placed;
    before.changed.forEach((index, k) => {
      const work = works[index]!;
      if (before.replaced[k] !== work) placed[index] = placeFindings(work.findings, index);
    });
  } else {
    placed = new Array<readonly Finding[]>(works.length);
    for (let index = 0; index < works.length; index++) {
      const work = works[index]!;
      placed[index] = before.works[index] === work ? before.placed[index]! : placeFindings(work.findings, index);
    }
  }
  // Each block's list, with its document findings merged in: both are sorted, so merge them,
  // the block's own findings first where they tie (what a stable sort of the two would give).
  let next = 0;
  const head: Finding[] = [];
  while (next < documentFindings.length && documentFindings[next]!.block < 0) head.push(documentFindings[next++]!);
  let parts: readonly (readonly Finding[])[] = placed;
  if (next < documentFindings.length) {
    const merged = placed.slice();
    while (next < documentFindings.length) {
      const index = documentFindings[next]!.block;
      const own = placed[index]!;
      const list: Finding[] = [];
      let i = 0;
      while (next < documentFindings.length && documentFindings[next]!.block === index) {
        const other = documentFindings[next++]!;
        while (i < own.length && byPosition(own[i]!, other) <= 0) list.push(own[i++]!);
        list.push(other);
      }
      while (i < own.length) list.push(own[i++]!);
      merged[index] = list;
    }
    parts = merged;
  }
  // One built-in concatenation: no per-finding JavaScript, which matters before the JIT has warmed up.
  return {all: head.concat(...parts), placed};
}
