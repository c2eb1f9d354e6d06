import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {BlockRule} from './rule.js';
import {parseOrgSettings, resolveProfile, SettingsError} from './settings.js';

/** A rule that finds nothing, with the settings shape real rules have. */
function rule(id: string, easyRead: BlockRule['defaults']['easy-read'], plain = easyRead): BlockRule {
  return {id, description: `Test rule ${id}.`, scope: 'block', defaults: {'easy-read': easyRead, plain}, check: () => []};
}

const longSentences = rule('long-sentences', {enabled: true, warn: 15, error: 20}, {enabled: true, warn: 20, error: 40});
const shouting = rule('shouting', {enabled: true, severity: 'warning', allowAcronyms: true});
const rules = [longSentences, shouting];

function settingsError(json: unknown, pattern: RegExp): void {
  assert.throws(() => parseOrgSettings(json, rules), (error: unknown) => {
    assert.ok(error instanceof SettingsError, `not a SettingsError: ${String(error)}`);
    assert.match(error.message, pattern);
    return true;
  });
}

describe('parseOrgSettings', () => {
  it('reads a full settings file, from an object or its JSON text', () => {
    const file = {
      name: 'Example NHS Trust',
      profiles: {
        'easy-read': {readingAgeTarget: 8, rules: {'long-sentences': {warn: 12}, shouting: {enabled: false}}},
        plain: {rules: {shouting: {severity: 'info'}}},
      },
      words: {allowed: ['Physiotherapy '], replace: {utilise: ['use']}, mustExplain: ['biopsy']},
    };
    const expected = {
      name: 'Example NHS Trust',
      profiles: {
        'easy-read': {readingAgeTarget: 8, rules: {'long-sentences': {warn: 12}, shouting: {enabled: false}}},
        plain: {rules: {shouting: {severity: 'info'}}},
      },
      words: {allowed: ['Physiotherapy'], replace: {utilise: ['use']}, mustExplain: ['biopsy'], checkersFoundHard: []},
    };
    assert.deepEqual(parseOrgSettings(file, rules), expected);
    assert.deepEqual(parseOrgSettings(JSON.stringify(file), rules), expected);
  });

  it('accepts an empty file', () => {
    assert.deepEqual(parseOrgSettings({}, rules), {profiles: {}, words: {allowed: [], replace: {}, mustExplain: [], checkersFoundHard: []}});
  });

  it('names an unknown rule id', () => {
    settingsError({profiles: {'easy-read': {rules: {'long-sentence': {warn: 12}}}}}, /Unknown rule "profiles\.easy-read\.rules\.long-sentence"/);
  });

  it('names an unknown setting and lists the real ones', () => {
    settingsError(
      {profiles: {plain: {rules: {'long-sentences': {wran: 12}}}}},
      /Unknown setting "profiles\.plain\.rules\.long-sentences\.wran"\. The rule "long-sentences" has: "enabled", "warn", "error"\./
    );
  });

  it('names a value of the wrong type', () => {
    settingsError({profiles: {'easy-read': {rules: {'long-sentences': {warn: '12'}}}}}, /"profiles\.easy-read\.rules\.long-sentences\.warn" should be a number, not "12"\./);
    settingsError({profiles: {'easy-read': {rules: {shouting: {enabled: 'no'}}}}}, /"profiles\.easy-read\.rules\.shouting\.enabled" should be true or false/);
    settingsError({profiles: {'easy-read': {rules: {shouting: {allowAcronyms: 1}}}}}, /should be true or false, not 1/);
  });

  it('refuses negative thresholds and unknown severities', () => {
    settingsError({profiles: {'easy-read': {rules: {'long-sentences': {error: -1}}}}}, /"profiles\.easy-read\.rules\.long-sentences\.error" should be 0 or more/);
    settingsError({profiles: {'easy-read': {rules: {shouting: {severity: 'fatal'}}}}}, /should be "error", "warning" or "info", not "fatal"/);
  });

  it('names unknown keys at every level', () => {
    settingsError({profile: {}}, /Unknown key "profile"/);
    settingsError({profiles: {easyread: {}}}, /Unknown key "profiles\.easyread"/);
    settingsError({profiles: {plain: {rule: {}}}}, /Unknown key "profiles\.plain\.rule"/);
    settingsError({words: {allow: []}}, /Unknown key "words\.allow"/);
  });

  it('names bad word lists', () => {
    settingsError({words: {allowed: 'physio'}}, /"words\.allowed" should be a list of words, not "physio"/);
    settingsError({words: {allowed: ['ok', 3]}}, /"words\.allowed\[1\]" should be a word, not 3/);
    settingsError({words: {replace: {utilise: 'use'}}}, /"words\.replace\.utilise" should be a list of words/);
    settingsError({words: {replace: {utilise: []}}}, /"words\.replace\.utilise" should list at least one plain word/);
    settingsError({words: {mustExplain: [' ']}}, /"words\.mustExplain\[0\]" should be a word/);
    settingsError({words: {checkersFoundHard: {}}}, /"words\.checkersFoundHard" should be a list/);
    settingsError({words: {checkersFoundHard: [{word: 'clinic', count: 0}]}}, /"words\.checkersFoundHard\[0\]\.count" should be a whole number of 1 or more/);
    settingsError({words: {checkersFoundHard: [{word: 'clinic', count: 2, why: 'x'}]}}, /Unknown/);
  });

  it('reads the words our checkers found hard, trimmed', () => {
    const settings = parseOrgSettings({words: {checkersFoundHard: [{word: ' clinic ', count: 3, instead: 'place '}, {word: 'ward', count: 1}]}}, rules);
    assert.deepEqual(settings.words.checkersFoundHard, [{word: 'clinic', count: 3, instead: 'place'}, {word: 'ward', count: 1}]);
  });

  it('refuses files that are not a JSON object', () => {
    settingsError('{"profiles": ', /not valid JSON/);
    settingsError([], /should hold an object, not a list/);
    settingsError(null, /should hold an object, not null/);
    settingsError({profiles: {plain: {readingAgeTarget: 'eleven'}}}, /"profiles\.plain\.readingAgeTarget" should be a reading age from 5 to 25/);
  });

  it('checks against every built-in rule by default', () => {
    const settings = parseOrgSettings({profiles: {'easy-read': {rules: {'sentence-length': {warn: 12}}}}});
    assert.deepEqual(settings.profiles['easy-read']?.rules, {'sentence-length': {warn: 12}});
    assert.throws(() => parseOrgSettings({profiles: {'easy-read': {rules: {'sentence-lenght': {}}}}}), SettingsError);
  });
});

describe('resolveProfile', () => {
  it('defaults to easy read with the built-in targets and empty word lists', () => {
    const profile = resolveProfile();
    assert.equal(profile.name, 'easy-read');
    assert.equal(profile.readingAgeTarget, 9);
    assert.equal(resolveProfile('plain').readingAgeTarget, 11);
    assert.deepEqual([profile.words.allowed.size, profile.words.replace.size, profile.words.mustExplain.size], [0, 0, 0]);
  });

  it('gives a rule its defaults for the profile', () => {
    assert.deepEqual(resolveProfile('easy-read').settings(longSentences), {enabled: true, warn: 15, error: 20});
    assert.deepEqual(resolveProfile('plain').settings(longSentences), {enabled: true, warn: 20, error: 40});
  });

  it('merges the organisation overrides over the defaults, per profile', () => {
    const settings = parseOrgSettings(
      {
        profiles: {
          'easy-read': {readingAgeTarget: 8, rules: {'long-sentences': {warn: 12}, shouting: {enabled: false}}},
          plain: {rules: {'long-sentences': {error: 30}}},
        },
      },
      rules
    );
    const easyRead = resolveProfile('easy-read', settings);
    assert.equal(easyRead.readingAgeTarget, 8);
    assert.deepEqual(easyRead.settings(longSentences), {enabled: true, warn: 12, error: 20});
    assert.deepEqual(easyRead.settings(shouting), {enabled: false, severity: 'warning', allowAcronyms: true});
    const plain = resolveProfile('plain', settings);
    assert.equal(plain.readingAgeTarget, 11);
    assert.deepEqual(plain.settings(longSentences), {enabled: true, warn: 20, error: 30});
    assert.deepEqual(plain.settings(shouting), {enabled: true, severity: 'warning', allowAcronyms: true});
  });

  it('holds the organisation words in lower case', () => {
    const settings = parseOrgSettings(
      {words: {allowed: ['Physiotherapy'], replace: {Utilise: ['use', 'make use of']}, mustExplain: ['Biopsy']}},
      rules
    );
    const {words} = resolveProfile('plain', settings);
    assert.deepEqual([...words.allowed], ['physiotherapy']);
    assert.deepEqual([...words.replace], [['utilise', ['use', 'make use of']]]);
    assert.deepEqual([...words.mustExplain], ['biopsy']);
  });

  it('refuses an unknown profile name', () => {
    assert.throws(() => resolveProfile('simple' as 'plain'), /Unknown profile "simple"/);
  });
});
