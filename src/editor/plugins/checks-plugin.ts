import type {Node as PMNode} from 'prosemirror-model';
import {Plugin, type EditorState, type Transaction} from 'prosemirror-state';
import type {Mapping} from 'prosemirror-transform';
import {Decoration, DecorationSet} from 'prosemirror-view';
import {createChecker} from '../../checks/checker.js';
import {resolveProfile, type OrgSettings} from '../../checks/settings.js';
import type {Profile} from '../../checks/rule.js';
import type {CheckBlock, CheckInput, CheckResult, Finding, ProfileName} from '../../checks/types.js';
import {documentBlocks, type DocumentBlocks, type SymbolNames} from '../../document/text-blocks.js';
import {checksKey, isDrawn, type ChecksMeta, type ChecksState, type DrawnRange, type IgnoredEntry, type PositionedFinding} from './checks-state.js';
import {ChecksView} from './checks-view.js';
import {documentIgnores, ignoreMatches, placeOf, sameIgnore} from './ignores.js';

export {checksKey, findingById} from './checks-state.js';
export type {ChecksMeta, ChecksState, DrawnRange, IgnoredEntry, PositionedFinding} from './checks-state.js';
// The commands, so the app can import everything about the checks from this module.
export {
  applySuggestion,
  checksKeymap,
  checksShortcuts,
  ignoreFinding,
  nextFinding,
  previousFinding,
  reopenIgnored,
  selectFinding,
} from './checks-commands.js';

/** What the plugin needs from a checker. `createChecker()` in `src/checks/checker.ts` makes one. */
export interface ChecksChecker {
  check(input: CheckInput): CheckResult;
  /** The checker's profile, if it says; its name and target are shown by `<er-score>`. */
  readonly profile?: Pick<Profile, 'name' | 'readingAgeTarget'>;
}

/** Options for {@link checksPlugin}. */
export interface ChecksOptions {
  /** The checker to run. Defaults to `createChecker({profile, settings})` with every rule. */
  readonly checker?: ChecksChecker;
  /** The profile to check against, when the plugin makes its own checker. Defaults to `'easy-read'`. */
  readonly profile?: ProfileName;
  /** The organisation's settings (from `parseOrgSettings`), when the plugin makes its own checker. */
  readonly settings?: OrgSettings;
  /**
   * The highest reading age that counts as easy to read, shown by `<er-score>`. Defaults to
   * the profile's target in `settings`, or 9 for easy read and 11 for plain English.
   */
  readonly readingAgeTarget?: number;
  /**
   * Milliseconds to wait after the last change before checking. Defaults to 0: the check
   * runs in a microtask after the transaction that changed the document, so problems
   * show before the next paint (for long documents, just after it: see
   * `afterPaintSize`). Use a delay only if a checker is slow on long documents.
   */
  readonly delay?: number;
  /**
   * With no `delay`, a document longer than this (in ProseMirror positions, about
   * characters) is checked just after the next paint rather than just before it: the
   * typed letter shows at once, and its underlines, mapped through the edit meanwhile,
   * are brought up to date a frame later. Defaults to 20,000 (about 4,000 words).
   */
  readonly afterPaintSize?: number;
  /**
   * How many characters of text the checker has not seen yet it checks in one go: a
   * document opened or pasted with more is checked in slices of about this size, one per
   * task, so the page can paint and take keystrokes in between. The findings show once
   * every slice is done. Defaults to 5,000 (about 1,000 words).
   */
  readonly sliceCharacters?: number;
  /**
   * Loads the picture library's names, so a description that only repeats one is found
   * (see `RowPicture.symbolName`). Called once, when the document first holds a library
   * picture; the document is checked again when the names arrive.
   */
  readonly loadSymbolNames?: () => Promise<SymbolNames>;
}

const checkers = new WeakMap<Plugin, ChecksChecker>();

/**
 * Checks the document as the user types. Findings are underlined (colour and line style
 * differ by severity, see `checksDecorationStyles`), listed in the plugin state and
 * scored. The check runs in the plugin's view, not in `apply`: `apply` only maps the last
 * result through edits, and when a fresh result arrives it rebuilds the decorations of
 * the blocks whose findings changed and keeps the rest. With a memoising checker a
 * one-character edit therefore re-checks one block and redraws one block's underlines.
 * Result transactions are kept out of the undo history.
 */
export function checksPlugin(options: ChecksOptions = {}): Plugin<ChecksState> {
  const checker = options.checker ?? createChecker({profile: options.profile, settings: options.settings});
  const resolved = checker.profile ?? resolveProfile(options.profile, options.settings);
  const profile = resolved.name;
  const readingAgeTarget = options.readingAgeTarget ?? resolved.readingAgeTarget;
  const delay = options.delay ?? 0;
  const plugin: Plugin<ChecksState> = new Plugin<ChecksState>({
    key: checksKey,
    state: {
      init: () => ({
        findings: [],
        ignored: [],
        scores: null,
        decorations: DecorationSet.empty,
        drawn: null,
        checkedDoc: null,
        profile,
        readingAgeTarget,
        rebuiltBlocks: 0,
      }),
      apply(tr, value) {
        const meta = tr.getMeta(checksKey) as ChecksMeta | undefined;
        let next = tr.docChanged ? mapChecks(value, tr.mapping, tr.doc) : value;
        if (meta?.type === 'resolved') next = withoutFinding(next, meta.id);
        if (meta?.type === 'drawn') return withDrawnRange(next, meta.range, tr.doc);
        if (meta?.type === 'result' && meta.doc === tr.doc) {
          if (meta.drawn !== undefined) next = withDrawnRange(next, meta.drawn, tr.doc);
          return fromResult(next, meta.blocks, meta.result, tr.doc);
        }
        if (tr.before.attrs['ignores'] !== tr.doc.attrs['ignores']) next = reconcileIgnores(next, tr.doc);
        return next;
      },
    },
    props: {decorations: (state) => checksKey.getState(state)?.decorations},
    view: (view) =>
      new ChecksView(view, {
        checker,
        delay,
        sliceCharacters: options.sliceCharacters ?? 5000,
        afterPaintSize: options.afterPaintSize ?? 20_000,
        loadSymbolNames: options.loadSymbolNames,
        run: runChecks,
      }),
  });
  checkers.set(plugin, checker);
  return plugin;
}

/**
 * Checks `state`'s document and returns the transaction that stores the result (with
 * `addToHistory: false`). `checker` defaults to the one the state's checks plugin uses;
 * `symbolNames` names the rows' library pictures. This is what the plugin's view
 * dispatches; tests without a DOM call it directly.
 */
export function runChecks(state: EditorState, checker?: ChecksChecker, symbolNames?: SymbolNames): Transaction {
  const plugin = checksKey.get(state);
  const use = checker ?? (plugin ? checkers.get(plugin) : undefined);
  if (!use) throw new Error('runChecks: the state has no checks plugin, so pass a checker');
  const blocks = documentBlocks(state.doc, {symbolNames});
  const checked = use.check(blocks.input);
  // A new, empty document shows only its grey examples: nothing is written yet, so
  // nothing is marked or listed (not even "add a title") until the author starts.
  const result = isUnwritten(state.doc, blocks) ? {...checked, findings: [], ignored: []} : checked;
  const meta: ChecksMeta = {type: 'result', doc: state.doc, blocks, result};
  return state.tr.setMeta(checksKey, meta).setMeta('addToHistory', false);
}

/** Whether the document has no text and no picture yet: a new document, all placeholders. */
function isUnwritten(doc: PMNode, blocks: DocumentBlocks): boolean {
  if (!blocks.input.blocks.every((block) => block.text === '')) return false;
  let picture = false;
  doc.descendants((node) => {
    if (node.attrs['picture']) picture = true;
    return !picture && !node.isTextblock;
  });
  return !picture;
}

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

function fromResult(prev: ChecksState, blocks: DocumentBlocks, result: CheckResult, doc: PMNode): ChecksState {
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
    // A finding that is where the last result's finding of the same rule now is (mapped
    // through the edits since) keeps its id, so typing that leaves a problem's underline
    // in place redraws nothing there. Otherwise the id names the rule, the block's text
    // and the finding's offsets in it, so edits in other blocks never change it either.
    const block = blocks.input.blocks[finding.block];
    const kept = block === undefined ? undefined : previousAt(prev.findings, finding, from, to);
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

  // Compare each block's findings with what is drawn there now; redraw only blocks that differ.
  // Blocks outside the drawn range have nothing drawn and nothing to draw.
  const range = prev.drawn;
  // What is drawn now in the range, in position order, read once and walked block by block.
  const drawnNow = prev.decorations.find(range?.from, range?.to).sort((a, b) => a.from - b.from || a.to - b.to);
  const removed: Decoration[] = [];
  const added: Decoration[] = [];
  let next = 0;
  let drawnAt = 0;
  let rebuiltBlocks = 0;
  blocks.input.blocks.forEach((block, index) => {
    const start = blocks.positions[index]!;
    const end = start + block.text.length;
    const first = next;
    while (next < findings.length && findings[next]!.block >= 0 && findings[next]!.from <= end) next++;
    if (range && (end < range.from || start > range.to)) return;
    while (drawnAt < drawnNow.length && drawnNow[drawnAt]!.from < start) drawnAt++;
    const drawnFirst = drawnAt;
    while (drawnAt < drawnNow.length && drawnNow[drawnAt]!.from <= end) drawnAt++;
    const drawn = drawnNow.slice(drawnFirst, drawnAt);
    const wanted = findings.slice(first, next).filter((finding) => isDrawn(finding, range));
    if (sameDrawing(drawn, wanted)) return;
    rebuiltBlocks++;
    removed.push(...drawn);
    for (const finding of wanted) added.push(decorationFor(finding));
  });
  return {
    ...prev,
    findings,
    ignored,
    scores: result.scores,
    decorations: prev.decorations.remove(removed).add(doc, added),
    checkedDoc: doc,
    rebuiltBlocks,
  };
}

/**
 * The finding among `findings` (in {@link byPosition} order) of `finding`'s rule and
 * severity that covers exactly `from`–`to`, if any.
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
  for (let i = low; i < findings.length && findings[i]!.block >= 0 && findings[i]!.from === from; i++) {
    const candidate = findings[i]!;
    if (candidate.to === to && candidate.rule === finding.rule && candidate.severity === finding.severity) return candidate;
  }
  return undefined;
}

/** Draws the findings in `range` (all of them for `null`) and nothing else. */
function withDrawnRange(value: ChecksState, range: DrawnRange | null, doc: PMNode): ChecksState {
  const decorations = value.findings.filter((finding) => isDrawn(finding, range)).map(decorationFor);
  return {...value, drawn: range, decorations: DecorationSet.create(doc, decorations)};
}

function mapChecks(value: ChecksState, mapping: Mapping, doc: PMNode): ChecksState {
  const changedFrom = firstChange(mapping);
  const findings: PositionedFinding[] = [];
  for (const finding of value.findings) {
    // Most findings end before the edit (typing is mostly near the end of what is written).
    const mapped = finding.to < changedFrom ? finding : mapFinding(finding, mapping);
    if (mapped) findings.push(mapped);
  }
  return {
    ...value,
    findings,
    ignored: value.ignored.map((entry) => ({...entry, finding: mapFinding(entry.finding, mapping) ?? entry.finding})),
    decorations: value.decorations.map(mapping, doc),
    drawn: value.drawn && {from: mapping.map(value.drawn.from, -1), to: mapping.map(value.drawn.to, 1)},
  };
}

/**
 * The first position, in the document before `mapping`, that it changes; positions before
 * it map to themselves. Each step's changes are in the positions after the steps before
 * it, but those agree with the first document up to the earliest change so far.
 */
function firstChange(mapping: Mapping): number {
  let first = Infinity;
  for (const map of mapping.maps) map.forEach((oldStart) => void (first = Math.min(first, oldStart)));
  return first;
}

/** Maps a finding the way ProseMirror maps its decoration, and drops it when its decoration would go. */
function mapFinding(finding: PositionedFinding, mapping: Mapping): PositionedFinding | null {
  if (finding.block < 0) return finding;
  if (finding.from === finding.to) {
    const result = mapping.mapResult(finding.from, -1);
    return result.deleted ? null : {...finding, from: result.pos, to: result.pos};
  }
  const from = mapping.map(finding.from, 1);
  const to = mapping.map(finding.to, 1);
  if (from === finding.from && to === finding.to) return finding;
  return from < to ? {...finding, from, to} : null;
}

function withoutFinding(value: ChecksState, id: string): ChecksState {
  const finding = value.findings.find((candidate) => candidate.id === id);
  if (!finding) return value;
  const drawn = finding.block >= 0 ? value.decorations.find(finding.from, finding.to, (spec) => spec['findingId'] === id) : [];
  return {
    ...value,
    findings: value.findings.filter((candidate) => candidate !== finding),
    decorations: value.decorations.remove(drawn),
  };
}

/** Moves findings between `findings` and `ignored` after the document's ignores changed (ignore, undo, show again). */
function reconcileIgnores(value: ChecksState, doc: PMNode): ChecksState {
  const ignores = documentIgnores(doc);
  const matching = (finding: PositionedFinding) =>
    ignores.find((ignore) => ignoreMatches(ignore, finding, placeOf(doc, finding.from, finding.to)));
  const findings: PositionedFinding[] = [];
  const ignored: IgnoredEntry[] = [];
  const removed: Decoration[] = [];
  const added: Decoration[] = [];
  for (const finding of value.findings) {
    const ignore = matching(finding);
    if (!ignore) findings.push(finding);
    else {
      ignored.push({finding, ignore});
      if (finding.block >= 0) {
        removed.push(...value.decorations.find(finding.from, finding.to, (spec) => spec['findingId'] === finding.id));
      }
    }
  }
  for (const entry of value.ignored) {
    if (ignores.some((ignore) => sameIgnore(ignore, entry.ignore))) ignored.push(entry);
    else if (entry.finding.block < 0 || placeOf(doc, entry.finding.from, entry.finding.to)) {
      findings.push(entry.finding);
      if (isDrawn(entry.finding, value.drawn)) added.push(decorationFor(entry.finding));
    }
  }
  findings.sort(byPosition);
  return {...value, findings, ignored, decorations: value.decorations.remove(removed).add(doc, added)};
}

/**
 * The decoration of one finding: an inline underline, or for a point finding a small
 * widget marker. Both carry `data-finding` (the id) and `data-rule`, and `spec.findingId`.
 */
function decorationFor(finding: PositionedFinding): Decoration {
  const attrs = {
    class: `er-issue er-issue--${finding.severity}`,
    'data-rule': finding.rule,
    'data-finding': finding.id,
  };
  const spec = {findingId: finding.id, severity: finding.severity};
  // Text typed at the end of a problem joins its underline until the next result says
  // otherwise: typing on at the end of a long sentence then needs no redraw.
  if (finding.from < finding.to) return Decoration.inline(finding.from, finding.to, attrs, {...spec, inclusiveEnd: true});
  return Decoration.widget(
    finding.from,
    (view) => {
      const marker = view.dom.ownerDocument.createElement('span');
      for (const [name, value] of Object.entries(attrs)) marker.setAttribute(name, value);
      marker.classList.add('er-issue--point');
      return marker;
    },
    {...spec, key: `${finding.id}:${finding.severity}`, side: -1, ignoreSelection: true}
  );
}

/** Whether the decorations `drawn` in a block are exactly those `wanted` would make. */
function sameDrawing(drawn: readonly Decoration[], wanted: readonly PositionedFinding[]): boolean {
  if (drawn.length !== wanted.length) return false;
  const key = (id: unknown, severity: unknown, from: number, to: number) => `${String(id)} ${String(severity)} ${from} ${to}`;
  const drawnKeys = new Set(drawn.map(({spec, from, to}) => key(spec['findingId'], spec['severity'], from, to)));
  return wanted.every((finding) => drawnKeys.has(key(finding.id, finding.severity, finding.from, finding.to)));
}

function byPosition(a: PositionedFinding, b: PositionedFinding): number {
  if ((a.block < 0) !== (b.block < 0)) return a.block < 0 ? 1 : -1;
  return a.from - b.from || a.to - b.to;
}

/** A short, stable hash (FNV-1a, base 36) to keep ids small. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193);
  return (value >>> 0).toString(36);
}
