import {allRules} from './all-rules.js';
import {ignoreMatcher} from './ignore-match.js';
import type {BlockFacts, BlockFinding, BlockRule, DocumentRule, Profile, RuleDefinition, Sentence} from './rule.js';
import {addCounts, countBlock, emptyCounts, scoreCounts, type Counts} from './scores.js';
import {splitSentences} from './segment.js';
import {resolveProfile, type OrgSettings} from './settings.js';
import type {BlockKind, CheckBlock, CheckInput, CheckResult, Finding, IgnoredFinding, ProfileName, RowInfo, Scores} from './types.js';

/**
 * The check engine: runs the rules over a document and scores it.
 *
 * A checker is made once per profile and settings, then `check` is called on every edit.
 * Per-block work (sentences, counts and every block rule's findings) is remembered by the
 * block's content (kind, text, formatting runs, row picture, heading level, list position,
 * contact field), so a re-check after a one-block edit re-analyses only that block; the
 * rest is aggregation plus the document rules. Only blocks seen in the last check are
 * remembered, so memory stays bounded by the document.
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
   * never throws on user text.
   */
  check(input: CheckInput): CheckResult;
}

/** Block kinds whose text is scored: body text, not titles, headings, glossary terms or contact lines. */
const SCORED_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['paragraph', 'list-item', 'row-text', 'hard-word-meaning']);

/** What the engine remembers about one block's content. */
interface BlockWork {
  readonly sentences: readonly Sentence[];
  readonly counts: Counts;
  /** Every block rule's findings, sorted by place. */
  readonly findings: readonly BlockFinding[];
  /** The findings with their block index, for the index they were last placed at. */
  placed?: {readonly index: number; readonly findings: readonly Finding[]};
}

/** A block's findings with its index, reusing last check's copies when the block has not moved. */
function placedFindings(work: BlockWork, index: number): readonly Finding[] {
  if (work.placed?.index !== index) work.placed = {index, findings: work.findings.map((item) => ({...item, block: index}))};
  return work.placed.findings;
}

function rowOf(block: CheckBlock, rows: readonly RowInfo[]): RowInfo | undefined {
  return block.kind === 'row-text' && block.row !== undefined ? rows[block.row] : undefined;
}

/** The cache key: everything a block rule can see of a block, apart from its position. */
function blockKey(block: CheckBlock, row: RowInfo | undefined): string {
  const picture = row === undefined ? 0 : row.picture === null ? 1 : [row.picture.src, row.picture.alt];
  const list = block.list ? [block.list.ordered, block.list.index, block.list.size] : 0;
  const runs = block.runs.map((run) => [run.from, run.to, run.format]);
  return JSON.stringify([block.kind, block.text, runs, picture, block.level ?? 0, list, block.field ?? 0]);
}

function message(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'an unreadable error';
  }
}

function inBlock(finding: {readonly from: number; readonly to: number}, block: CheckBlock): boolean {
  return Number.isInteger(finding.from) && Number.isInteger(finding.to) && finding.from >= 0 && finding.from <= finding.to && finding.to <= block.text.length;
}

function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function byPosition(a: BlockFinding & {readonly block?: number}, b: BlockFinding & {readonly block?: number}): number {
  return (a.block ?? 0) - (b.block ?? 0) || a.from - b.from || a.to - b.to || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/** Merges the blocks' sorted findings with the (sorted) document rules' findings, in document order. */
function inOrder(works: readonly BlockWork[], documentFindings: readonly Finding[]): Finding[] {
  const all: Finding[] = [];
  let next = 0;
  while (next < documentFindings.length && documentFindings[next]!.block < 0) all.push(documentFindings[next++]!);
  works.forEach((work, index) => {
    const own = placedFindings(work, index);
    if (documentFindings[next]?.block !== index) {
      for (const item of own) all.push(item);
      return;
    }
    const mixed = [...own];
    while (documentFindings[next]?.block === index) mixed.push(documentFindings[next++]!);
    all.push(...mixed.sort(byPosition));
  });
  return all;
}

/** Makes a checker for a profile, settings and rules; see {@link Checker}. */
export function createChecker(options: CheckerOptions = {}): Checker {
  const profile = resolveProfile(options.profile, options.settings);
  const enabled = (options.rules ?? allRules).filter((rule) => profile.settings(rule).enabled === true);
  const blockRules = enabled.filter((rule): rule is BlockRule => rule.scope === 'block');
  const documentRules = enabled.filter((rule): rule is DocumentRule => rule.scope === 'document');
  let cache = new Map<string, BlockWork>();

  function analyse(block: CheckBlock, row: RowInfo | undefined, failures: Map<string, string>): BlockWork {
    const sentences = splitSentences(block.text);
    const counts = SCORED_KINDS.has(block.kind) ? countBlock(sentences, profile) : emptyCounts;
    const findings: BlockFinding[] = [];
    for (const rule of blockRules) {
      try {
        const found = rule.check({block, sentences, ...(row ? {row} : {}), profile, settings: profile.settings(rule)});
        if (found.some((finding) => !inBlock(finding, block))) {
          failures.set(rule.id, 'it reported a place outside the text');
          continue;
        }
        findings.push(...found);
      } catch (error) {
        failures.set(rule.id, message(error));
      }
    }
    return {sentences, counts, findings: findings.sort(byPosition)};
  }

  function runDocumentRules(input: CheckInput, facts: readonly BlockFacts[], failures: Map<string, string>): Finding[] {
    const today = input.today ?? localToday();
    const findings: Finding[] = [];
    for (const rule of documentRules) {
      try {
        const found = rule.check({input, facts, profile, settings: profile.settings(rule), today});
        const misplaced = found.some((finding) => {
          if (finding.block === -1) return false;
          const block = input.blocks[finding.block];
          return !Number.isInteger(finding.block) || !block || !inBlock(finding, block);
        });
        if (misplaced) failures.set(rule.id, 'it reported a place outside the text');
        else findings.push(...found);
      } catch (error) {
        failures.set(rule.id, message(error));
      }
    }
    return findings;
  }

  function scores(input: CheckInput, works: readonly BlockWork[]): CheckResult['scores'] {
    const blocks = input.blocks;
    let sectionCount = 0;
    for (const block of blocks) {
      if (Number.isInteger(block.section) && block.section >= 0) sectionCount = Math.max(sectionCount, block.section + 1);
    }
    sectionCount = Math.min(sectionCount, blocks.length + 1);
    let documentCounts = emptyCounts;
    const sections: Counts[] = Array.from({length: sectionCount}, () => emptyCounts);
    const rows: Counts[] = input.rows.map(() => emptyCounts);
    works.forEach((work, index) => {
      if (work.counts === emptyCounts) return;
      const block = blocks[index]!;
      documentCounts = addCounts(documentCounts, work.counts);
      if (block.section < sectionCount && sections[block.section]) sections[block.section] = addCounts(sections[block.section]!, work.counts);
      if (block.kind === 'row-text' && block.row !== undefined && rows[block.row]) rows[block.row] = addCounts(rows[block.row]!, work.counts);
    });
    const score = (counts: Counts): Scores => scoreCounts(counts, profile);
    return {document: score(documentCounts), sections: sections.map(score), rows: rows.map(score)};
  }

  return {
    profile,
    check(input: CheckInput): CheckResult {
      const failures = new Map<string, string>();
      const seen = new Map<string, BlockWork>();
      const works = input.blocks.map((block) => {
        const row = rowOf(block, input.rows);
        const key = blockKey(block, row);
        const work = seen.get(key) ?? cache.get(key) ?? analyse(block, row, failures);
        seen.set(key, work);
        return work;
      });
      cache = seen;

      const facts = works.map((work, index): BlockFacts => ({block: input.blocks[index]!, sentences: work.sentences}));
      const all = inOrder(works, runDocumentRules(input, facts, failures).sort(byPosition));

      const match = ignoreMatcher(input.ignores ?? []);
      const findings: Finding[] = [];
      const ignored: {finding: Finding; ignore: IgnoredFinding}[] = [];
      for (const finding of all) {
        const ignore = match(finding, finding.block >= 0 ? input.blocks[finding.block] : undefined);
        if (ignore) ignored.push({finding, ignore});
        else findings.push(finding);
      }
      for (const [rule, problem] of failures) console.warn(`The "${rule}" check failed and was skipped: ${problem}`);
      return {findings, ignored, scores: scores(input, works)};
    },
  };
}
