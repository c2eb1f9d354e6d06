import {allRules} from './all-rules.js';
import {BlockWorkCache, contentKey, pictureOf, samePicture, type BlockWork} from './block-work.js';
import {DocumentRuleRunner, inBlock, problemOf} from './document-rule-runner.js';
import {byPosition, inOrder} from './finding-order.js';
import {ignoreMatcher} from './ignore-match.js';
import type {BlockContext, BlockFinding, BlockRule, DocumentRule, Profile, RuleDefinition, RuleSettings} from './rule.js';
import {ScoreKeeper} from './score-keeper.js';
import {countBlock, emptyCounts} from './scores.js';
import {splitSentences} from './segment.js';
import {resolveProfile, type OrgSettings} from './settings.js';
import type {BlockKind, CheckBlock, CheckInput, CheckResult, Finding, IgnoredFinding, ProfileName, RowInfo} from './types.js';

/**
 * The check engine: runs the rules over a document and scores it.
 *
 * A checker is made once per profile and settings, then `check` is called on every edit.
 * Per-block work (sentences, counts, every block rule's findings and every document rule's
 * `collect` result) is remembered per block (see `block-work.ts`): by the block object
 * first, then by its content. A re-check after a one-block edit therefore analyses only that
 * block. The rest is cheap: the document rules' `combine` steps (skipped when nothing they
 * read changed, see `document-rule-runner.ts`), the findings put in order (`finding-order.ts`)
 * and the scores (`score-keeper.ts`), which start from last check's where blocks kept their
 * places. No text other than the changed block's is looked at again.
 */

/** Options for {@link createChecker}. */
export interface CheckerOptions {
  /** The profile to check against. Defaults to `'easy-read'`. */
  readonly profile?: ProfileName;
  /** The organisation's settings (see `parseOrgSettings`). Defaults to none. */
  readonly settings?: OrgSettings;
  /** The rules to run. Defaults to every rule (`allRules`). Rules turned off in the profile do not run. */
  readonly rules?: readonly RuleDefinition[];
}

/** Checks documents against one resolved profile. */
export interface Checker {
  readonly profile: Profile;
  /**
   * Checks a document: block rules on every block, then document rules. Findings are sorted
   * by block (document findings, block -1, first), then by `from`; findings matched by an
   * ignore go to `ignored` instead. A rule that throws, or returns a finding outside its
   * block, has its output dropped and is reported once with `console.warn`; `check` itself
   * never throws on user text. Blocks must not be changed after they have been checked:
   * unchanged block objects are recognised by identity (reuse them across edits; that is
   * what makes a re-check cheap).
   */
  check(input: CheckInput): CheckResult;
}

/** Block kinds whose text is scored: body text, not titles, headings, glossary terms or contact lines. */
const SCORED_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['paragraph', 'list-item', 'row-text', 'hard-word-meaning']);

function rowOf(block: CheckBlock, rows: readonly RowInfo[]): RowInfo | undefined {
  return block.kind === 'row-text' && block.row !== undefined ? rows[block.row] : undefined;
}

/** Makes a checker for a profile, settings and rules; see {@link Checker}. */
export function createChecker(options: CheckerOptions = {}): Checker {
  const profile = resolveProfile(options.profile, options.settings);
  const enabled = (options.rules ?? allRules).filter((rule) => profile.settings(rule).enabled === true);
  const blockRules = enabled.filter((rule): rule is BlockRule => rule.scope === 'block');
  const blockSettings = blockRules.map((rule) => profile.settings(rule));
  const documentRules = new DocumentRuleRunner(
    enabled.filter((rule): rule is DocumentRule => rule.scope === 'document'),
    profile
  );
  const cache = new BlockWorkCache();
  const scoreKeeper = new ScoreKeeper(profile);
  // The last check's blocks, works and placed findings: the next check starts from them. With
  // as many blocks as last check, the works and placed arrays are updated in place, so a
  // re-check makes little garbage.
  let lastBlocks: readonly CheckBlock[] = [];
  let lastWorks: BlockWork[] = [];
  let lastPlaced: (readonly Finding[])[] = [];

  function analyse(block: CheckBlock, row: RowInfo | undefined, key: string, seen: number, failures: Map<string, string>): BlockWork {
    const sentences = splitSentences(block.text);
    const counts = SCORED_KINDS.has(block.kind) ? countBlock(sentences, profile) : emptyCounts;
    const findings: BlockFinding[] = [];
    for (let r = 0; r < blockRules.length; r++) {
      const rule = blockRules[r]!;
      const settings: RuleSettings = blockSettings[r]!;
      const context: BlockContext = row ? {block, sentences, row, profile, settings} : {block, sentences, profile, settings};
      try {
        const found = rule.check(context);
        if (found.some((finding) => !inBlock(finding, block))) {
          failures.set(rule.id, 'it reported a place outside the text');
          continue;
        }
        for (let i = 0; i < found.length; i++) findings.push(found[i]!);
      } catch (error) {
        failures.set(rule.id, problemOf(error));
      }
    }
    findings.sort(byPosition);
    const collected = documentRules.collect({block, sentences});
    return {key, picture: row?.picture, sentences, counts, findings, collected: collected.values, collectFailed: collected.failed, seen};
  }

  /**
   * Each block's work: last check's when the same block object is at the same index, else
   * remembered or new. With as many blocks as last check, `lastWorks` is updated in place and
   * `replaced[k]` is the work `changed[k]` had.
   */
  function worksFor(
    input: CheckInput,
    failures: Map<string, string>
  ): {works: BlockWork[]; changed: number[]; replaced: (BlockWork | undefined)[]; collectFailed: boolean} {
    const seen = cache.begin();
    const blocks = input.blocks;
    const works: BlockWork[] = blocks.length === lastWorks.length ? lastWorks : new Array<BlockWork>(blocks.length);
    const changed: number[] = [];
    const replaced: (BlockWork | undefined)[] = [];
    let collectFailed = false;
    for (let index = 0; index < blocks.length; index++) {
      const block = blocks[index]!;
      const last = lastWorks[index];
      let work: BlockWork | undefined;
      // The same block object as last check, at the same index (and, for row text, the same
      // picture): last check's work, with no lookup at all.
      if (last !== undefined && lastBlocks[index] === block && (block.kind !== 'row-text' || samePicture(last.picture, pictureOf(block, input.rows)))) {
        work = last;
        work.seen = seen;
      } else {
        const picture = pictureOf(block, input.rows);
        work = cache.findBlock(block, picture);
        if (work === undefined) {
          const key = contentKey(block, picture);
          work = cache.findKey(block, key);
          if (work === undefined) {
            work = analyse(block, rowOf(block, input.rows), key, seen, failures);
            cache.add(block, work);
          }
        }
        changed.push(index);
        replaced.push(last);
      }
      if (work.collectFailed) collectFailed = true;
      works[index] = work;
    }
    cache.end(works);
    return {works, changed, replaced, collectFailed};
  }

  return {
    profile,
    check(input: CheckInput): CheckResult {
      const failures = new Map<string, string>();
      const blocks = input.blocks;
      const sameLength = blocks.length === lastWorks.length;
      const previousWorks = lastWorks;
      const {works, changed, replaced, collectFailed} = worksFor(input, failures);
      // With as many blocks as last check, only the blocks at `changed` (a new block object
      // or new work) differ from last check's.
      const before = sameLength ? {blocks: lastBlocks, changed, replaced} : undefined;
      const documentFindings = documentRules.run(input, works, before, collectFailed, failures).sort(byPosition);
      const ordered = inOrder(works, {works: previousWorks, placed: lastPlaced, changed: before?.changed, replaced}, documentFindings);
      const scores = scoreKeeper.score(blocks, input.rows.length, works, before);
      lastBlocks = blocks;
      lastWorks = works;
      lastPlaced = ordered.placed;

      const ignores = input.ignores ?? [];
      let findings: Finding[] = ordered.all;
      const ignored: {finding: Finding; ignore: IgnoredFinding}[] = [];
      if (ignores.length > 0) {
        const match = ignoreMatcher(ignores);
        findings = [];
        for (const finding of ordered.all) {
          const ignore = match(finding, finding.block >= 0 ? blocks[finding.block] : undefined);
          if (ignore) ignored.push({finding, ignore});
          else findings.push(finding);
        }
      }
      for (const [rule, problem] of failures) console.warn(`The "${rule}" check failed and was skipped: ${problem}`);
      return {findings, ignored, scores};
    },
  };
}
