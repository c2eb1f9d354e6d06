import type {BlockFinding, BlockRule, CheckerWord, DocumentRule, Profile, SettingValue} from '../rule.js';
import {splitSentences} from '../segment.js';
import {resolveProfile, type OrgSettings} from '../settings.js';
import type {CheckBlock, Finding, FormatRun, ProfileName} from '../types.js';

/**
 * Test helpers for the word rules: build blocks and profiles, and run a rule the way the
 * engine does (sentences from `splitSentences`, settings from `resolveProfile`). For tests only.
 */

/** Organisation words for a test profile (any case; lower-cased as the resolver does). */
export interface TestWords {
  readonly allowed?: readonly string[];
  readonly replace?: Readonly<Record<string, readonly string[]>>;
  readonly mustExplain?: readonly string[];
  readonly checkersFoundHard?: readonly CheckerWord[];
}

/** Options for {@link runBlockRule} and {@link runDocumentRule}. */
export interface TestOptions {
  readonly profile?: ProfileName;
  readonly words?: TestWords;
  /** Setting overrides for the rule under test. */
  readonly settings?: Readonly<Record<string, SettingValue>>;
}

/** A resolved profile with the given organisation words and rule overrides. */
export function testProfile(
  name: ProfileName = 'easy-read',
  words: TestWords = {},
  rules: OrgSettings['profiles'][ProfileName] = {rules: {}}
): Profile {
  const settings: OrgSettings = {
    profiles: {[name]: rules},
    words: {allowed: words.allowed ?? [], replace: words.replace ?? {}, mustExplain: words.mustExplain ?? [], checkersFoundHard: words.checkersFoundHard ?? []},
  };
  return resolveProfile(name, settings);
}

/** A block of any kind, with no formatting and section 0 unless given. */
export function block(kind: CheckBlock['kind'], text: string, extra: Partial<Omit<CheckBlock, 'kind' | 'text'>> = {}): CheckBlock {
  return {kind, text, runs: [], section: 0, ...extra};
}

/** A paragraph. */
export const para = (text: string, runs: readonly FormatRun[] = []): CheckBlock => block('paragraph', text, {runs});

/** A heading (level 2). */
export const heading = (text: string): CheckBlock => block('heading', text, {level: 2});

/** A hard-word box: its term block and its meaning block. */
export function hardWordBox(term: string, meaning: string): CheckBlock[] {
  return [block('hard-word-term', term), block('hard-word-meaning', meaning)];
}

/** Bold runs over the first occurrence of each part of `text`. */
export function bold(text: string, ...parts: string[]): FormatRun[] {
  return parts.map((part) => {
    const from = text.indexOf(part);
    if (from < 0) throw new RangeError(`"${part}" is not in "${text}"`);
    return {from, to: from + part.length, format: 'bold'};
  });
}

function profileFor(rule: {id: string}, options: TestOptions): Profile {
  return testProfile(options.profile, options.words, {rules: options.settings ? {[rule.id]: options.settings} : {}});
}

/** Runs a block rule on a block (or a paragraph of the given text). */
export function runBlockRule(rule: BlockRule, input: string | CheckBlock, options: TestOptions = {}): readonly BlockFinding[] {
  const target = typeof input === 'string' ? para(input) : input;
  const profile = profileFor(rule, options);
  return rule.check({block: target, sentences: splitSentences(target.text), profile, settings: profile.settings(rule)});
}

/**
 * Runs a document rule on a document made of `blocks` (strings become paragraphs) the way
 * the engine does: `collect` on each block, then `combine`.
 */
export function runDocumentRule(
  rule: DocumentRule,
  blocks: ReadonlyArray<string | CheckBlock>,
  options: TestOptions = {}
): readonly Finding[] {
  const list = blocks.map((item) => (typeof item === 'string' ? para(item) : item));
  const profile = profileFor(rule, options);
  const settings = profile.settings(rule);
  const collected = list.map((item) => rule.collect?.({block: item, sentences: splitSentences(item.text)}, {profile, settings}));
  return rule.combine(rule.collect ? collected : [], {input: {blocks: list, rows: [], details: {}}, profile, settings, today: '2026-11-22'});
}

/** The text each finding covers, for short assertions. */
export function flagged(text: string, findings: ReadonlyArray<{readonly from: number; readonly to: number}>): string[] {
  return findings.map((item) => text.slice(item.from, item.to));
}
