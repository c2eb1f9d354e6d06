import type {CheckBlock, CheckInput, Finding, ProfileName, RowInfo, Severity, Suggestion} from './types.js';

/**
 * The shape of a check rule. A rule is a plain object with pure functions: no state,
 * no DOM, no throwing on user text (empty text gives `[]`).
 *
 * Each rule owns its thresholds: `defaults` gives them per profile, and an
 * organisation settings file may override any of them (see `settings.ts`).
 */

/** A value a rule setting can take. */
export type SettingValue = number | boolean | string;

/** One rule's settings in one profile. `enabled: false` turns the rule off. */
export type RuleSettings = Readonly<{enabled: boolean} & Record<string, SettingValue>>;

/** A word- or token-level unit found by the tokenizer. Offsets are into the block text. */
export interface Token {
  readonly from: number;
  readonly to: number;
  readonly text: string;
  /**
   * `word` for ordinary words (including hyphenated and contracted ones such as
   * "follow-up" and "can't"); the others are counted as one word each.
   */
  readonly kind: 'word' | 'number' | 'time' | 'date' | 'url' | 'email' | 'phone' | 'symbol';
}

/** A sentence: offsets into the block text, its text, and its tokens. */
export interface Sentence {
  readonly from: number;
  readonly to: number;
  readonly text: string;
  readonly tokens: readonly Token[];
}

/** The organisation's word lists, merged over the built-in ones. All keys are lower case. */
export interface WordSettings {
  /** Words never flagged as hard or unknown. */
  readonly allowed: ReadonlySet<string>;
  /** Word or phrase → plain alternatives to suggest. */
  readonly replace: ReadonlyMap<string, readonly string[]>;
  /** Terms that must be explained at first use. */
  readonly mustExplain: ReadonlySet<string>;
  /** Words and phrases the organisation's checkers found hard (lower case) → how many, and the plain word. */
  readonly checkersFoundHard: ReadonlyMap<string, CheckerWord>;
}

/** A word or phrase people checking documents marked hard: how many of them, and a plain word to use. */
export interface CheckerWord {
  readonly word: string;
  /** How many checkers found it hard (1 or more). */
  readonly count: number;
  readonly instead?: string;
}

/** A resolved profile: the built-in one with the organisation's settings applied. */
export interface Profile {
  readonly name: ProfileName;
  /** The highest UK reading age that counts as "easy to read" (easy read: 9, plain English: 11). */
  readonly readingAgeTarget: number;
  /** Returns the settings of a rule in this profile (its defaults, overridden by the organisation). */
  settings(rule: RuleDefinition): RuleSettings;
  readonly words: WordSettings;
}

/** A finding as a block rule reports it: the engine adds the block index. */
export type BlockFinding = Omit<Finding, 'block'>;

/** What a block rule sees. */
export interface BlockContext {
  readonly block: CheckBlock;
  readonly sentences: readonly Sentence[];
  /** The row the block is in, for `row-text` blocks. */
  readonly row?: RowInfo;
  readonly profile: Profile;
  /** This rule's settings in the profile. */
  readonly settings: RuleSettings;
}

/** Per-block facts the engine gathers once, for document rules to collect from. */
export interface BlockFacts {
  readonly block: CheckBlock;
  readonly sentences: readonly Sentence[];
}

/** What a document rule's per-block `collect` step sees besides the block. */
export interface CollectContext {
  readonly profile: Profile;
  /** This rule's settings in the profile. */
  readonly settings: RuleSettings;
}

/** What a document rule's `combine` step sees. */
export interface DocumentContext {
  /** The whole input: blocks (with their index, section and row), rows and details. */
  readonly input: CheckInput;
  readonly profile: Profile;
  readonly settings: RuleSettings;
  /** "Today" as `YYYY-MM-DD`. */
  readonly today: string;
}

/** Fields every rule has. */
interface RuleBase {
  /** Stable kebab-case id, as in shared/easy-read-rules.md. */
  readonly id: string;
  /** A short plain description, for settings screens and `--help`. */
  readonly description: string;
  /** Default settings per profile. */
  readonly defaults: Readonly<Record<ProfileName, RuleSettings>>;
}

/**
 * A rule that looks at one block at a time. The engine caches its results per block (by
 * object, then by content), so an edit re-runs block rules on the changed block only.
 */
export interface BlockRule extends RuleBase {
  readonly scope: 'block';
  check(context: BlockContext): readonly BlockFinding[];
}

/**
 * A rule that needs the whole document (contact details, dates, consistent terms, hard
 * words explained at first use). It runs in two steps, so a re-check after an edit costs
 * little more than the edited block:
 *
 * - `collect(facts, context)` runs once per block *content*, like a block rule: the engine
 *   caches its result with the block's other work and calls it again only for a new or
 *   changed block. It must depend only on what the cache key holds: the block's kind, text,
 *   runs, heading level, list position and contact field (and the checker's fixed profile
 *   and settings) — not on its index, `section`, `row` number or `line`, which can change
 *   while the content stays. Return a small summary (counts, first uses, block-local
 *   findings); never keep the `facts` object itself.
 * - `combine(collected, context)` runs on every check with one collected value per block, in
 *   block order (`collected[i]` is block `i`'s). It must be cheap: linear in the number of
 *   blocks with tiny constants, or better. Block indexes, sections and rows come from
 *   `context.input.blocks`. `collected` is only valid during the call (the engine reuses the
 *   array for the next check): do not keep it, or anything keyed by it.
 *
 * A rule without `collect` (one that reads only the rows or the details) gets an empty
 * `collected`. Findings are in the usual place: `block` is an index into
 * `input.blocks`, or -1 for the whole document.
 *
 * A rule whose `combine` reads of the input's blocks no more than their places (kind,
 * section, row, list position; not their text) may also give `same(a, b)`: whether two
 * collected values say the same to `combine`. When there are as many blocks as at the last
 * check, every changed block kept its place and its new value is `same` as its old one,
 * and the rows, details and today are as they were, the engine reuses the last findings
 * without calling `combine`.
 */
export interface DocumentRule<T = unknown> extends RuleBase {
  readonly scope: 'document';
  collect?(facts: BlockFacts, context: CollectContext): T;
  combine(collected: readonly T[], context: DocumentContext): readonly Finding[];
  same?(a: T, b: T): boolean;
}

/** Any rule. */
export type RuleDefinition = BlockRule | DocumentRule;

/** Helper for rules: a finding with no suggestions unless given. */
export function finding(
  rule: string,
  severity: Severity,
  from: number,
  to: number,
  message: string,
  why: string,
  suggestions: readonly Suggestion[] = []
): BlockFinding {
  return {rule, severity, message, why, from, to, suggestions};
}
