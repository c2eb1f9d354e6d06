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

/** Per-block facts the engine gathers once, for document rules to combine. */
export interface BlockFacts {
  readonly block: CheckBlock;
  readonly sentences: readonly Sentence[];
}

/** What a document rule sees. */
export interface DocumentContext {
  readonly input: CheckInput;
  readonly facts: readonly BlockFacts[];
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
 * A rule that looks at one block at a time. The engine caches its results per block
 * content, so an edit re-runs block rules on the changed block only.
 */
export interface BlockRule extends RuleBase {
  readonly scope: 'block';
  check(context: BlockContext): readonly BlockFinding[];
}

/**
 * A rule that needs the whole document (contact details, dates, consistent terms,
 * hard words explained at first use). It must be cheap: it runs on every check.
 */
export interface DocumentRule extends RuleBase {
  readonly scope: 'document';
  check(context: DocumentContext): readonly Finding[];
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
