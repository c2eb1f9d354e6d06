import {allRules} from './all-rules.js';
import type {CheckerWord, Profile, RuleDefinition, RuleSettings, SettingValue, WordSettings} from './rule.js';
import type {ProfileName} from './types.js';

/**
 * Organisation settings: one JSON file that changes rule thresholds per profile and adds
 * words to the built-in lists. Every part is optional:
 *
 * ```json
 * {
 *   "name": "Example NHS Trust",
 *   "profiles": {
 *     "easy-read": {"readingAgeTarget": 9, "rules": {"sentence-length": {"warn": 12}}},
 *     "plain": {"rules": {"no-italics": {"enabled": false}}}
 *   },
 *   "words": {
 *     "allowed": ["physiotherapy"],
 *     "replace": {"utilise": ["use"]},
 *     "mustExplain": ["biopsy"],
 *     "checkersFoundHard": [{"word": "appointment", "count": 3, "instead": "visit"}]
 *   }
 * }
 * ```
 *
 * A rule override may only name a rule that exists and settings that rule has, with a value
 * of the same type as the rule's default (a number that defaults to 0 or more must not be
 * negative; a severity must be "error", "warning" or "info"). Anything else is a
 * {@link SettingsError} naming the bad key, so a typo never silently does nothing.
 */

/** One profile's overrides. */
export interface ProfileOverrides {
  /** Replaces the profile's reading age target (easy read 9, plain 11). */
  readonly readingAgeTarget?: number;
  /** Rule id → setting name → value, merged over the rule's defaults for the profile. */
  readonly rules: Readonly<Record<string, Readonly<Record<string, SettingValue>>>>;
}

/** The organisation's word lists, as written in the file (trimmed; not yet lower case). */
export interface OrgWords {
  readonly allowed: readonly string[];
  readonly replace: Readonly<Record<string, readonly string[]>>;
  readonly mustExplain: readonly string[];
  /** Words the organisation's checkers marked hard (from `GET /api/checker-words`), for checkers-found-hard. */
  readonly checkersFoundHard: readonly CheckerWord[];
}

/** A checked settings file. Build it with {@link parseOrgSettings}. */
export interface OrgSettings {
  readonly name?: string;
  readonly profiles: Readonly<Partial<Record<ProfileName, ProfileOverrides>>>;
  readonly words: OrgWords;
}

/** A problem with a settings file. The message is plain and names the bad key. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** The profiles' built-in reading age targets. */
export const readingAgeTargets: Readonly<Record<ProfileName, number>> = {'easy-read': 9, plain: 11};

const PROFILE_NAMES: readonly ProfileName[] = ['easy-read', 'plain'];
const SEVERITIES: readonly string[] = ['error', 'warning', 'info'];

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'string' ? `"${value}"` : String(value);
}

function expectObject(value: unknown, key: string): JsonObject {
  if (!isObject(value)) throw new SettingsError(`"${key}" should be an object, not ${describe(value)}.`);
  return value;
}

function onlyKeys(object: JsonObject, allowed: readonly string[], where: string): void {
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) {
      const expected = allowed.map((name) => `"${name}"`).join(', ');
      throw new SettingsError(`Unknown key "${where ? `${where}.` : ''}${key}". Expected one of: ${expected}.`);
    }
  }
}

function stringList(value: unknown, key: string): string[] {
  if (!Array.isArray(value)) throw new SettingsError(`"${key}" should be a list of words, not ${describe(value)}.`);
  return value.map((item, index) => {
    if (typeof item !== 'string' || item.trim() === '') {
      throw new SettingsError(`"${key}[${index}]" should be a word, not ${describe(item)}.`);
    }
    return item.trim();
  });
}

/** `words.checkersFoundHard`: a list of `{word, count, instead?}`, count a whole number of 1 or more. */
function checkerWords(value: unknown): CheckerWord[] {
  const key = 'words.checkersFoundHard';
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new SettingsError(`"${key}" should be a list, not ${describe(value)}.`);
  return value.map((item: unknown, index) => {
    const where = `${key}[${index}]`;
    const entry = expectObject(item, where);
    onlyKeys(entry, ['word', 'count', 'instead'], where);
    const {word, count, instead} = entry;
    if (typeof word !== 'string' || word.trim() === '') throw new SettingsError(`"${where}.word" should be a word, not ${describe(word)}.`);
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
      throw new SettingsError(`"${where}.count" should be a whole number of 1 or more, not ${describe(count)}.`);
    }
    if (instead !== undefined && (typeof instead !== 'string' || instead.trim() === '')) {
      throw new SettingsError(`"${where}.instead" should be a word, not ${describe(instead)}.`);
    }
    return Object.freeze({word: word.trim(), count, ...(typeof instead === 'string' ? {instead: instead.trim()} : {})});
  });
}

function parseWords(value: unknown): OrgWords {
  if (value === undefined) return {allowed: [], replace: {}, mustExplain: [], checkersFoundHard: []};
  const words = expectObject(value, 'words');
  onlyKeys(words, ['allowed', 'replace', 'mustExplain', 'checkersFoundHard'], 'words');
  const replace: Record<string, readonly string[]> = {};
  if (words['replace'] !== undefined) {
    const entries = expectObject(words['replace'], 'words.replace');
    for (const [word, alternatives] of Object.entries(entries)) {
      const key = `words.replace.${word}`;
      if (word.trim() === '') throw new SettingsError(`"words.replace" has an empty word.`);
      const list = stringList(alternatives, key);
      if (list.length === 0) throw new SettingsError(`"${key}" should list at least one plain word.`);
      replace[word.trim()] = Object.freeze(list);
    }
  }
  return {
    allowed: Object.freeze(words['allowed'] === undefined ? [] : stringList(words['allowed'], 'words.allowed')),
    replace: Object.freeze(replace),
    mustExplain: Object.freeze(words['mustExplain'] === undefined ? [] : stringList(words['mustExplain'], 'words.mustExplain')),
    checkersFoundHard: Object.freeze(checkerWords(words['checkersFoundHard'])),
  };
}

function checkValue(rule: RuleDefinition, setting: string, value: unknown, key: string): SettingValue {
  const defaults = PROFILE_NAMES.map((name) => rule.defaults[name]?.[setting]).filter((item) => item !== undefined);
  const example = defaults[0];
  if (example === undefined) {
    const known = [...new Set(PROFILE_NAMES.flatMap((name) => Object.keys(rule.defaults[name] ?? {})))];
    throw new SettingsError(`Unknown setting "${key}". The rule "${rule.id}" has: ${known.map((name) => `"${name}"`).join(', ')}.`);
  }
  if (typeof value !== typeof example) {
    throw new SettingsError(`"${key}" should be ${typeof example === 'number' ? 'a number' : typeof example === 'boolean' ? 'true or false' : 'text'}, not ${describe(value)}.`);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new SettingsError(`"${key}" should be a number, not ${describe(value)}.`);
    if (value < 0 && defaults.every((item) => typeof item === 'number' && item >= 0)) {
      throw new SettingsError(`"${key}" should be 0 or more, not ${value}.`);
    }
  }
  if (typeof value === 'string' && defaults.every((item) => typeof item === 'string' && SEVERITIES.includes(item)) && !SEVERITIES.includes(value)) {
    throw new SettingsError(`"${key}" should be "error", "warning" or "info", not ${describe(value)}.`);
  }
  return value as SettingValue;
}

function parseProfile(value: unknown, name: ProfileName, rules: ReadonlyMap<string, RuleDefinition>): ProfileOverrides {
  const where = `profiles.${name}`;
  const profile = expectObject(value, where);
  onlyKeys(profile, ['readingAgeTarget', 'rules'], where);
  const target = profile['readingAgeTarget'];
  if (target !== undefined && (typeof target !== 'number' || !Number.isFinite(target) || target < 5 || target > 25)) {
    throw new SettingsError(`"${where}.readingAgeTarget" should be a reading age from 5 to 25, not ${describe(target)}.`);
  }
  const overrides: Record<string, Readonly<Record<string, SettingValue>>> = {};
  if (profile['rules'] !== undefined) {
    for (const [id, ruleValue] of Object.entries(expectObject(profile['rules'], `${where}.rules`))) {
      const rule = rules.get(id);
      if (!rule) throw new SettingsError(`Unknown rule "${where}.rules.${id}". There is no check called "${id}".`);
      const settings: Record<string, SettingValue> = {};
      for (const [setting, settingValue] of Object.entries(expectObject(ruleValue, `${where}.rules.${id}`))) {
        settings[setting] = checkValue(rule, setting, settingValue, `${where}.rules.${id}.${setting}`);
      }
      overrides[id] = Object.freeze(settings);
    }
  }
  return Object.freeze({...(typeof target === 'number' ? {readingAgeTarget: target} : {}), rules: Object.freeze(overrides)});
}

/**
 * Checks a settings file and returns it as {@link OrgSettings}. `json` is the parsed file
 * or its text. Rule ids and setting names are checked against `rules` (every rule by
 * default). Throws {@link SettingsError} for anything wrong; never returns a partial result.
 */
export function parseOrgSettings(json: unknown, rules: readonly RuleDefinition[] = allRules): OrgSettings {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json) as unknown;
    } catch (error) {
      throw new SettingsError(`The settings file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
    }
  }
  if (!isObject(value)) throw new SettingsError(`The settings file should hold an object, not ${describe(value)}.`);
  onlyKeys(value, ['$schema', 'name', 'description', 'profiles', 'words'], '');
  const name = value['name'];
  if (name !== undefined && typeof name !== 'string') throw new SettingsError(`"name" should be text, not ${describe(name)}.`);
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const profiles: Partial<Record<ProfileName, ProfileOverrides>> = {};
  if (value['profiles'] !== undefined) {
    const given = expectObject(value['profiles'], 'profiles');
    onlyKeys(given, PROFILE_NAMES, 'profiles');
    for (const profileName of PROFILE_NAMES) {
      if (given[profileName] !== undefined) profiles[profileName] = parseProfile(given[profileName], profileName, byId);
    }
  }
  return Object.freeze({...(name !== undefined ? {name} : {}), profiles: Object.freeze(profiles), words: parseWords(value['words'])});
}

function wordSettings(words: OrgWords | undefined): WordSettings {
  const lower = (list: readonly string[]) => list.map((word) => word.toLowerCase());
  return {
    allowed: new Set(lower(words?.allowed ?? [])),
    replace: new Map(Object.entries(words?.replace ?? {}).map(([word, alternatives]) => [word.toLowerCase(), alternatives])),
    mustExplain: new Set(lower(words?.mustExplain ?? [])),
    // The same word twice (two spellings of its case) keeps the larger count.
    checkersFoundHard: new Map(
      [...(words?.checkersFoundHard ?? [])].sort((a, b) => a.count - b.count).map((entry) => [entry.word.toLowerCase(), entry])
    ),
  };
}

/**
 * Returns a profile (easy read by default): its reading age target and, for any rule,
 * the rule's `defaults[name]` with the organisation's overrides for that profile on top.
 * `words` holds the organisation's words only (lower case); the word rules merge them over
 * their built-in lists. Settings are computed once per rule and cached.
 */
export function resolveProfile(name: ProfileName = 'easy-read', settings?: OrgSettings): Profile {
  if (!PROFILE_NAMES.includes(name)) throw new RangeError(`Unknown profile "${String(name)}": use "easy-read" or "plain".`);
  const overrides = settings?.profiles[name];
  const cache = new WeakMap<RuleDefinition, RuleSettings>();
  return {
    name,
    readingAgeTarget: overrides?.readingAgeTarget ?? readingAgeTargets[name],
    words: wordSettings(settings?.words),
    settings(rule: RuleDefinition): RuleSettings {
      let merged = cache.get(rule);
      if (!merged) {
        merged = Object.freeze({...rule.defaults[name], ...overrides?.rules[rule.id]});
        cache.set(rule, merged);
      }
      return merged;
    },
  };
}
