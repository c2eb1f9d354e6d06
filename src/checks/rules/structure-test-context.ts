import type {
  BlockFinding,
  BlockRule,
  DocumentRule,
  Profile,
  RuleDefinition,
  RuleSettings,
  SettingValue,
} from '../rule.js';
import {splitSentences} from '../segment.js';
import type {CheckBlock, CheckInput, Finding, FormatRun, ProfileName, RowInfo} from '../types.js';

/**
 * Test helpers for the structure rules (`structure-rules.ts`): build blocks, profiles and
 * contexts, and run one rule the way the engine would. For tests only.
 */

/** Per-rule setting overrides for {@link testProfile}, keyed by rule id. */
export type SettingOverrides = Readonly<Record<string, Readonly<Record<string, SettingValue>>>>;

/** A profile whose settings are each rule's defaults, with optional overrides. */
export function testProfile(name: ProfileName = 'easy-read', overrides: SettingOverrides = {}): Profile {
  return {
    name,
    readingAgeTarget: name === 'easy-read' ? 9 : 11,
    settings(rule: RuleDefinition): RuleSettings {
      return {...rule.defaults[name], ...overrides[rule.id]};
    },
    words: {allowed: new Set(), replace: new Map(), mustExplain: new Set(), checkersFoundHard: new Map()},
  };
}

/** Extra block fields for the block builders. */
type BlockExtra = Partial<Omit<CheckBlock, 'kind' | 'text'>>;

/** A block of any kind; `runs` default to none and `section` to 0. */
export function block(kind: CheckBlock['kind'], text: string, extra: BlockExtra = {}): CheckBlock {
  return {kind, text, runs: [], section: 0, ...extra};
}

/** A paragraph block. */
export const para = (text: string, extra: BlockExtra = {}): CheckBlock => block('paragraph', text, extra);
/** The title block. */
export const title = (text: string): CheckBlock => block('title', text);
/** A heading block (level 2 unless given). */
export const heading = (text: string, level = 2): CheckBlock => block('heading', text, {level});
/** A row's text block. */
export const rowText = (text: string, row: number, extra: BlockExtra = {}): CheckBlock =>
  block('row-text', text, {row, ...extra});
/** A contact line. */
export const contactLine = (field: string, text: string): CheckBlock => block('contact', text, {field});

/** The list items of one list, in order. */
export function listItems(texts: readonly string[], ordered = false, extra: BlockExtra = {}): CheckBlock[] {
  return texts.map((text, index) => block('list-item', text, {list: {ordered, index, size: texts.length}, ...extra}));
}

/** Formatting runs covering the given substrings of `text` (the first match of each). */
export function runsFor(text: string, format: FormatRun['format'], ...parts: string[]): FormatRun[] {
  return parts.map((part) => {
    const from = text.indexOf(part);
    if (from < 0) throw new RangeError(`"${part}" is not in "${text}"`);
    return {from, to: from + part.length, format};
  });
}

/** Options for {@link runBlock} and {@link runDocument}. */
export interface RunOptions {
  readonly profile?: ProfileName;
  readonly overrides?: SettingOverrides;
  readonly row?: RowInfo;
  readonly today?: string;
}

/** Runs a block rule on one block (or a paragraph of the given text), as the engine would. */
export function runBlock(rule: BlockRule, input: string | CheckBlock, options: RunOptions = {}): readonly BlockFinding[] {
  const target = typeof input === 'string' ? para(input) : input;
  const profile = testProfile(options.profile, options.overrides);
  return rule.check({
    block: target,
    sentences: splitSentences(target.text),
    ...(options.row ? {row: options.row} : {}),
    profile,
    settings: profile.settings(rule),
  });
}

/**
 * Runs a document rule on a document made of the given blocks, rows and details the way the
 * engine does: `collect` on each block, then `combine`.
 */
export function runDocument(rule: DocumentRule, input: Partial<CheckInput>, options: RunOptions = {}): readonly Finding[] {
  const blocks = input.blocks ?? [];
  const full: CheckInput = {blocks, rows: input.rows ?? [], details: input.details ?? {}, ...input};
  const profile = testProfile(options.profile, options.overrides);
  const settings = profile.settings(rule);
  const today = options.today ?? input.today ?? '2026-11-22';
  const collected = blocks.map((b) => rule.collect?.({block: b, sentences: splitSentences(b.text)}, {profile, settings}));
  return rule.combine(rule.collect ? collected : [], {input: full, profile, settings, today});
}

/** The texts a rule's findings cover, for short assertions. */
export function covered(text: string, findings: readonly {from: number; to: number}[]): string[] {
  return findings.map((f) => text.slice(f.from, f.to));
}
