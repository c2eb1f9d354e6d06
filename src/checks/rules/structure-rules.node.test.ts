import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {describe, it} from 'node:test';
import type {RuleDefinition} from '../rule.js';
import {splitSentences} from '../segment.js';
import {parseOrgSettings, resolveProfile} from '../settings.js';
import type {CheckBlock, CheckInput, Finding, ProfileName} from '../types.js';
import {sentenceLength} from './sentence-length.js';
import {structureRules} from './structure-rules.js';
import {messageWords} from './structure-util.js';
import {block, heading, listItems, para, rowText, runBlock, runDocument, runsFor, title} from './structure-test-context.js';

const profiles: readonly ProfileName[] = ['easy-read', 'plain'];

/** Runs any rule over a whole document, the way the engine does (block rules once per block). */
function runRule(rule: RuleDefinition, input: Partial<CheckInput>, profile: ProfileName): Finding[] {
  if (rule.scope === 'document') return [...runDocument(rule, input, {profile})];
  const findings: Finding[] = [];
  (input.blocks ?? []).forEach((b, index) => {
    const row = b.row === undefined ? undefined : input.rows?.[b.row];
    for (const found of runBlock(rule, b, {profile, ...(row ? {row} : {})})) findings.push({...found, block: index});
  });
  return findings;
}

const italicText = 'Take your tablets with food every day.';
const longSentence =
  'Take your tablets with food and drink a big glass of water every morning before you go out to work with your friends.';

/** Documents that between them trigger every message of every rule. */
const corpus: readonly Partial<CheckInput>[] = [
  {
    blocks: [
      title('Your Blood Test'),
      heading('Details', 3),
      heading('WHAT TO BRING'),
      heading(''),
      para(`${longSentence} ${longSentence} ${longSentence} ${longSentence}`),
      para('Call us if you feel sick and we will help when we can. If you can, come early, because it is busy.'),
      para('Take three tablets. We saw 1500 people. We have 1,000 beds. About 2 million people.'),
      para('About 20% of people get it. 1 in 3 people get better. Take .5mg. Wait 1.5 days.'),
      para('Take ½ a tablet. Use 3/8 of a spoon. Wait 2-3 days. Come on 06/08/2026 or 13/25/2026 at 17:00.'),
      para('Tea & cake. Bring a letter and/or card. He/she will call. Your leg(s) may hurt. Rest; then eat.'),
      para('If it is <5 or > 10. Aged 18+. Wait... Terms* apply. Piles (haemorrhoids) and sores (ulcers) hurt.'),
      para('Take it with food – this stops sickness. You have Type II diabetes.'),
      para(italicText, {runs: [...runsFor(italicText, 'italic', 'with'), ...runsFor(italicText, 'underline', 'food')]}),
      para(italicText, {runs: runsFor(italicText, 'bold', 'your tablets with food every')}),
      para('Bring your letter, your medicines and a snack.'),
      rowText('One. Two. Three. Four. Five. Six.', 0),
      rowText('A.', 1),
      rowText('B.', 2),
      rowText('C.', 3),
      rowText('D.', 4),
      ...listItems(['a. b.', 'c and', 'd', 'e', 'f', 'g', 'h']),
    ],
    rows: [
      {picture: null},
      {picture: {src: 'x.png', alt: ''}},
      {picture: {src: 'x.png', alt: 'IMG_0042.jpg'}},
      {picture: {src: 'x.png', alt: 'Picture of a nurse'}},
      {picture: {src: 'x.png', alt: 'A nurse'}},
    ],
    details: {written: '2026-02-30', reviewBy: 'soon'},
  },
  {blocks: [title('')], details: {written: '2026-01-01', reviewBy: '2020-01-01'}},
  {blocks: [para(longSentence), para(longSentence), para(longSentence), para(`${longSentence} ${longSentence}`)]},
  {blocks: [para('If you can, and if you are well, come early, as we said, because it is busy, or call.')]},
  {blocks: [para('x'), para('A paragraph with many words in it. '.repeat(20))], details: {}},
  {blocks: [title('Going to hospital for an operation on your knee, and what happens after it')]},
  {blocks: [title('Visit'), ...Array.from({length: 120}, () => para('Please bring your letter and your medicines to the clinic.'))]},
  {blocks: [0, 1, 2].map(() => para(italicText, {runs: runsFor(italicText, 'bold', 'tablets', 'food')}))},
  {blocks: [para('Take 1 tablet. Take 1 tablet. Take 1 tablet.'), para('One two three four five six seven eight nine ten eleven twelve thirteen.')]},
];

describe('structureRules', () => {
  it('has unique kebab-case ids, each in a file named after it', () => {
    const ids = structureRules.map((rule) => rule.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) {
      assert.match(id, /^[a-z]+(?:-[a-z]+)*$/u);
      assert.ok(existsSync(new URL(`./${id}.ts`, import.meta.url)), `${id}.ts`);
    }
    assert.equal(ids.length, 29);
  });

  it('gives defaults for both profiles with an enabled flag and a description', () => {
    for (const rule of structureRules) {
      assert.ok(rule.description.length > 0, rule.id);
      for (const profile of profiles) assert.equal(typeof rule.defaults[profile].enabled, 'boolean', `${rule.id} ${profile}`);
    }
  });

  it('every rule fires on the corpus, and every message is under 15 words', () => {
    for (const profile of profiles) {
      for (const rule of structureRules) {
        if (!rule.defaults[profile].enabled) continue;
        const findings = corpus.flatMap((input) => runRule(rule, input, profile));
        assert.ok(findings.length > 0, `${rule.id} (${profile}) never fired`);
        for (const found of findings) {
          assert.equal(found.rule, rule.id);
          assert.ok(messageWords(found.message) < 15, `${rule.id}: "${found.message}"`);
          assert.ok(found.message.trim().length > 0 && /[.?]$/u.test(found.message), `${rule.id}: "${found.message}"`);
          assert.match(found.why, /guidance|standard/iu, `${rule.id}: "${found.why}"`);
          for (const suggestion of found.suggestions) assert.ok(suggestion.label.length > 0, rule.id);
        }
      }
    }
  });

  it('keeps every finding inside its block', () => {
    for (const input of corpus) {
      for (const profile of profiles) {
        for (const rule of structureRules) {
          for (const found of runRule(rule, input, profile)) {
            const length = found.block === -1 ? 0 : (input.blocks?.[found.block]?.text.length ?? -1);
            assert.ok(found.from >= 0 && found.from <= found.to && found.to <= length, `${rule.id} ${JSON.stringify(found)}`);
          }
        }
      }
    }
  });

  it('never throws on odd text, and gives nothing for empty text', () => {
    const odd = [
      '',
      ' ',
      '\n\n',
      '.',
      '...',
      '()',
      '((((',
      ')))',
      '& / ; # * + < >',
      '––––',
      '1/',
      '/1',
      '0.',
      '.0',
      '12:',
      '99:99',
      '31/31/31',
      'Ⅻ ½ ¾ ⅞',
      '👩‍⚕️ 💊',
      '\u200b\ufffc',
      'a'.repeat(5000),
    ];
    const kinds: readonly CheckBlock['kind'][] = ['title', 'heading', 'paragraph', 'list-item', 'row-text', 'hard-word-term', 'hard-word-meaning', 'contact'];
    for (const rule of structureRules) {
      for (const text of odd) {
        const blocks = kinds.map((kind) => block(kind, text, {row: 0, list: {ordered: false, index: 0, size: 1}, level: 3}));
        for (const profile of profiles) {
          const findings = runRule(rule, {blocks, rows: [{picture: null}]}, profile);
          if (text === '' && rule.scope === 'block') assert.deepEqual(findings, [], rule.id);
        }
      }
    }
  });

  it('runs in about linear time on long, hostile text', () => {
    const hostile = [
      '1.'.repeat(20_000),
      '1-'.repeat(20_000),
      '1/'.repeat(20_000),
      '1,'.repeat(20_000),
      ', and'.repeat(8_000),
      'one '.repeat(10_000),
      '(a'.repeat(10_000),
      `${'word '.repeat(2_000)}.`,
    ];
    const blocks = hostile.map((text) => para(text));
    const started = performance.now();
    for (const rule of structureRules) runRule(rule, {blocks, rows: []}, 'easy-read');
    const elapsed = performance.now() - started;
    // Generous: the machine is shared. A quadratic rule would take minutes here.
    assert.ok(elapsed < 15_000, `took ${Math.round(elapsed)}ms`);
  });

  it('accepts organisation settings of the same types as the defaults', () => {
    const org = parseOrgSettings(
      {
        profiles: {
          'easy-read': {rules: {times: {allow24Hour: true}, percentages: {severity: 'warning'}, 'special-characters': {symbols: '&'}}},
          plain: {rules: {'hyphens-dashes': {enabled: true}, 'document-length': {enabled: true, maxWords: 10}}},
        },
      },
      structureRules
    );
    const profile = resolveProfile('easy-read', org);
    const text = 'About 25% close at 17:00; sorry.';
    const sentences = splitSentences(text);
    const run = (rule: RuleDefinition) =>
      rule.scope === 'block' ? rule.check({block: para(text), sentences, profile, settings: profile.settings(rule)}) : [];
    const found = structureRules.flatMap(run).map((f) => [f.rule, f.severity]);
    assert.deepEqual(found, [['percentages', 'warning']]);
    assert.throws(() => parseOrgSettings({profiles: {plain: {rules: {times: {allow24Hour: 'yes'}}}}}, structureRules));
  });

  it('lets an organisation override a threshold', () => {
    const text = 'Take your tablets with food and drink a glass of water every single morning.';
    assert.equal(runBlock(sentenceLength, text).length, 0);
    const strict = runBlock(sentenceLength, text, {overrides: {'sentence-length': {warn: 10}}});
    assert.equal(strict[0]?.message, 'This sentence has 14 words. Try 10 or fewer.');
  });
});
