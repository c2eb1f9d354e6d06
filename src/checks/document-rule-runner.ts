import {samePicture} from './block-work.js';
import type {BlockFacts, DocumentRule, Profile, RuleSettings} from './rule.js';
import type {CheckBlock, CheckInput, DocumentDetails, Finding, RowInfo} from './types.js';

/**
 * Running a checker's document rules: each rule's `collect` step on a new block, and its
 * `combine` step on every check.
 *
 * The collected values live with each block's work; the runner keeps, per rule, last check's
 * array of them, and patches it in place where blocks changed. A rule with `same` is not
 * combined again when nothing it reads has changed (see `DocumentRule.same`): its last
 * findings are reused.
 */

/** What the runner needs of a block's work. */
export interface CollectedWork {
  /** Each document rule's `collect` result, by the rule's index. */
  readonly collected: readonly unknown[];
  /** Whether a `collect` step failed on this block. */
  readonly collectFailed: boolean;
}

/** A `collect` step that threw, kept in place of its result so the rule is skipped while the block stays. */
class CollectFailure {
  readonly problem: string;

  constructor(problem: string) {
    this.problem = problem;
  }
}

const noCollected: readonly unknown[] = Object.freeze([]);

/** The message of anything thrown, never throwing itself. */
export function problemOf(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'an unreadable error';
  }
}

/** Whether `[from, to)` is a place in the block's text. */
export function inBlock(finding: {readonly from: number; readonly to: number}, block: CheckBlock): boolean {
  return Number.isInteger(finding.from) && Number.isInteger(finding.to) && finding.from >= 0 && finding.from <= finding.to && finding.to <= block.text.length;
}

function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether a block kept its place: kind, section, row and list position. */
function samePlace(a: CheckBlock, b: CheckBlock): boolean {
  return (
    a === b ||
    (a.kind === b.kind &&
      a.section === b.section &&
      a.row === b.row &&
      a.list?.ordered === b.list?.ordered &&
      a.list?.index === b.list?.index &&
      a.list?.size === b.list?.size)
  );
}

function sameDetails(a: DocumentDetails, b: DocumentDetails): boolean {
  return a === b || (a.title === b.title && a.audience === b.audience && a.owner === b.owner && a.written === b.written && a.reviewBy === b.reviewBy);
}

function sameRows(a: readonly RowInfo[], b: readonly RowInfo[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !samePicture(a[i]!.picture, b[i]!.picture)) return false;
  return true;
}

/** Last check's blocks, and which indexes changed since, when there are as many blocks as then. */
export interface RunBefore {
  readonly blocks: readonly CheckBlock[];
  readonly changed: readonly number[];
}

/** Per-checker state for its document rules; see the module doc. */
export class DocumentRuleRunner {
  private readonly rules: readonly DocumentRule[];
  private readonly settings: readonly RuleSettings[];
  private readonly profile: Profile;
  /** Per rule, last check's collected values (patched in place; rules do not keep them). */
  private collected: unknown[][] | undefined;
  /** Per rule, last check's findings (`undefined` when it failed or was skipped). */
  private readonly findings: (readonly Finding[] | undefined)[] = [];
  /** What the rules saw of the input last check, besides its blocks. */
  private context: {readonly today: string; readonly details: DocumentDetails; readonly rows: readonly RowInfo[]} | undefined;

  constructor(rules: readonly DocumentRule[], profile: Profile) {
    this.rules = rules;
    this.settings = rules.map((rule) => profile.settings(rule));
    this.profile = profile;
  }

  /** Every rule's `collect` result for a new block (a failure marker for one that throws), and whether one failed. */
  collect(facts: BlockFacts): {readonly values: readonly unknown[]; readonly failed: boolean} {
    if (this.rules.length === 0) return {values: noCollected, failed: false};
    const values: unknown[] = [];
    let failed = false;
    for (let r = 0; r < this.rules.length; r++) {
      const rule = this.rules[r]!;
      let value: unknown;
      try {
        value = rule.collect ? rule.collect(facts, {profile: this.profile, settings: this.settings[r]!}) : undefined;
      } catch (error) {
        value = new CollectFailure(problemOf(error));
        failed = true;
      }
      values.push(value);
    }
    return {values, failed};
  }

  /**
   * Every rule's findings for a check, rule by rule. `before` is last check when there are as
   * many blocks now (undefined otherwise). A rule whose collect step failed on some block, or
   * whose combine step throws or reports a place outside its block, is left out and named in
   * `failures`. `collectFailed` says whether any work has a failed collect step.
   */
  run(input: CheckInput, works: readonly CollectedWork[], before: RunBefore | undefined, collectFailed: boolean, failures: Map<string, string>): Finding[] {
    const today = input.today ?? localToday();
    const last = this.context;
    const sameInput =
      before !== undefined &&
      last !== undefined &&
      today === last.today &&
      sameDetails(input.details, last.details) &&
      sameRows(input.rows, last.rows) &&
      before.changed.every((index) => samePlace(before.blocks[index]!, input.blocks[index]!));
    this.context = {today, details: input.details, rows: input.rows};
    const reusable = this.update(works, before?.changed, sameInput);
    const failed = collectFailed ? this.failedRules(works) : new Map<number, string>();
    const findings: Finding[] = [];
    for (let r = 0; r < this.rules.length; r++) {
      const rule = this.rules[r]!;
      const failure = failed.get(r);
      let found: readonly Finding[] | undefined;
      if (failure !== undefined) failures.set(rule.id, failure);
      else if (reusable[r]) found = this.findings[r];
      else found = this.combine(r, input, today, failures);
      this.findings[r] = found;
      if (found) for (let i = 0; i < found.length; i++) findings.push(found[i]!);
    }
    return findings;
  }

  private combine(r: number, input: CheckInput, today: string, failures: Map<string, string>): readonly Finding[] | undefined {
    const rule = this.rules[r]!;
    try {
      const found = rule.combine(this.collected![r]!, {input, profile: this.profile, settings: this.settings[r]!, today});
      const misplaced = found.some((finding) => {
        if (finding.block === -1) return false;
        const block = input.blocks[finding.block];
        return !Number.isInteger(finding.block) || !block || !inBlock(finding, block);
      });
      if (!misplaced) return found;
      failures.set(rule.id, 'it reported a place outside the text');
    } catch (error) {
      failures.set(rule.id, problemOf(error));
    }
    return undefined;
  }

  /**
   * Brings each rule's collected values up to date, and says per rule whether its last
   * findings still hold: patched in place at `changed` when given, built afresh otherwise.
   */
  private update(works: readonly CollectedWork[], changed: readonly number[] | undefined, sameInput: boolean): boolean[] {
    const reusable = this.rules.map(() => false);
    const collected = this.collected;
    if (changed !== undefined && collected !== undefined) {
      for (let r = 0; r < this.rules.length; r++) {
        const rule = this.rules[r]!;
        if (!rule.collect) continue;
        const values = collected[r]!;
        let same = sameInput && rule.same !== undefined && this.findings[r] !== undefined;
        for (const index of changed) {
          const value = works[index]!.collected[r];
          if (same) same = sameValue(rule, values[index], value);
          values[index] = value;
        }
        reusable[r] = same;
      }
      return reusable;
    }
    this.collected = this.rules.map((rule, r) => {
      const values: unknown[] = [];
      if (!rule.collect) return values;
      for (let index = 0; index < works.length; index++) values.push(works[index]!.collected[r]);
      return values;
    });
    return reusable;
  }

  /** The rules whose collect step failed on some block, with the first problem. */
  private failedRules(works: readonly CollectedWork[]): Map<number, string> {
    const failed = new Map<number, string>();
    for (const work of works) {
      if (!work.collectFailed) continue;
      work.collected.forEach((value, r) => {
        if (value instanceof CollectFailure && !failed.has(r)) failed.set(r, value.problem);
      });
    }
    return failed;
  }
}

function sameValue(rule: DocumentRule, a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof CollectFailure || b instanceof CollectFailure) return false;
  try {
    return rule.same!(a, b);
  } catch {
    return false;
  }
}
