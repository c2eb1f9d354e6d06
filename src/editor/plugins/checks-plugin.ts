import type {Node as PMNode} from 'prosemirror-model';
import {Plugin, type EditorState, type Transaction} from 'prosemirror-state';
import type {Mapping} from 'prosemirror-transform';
import {DecorationSet, type Decoration} from 'prosemirror-view';
import {createChecker} from '../../checks/checker.js';
import {resolveProfile, type OrgSettings} from '../../checks/settings.js';
import type {Profile} from '../../checks/rule.js';
import type {CheckInput, CheckResult, ProfileName} from '../../checks/types.js';
import {documentBlocks, type DocumentBlocks, type SymbolNames} from '../../document/text-blocks.js';
import {checksKey, isDrawn, type ChecksMeta, type ChecksState, type DrawnRange, type IgnoredEntry, type PositionedFinding} from './checks-state.js';
import {ChecksView} from './checks-view.js';
import {decorationFor, redraw, settleStretched} from './finding-decorations.js';
import {byPosition, placeFindings} from './finding-placement.js';
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
        stretchedAt: null,
      }),
      apply(tr, value) {
        const meta = tr.getMeta(checksKey) as ChecksMeta | undefined;
        let next = tr.docChanged ? mapChecks(value, tr.mapping, tr.doc) : value;
        if (meta?.type === 'resolved') next = withoutFinding(next, meta.id);
        if (meta?.type === 'drawn') return withDrawnRange(next, meta.range, tr.doc);
        if (meta?.type === 'result' && meta.doc === tr.doc) {
          if (meta.drawn !== undefined) next = withDrawnRange(next, meta.drawn, tr.doc);
          return fromResult(next, meta.blocks, meta.result, tr.doc, tr.selection.head);
        }
        if (tr.before.attrs['ignores'] !== tr.doc.attrs['ignores']) next = reconcileIgnores(next, tr.doc);
        // The caret left underlines running on over spaces (see `redraw`): trim them now. With
        // an edit since the last result, the next result does.
        if (next.stretchedAt !== null && next.stretchedAt !== tr.selection.head && next.checkedDoc === tr.doc) {
          next = {...next, decorations: settleStretched(next.decorations, next.findings, tr.doc, next.stretchedAt), stretchedAt: null};
        }
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

function fromResult(prev: ChecksState, blocks: DocumentBlocks, result: CheckResult, doc: PMNode, caret: number): ChecksState {
  const {findings, ignored} = placeFindings(prev.findings, blocks, result, doc);
  const {decorations, rebuiltBlocks, stretchedAt} = redraw(prev.decorations, prev.drawn, blocks, findings, doc, caret);
  return {...prev, findings, ignored, scores: result.scores, decorations, checkedDoc: doc, rebuiltBlocks, stretchedAt};
}

/** Draws the findings in `range` (all of them for `null`) and nothing else. */
function withDrawnRange(value: ChecksState, range: DrawnRange | null, doc: PMNode): ChecksState {
  const decorations = value.findings.filter((finding) => isDrawn(finding, range)).map(decorationFor);
  return {...value, drawn: range, decorations: DecorationSet.create(doc, decorations), stretchedAt: null};
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
    // Typing on at the caret keeps it at the end of what is typed, with the underlines.
    stretchedAt: value.stretchedAt === null ? null : mapping.map(value.stretchedAt, 1),
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
