/**
 * Places a check result's findings in the document: document positions, and ids that stay
 * the same while a problem stays where it is.
 *
 * @module
 */
import type {Node as PMNode} from 'prosemirror-model';
import type {CheckBlock, CheckResult, Finding} from '../../checks/types.js';
import type {DocumentBlocks} from '../../document/text-blocks.js';
import type {IgnoredEntry, PositionedFinding} from './checks-state.js';
import {ignoreMatches, placeOf} from './ignores.js';

// The checker hands back the same finding objects for blocks it did not re-check, and
// `documentBlocks` the same block objects for unchanged text: placing and hashing them once
// keeps a re-check's cost here near the size of the edit, not of the document.
const placedFindings = new WeakMap<Finding, {readonly start: number | undefined; readonly placed: PositionedFinding}>();
const blockHashes = new WeakMap<CheckBlock, string>();

/** A block's findings as one result listed them, and as they were placed, with the block's position then. */
interface PlacedRun {
  readonly start: number;
  readonly source: readonly Finding[];
  readonly placed: readonly PositionedFinding[];
}

// A block's run of findings, looked up once per block: most blocks of a long document
// come back unchanged, so this saves a lookup per finding.
const placedRuns = new WeakMap<CheckBlock, PlacedRun>();

/** The placed findings of `findings[from..to)` (one block's, at `start`) if they were placed before, there. */
function reusedRun(block: CheckBlock, start: number, findings: readonly Finding[], from: number, to: number): readonly PositionedFinding[] | undefined {
  const run = placedRuns.get(block);
  if (run === undefined || run.start !== start || run.source.length !== to - from) return undefined;
  for (let i = from; i < to; i++) if (run.source[i - from] !== findings[i]) return undefined;
  return run.placed;
}

function blockHash(block: CheckBlock): string {
  let value = blockHashes.get(block);
  if (value === undefined) blockHashes.set(block, (value = hash(block.text)));
  return value;
}

/**
 * The findings of `result` (checked on `blocks` of `doc`) at their document positions, in
 * {@link byPosition} order, and the ignored ones. `previous` are the last result's findings,
 * mapped through the edits since: a finding that starts where one of them of its rule now
 * starts keeps its id.
 */
export function placeFindings(
  previous: readonly PositionedFinding[],
  blocks: DocumentBlocks,
  result: CheckResult,
  doc: PMNode
): {findings: PositionedFinding[]; ignored: IgnoredEntry[]} {
  const seen = new Set<string>();
  const place = (finding: Finding): PositionedFinding => {
    const start = finding.block >= 0 ? blocks.positions[finding.block] : undefined;
    const cached = placedFindings.get(finding);
    if (cached && cached.start === start && !seen.has(cached.placed.id)) {
      seen.add(cached.placed.id);
      return cached.placed;
    }
    const from = start === undefined ? -1 : start + finding.from;
    const to = start === undefined ? -1 : start + finding.to;
    // A finding that starts where the last result's finding of the same rule now starts
    // (mapped through the edits since) keeps its id: it is the same problem, grown or
    // shrunk by the typing at its end, so its underline and its place in the list stay.
    // Otherwise the id names the rule, the block's text and the finding's offsets in it,
    // so edits in other blocks never change it either.
    const block = blocks.input.blocks[finding.block];
    const kept = block === undefined ? undefined : previousAt(previous, finding, from, to);
    const base =
      kept?.id ??
      (block === undefined
        ? `${finding.rule}-${hash(finding.message)}`
        : `${finding.rule}-${blockHash(block)}-${finding.from}-${finding.to}`);
    let id = base;
    for (let n = 1; seen.has(id); n++) id = `${base}-${n}`;
    seen.add(id);
    const placed = {...finding, id, from, to};
    placedFindings.set(finding, {start, placed});
    return placed;
  };
  const ignores = blocks.input.ignores ?? [];
  const ignored: IgnoredEntry[] = result.ignored.map(({finding, ignore}) => ({finding: place(finding), ignore}));
  let findings: PositionedFinding[] = [];
  const ofDocument: PositionedFinding[] = [];
  // `createChecker` lists a block's findings in position order and the blocks in document
  // order, so the order of `byPosition` usually only needs checking, not sorting.
  let sorted = true;
  const add = (placed: PositionedFinding) => {
    const last = findings[findings.length - 1];
    if (last !== undefined && byPosition(last, placed) > 0) sorted = false;
    findings.push(placed);
  };
  const all = result.findings;
  for (let i = 0; i < all.length; ) {
    const index = all[i]!.block;
    let end = i + 1;
    while (index >= 0 && end < all.length && all[end]!.block === index) end++;
    const block = blocks.input.blocks[index];
    const start = blocks.positions[index]!;
    // With ignores every finding is matched against them, so runs are only reused without.
    const reused = block === undefined || ignores.length > 0 ? undefined : reusedRun(block, start, all, i, end);
    if (reused !== undefined && reused.every((placed) => !seen.has(placed.id))) {
      for (const placed of reused) {
        seen.add(placed.id);
        add(placed);
      }
      i = end;
      continue;
    }
    const placedRun: PositionedFinding[] = [];
    for (const finding of all.slice(i, end)) {
      const placed = place(finding);
      placedRun.push(placed);
      // Match ignores here as well as in the engine, so ignoring and matching agree on "the sentence".
      const ignore = ignores.length === 0 ? undefined : ignores.find((candidate) => ignoreMatches(candidate, placed, placeOf(doc, placed.from, placed.to)));
      if (ignore) ignored.push({finding: placed, ignore});
      else if (placed.block < 0) ofDocument.push(placed);
      else add(placed);
    }
    if (block !== undefined && ignores.length === 0) placedRuns.set(block, {start, source: all.slice(i, end), placed: placedRun});
    i = end;
  }
  if (!sorted) findings = findings.sort(byPosition);
  for (const finding of ofDocument) findings.push(finding);
  return {findings, ignored};
}

/**
 * The finding among `findings` (in {@link byPosition} order) of `finding`'s rule and
 * severity that starts at `from`, the one that ends at `to` too if there is one.
 */
function previousAt(findings: readonly PositionedFinding[], finding: Finding, from: number, to: number): PositionedFinding | undefined {
  let low = 0;
  let high = findings.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const candidate = findings[middle]!;
    if (candidate.block >= 0 && candidate.from < from) low = middle + 1;
    else high = middle;
  }
  let first: PositionedFinding | undefined;
  for (let i = low; i < findings.length && findings[i]!.block >= 0 && findings[i]!.from === from; i++) {
    const candidate = findings[i]!;
    if (candidate.rule !== finding.rule || candidate.severity !== finding.severity) continue;
    if (candidate.to === to) return candidate;
    first ??= candidate;
  }
  return first;
}

/** Document order, with the document's own findings (no block) last. */
export function byPosition(a: PositionedFinding, b: PositionedFinding): number {
  if ((a.block < 0) !== (b.block < 0)) return a.block < 0 ? 1 : -1;
  return a.from - b.from || a.to - b.to;
}

/** A short, stable hash (FNV-1a, base 36) to keep ids small. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193);
  return (value >>> 0).toString(36);
}
