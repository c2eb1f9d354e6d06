import type {BlockFinding} from './rule.js';
import type {Finding} from './types.js';

/**
 * Giving block-local findings their block index, cheaply on every check, and telling two
 * lists of them apart.
 *
 * Block rules (and a document rule's per-block `collect` step) report findings without a
 * block index; the engine adds it. A block keeps its findings array from check to check
 * (the work is cached per block content), so the placed copies are cached per array and
 * index: a block that has not moved costs one lookup, not one copy per finding.
 */

// Not frozen: `Array.prototype.concat`, which joins the lists, is much slower on frozen arrays.
const noFindings: readonly Finding[] = [];
const placedCache = new WeakMap<readonly BlockFinding[], {readonly block: number; readonly findings: readonly Finding[]}>();

/**
 * `findings` with `block` set to `block`, in the same order. The result is shared between
 * calls with the same array and index, so it must not be changed; `findings` must not be
 * changed after the first call either.
 */
export function placeFindings(findings: readonly BlockFinding[], block: number): readonly Finding[] {
  if (findings.length === 0) return noFindings;
  const cached = placedCache.get(findings);
  if (cached !== undefined && cached.block === block) return cached.findings;
  // `map` makes a packed array (no holes), which the final concatenation copies fastest.
  const placed = findings.map((finding): Finding => ({...finding, block}));
  placedCache.set(findings, {block, findings: placed});
  return placed;
}

/**
 * Whether two lists of block-local findings are the same finding for finding (rule,
 * severity, message, why, place and fixes), for document rules' `same`.
 */
export function sameBlockFindings(a: readonly BlockFinding[], b: readonly BlockFinding[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.rule !== y.rule || x.severity !== y.severity || x.message !== y.message || x.why !== y.why || x.from !== y.from || x.to !== y.to) return false;
    if (x.suggestions.length !== y.suggestions.length) return false;
    for (let k = 0; k < x.suggestions.length; k++) {
      if (x.suggestions[k]!.label !== y.suggestions[k]!.label || x.suggestions[k]!.replacement !== y.suggestions[k]!.replacement) return false;
    }
  }
  return true;
}
