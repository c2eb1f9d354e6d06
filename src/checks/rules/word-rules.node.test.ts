import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {describe, it} from 'node:test';
import {createChecker} from '../checker.js';
import type {BlockRule, DocumentRule} from '../rule.js';
import type {CheckBlock, Finding, ProfileName} from '../types.js';
import {bold, hardWordBox, heading, para, runBlockRule, runDocumentRule} from './test-context.js';
import {messageWordCount} from './word-rule-support.js';
import {wordRules} from './word-rules.js';

const ids = [
  'difficult-words', 'long-words', 'latin-foreign-shortforms', 'contractions', 'wordy-phrases', 'metaphor-idiom',
  'no-all-caps', 'passive-voice', 'negatives', 'double-negatives', 'vague-quantities', 'nominalisations',
  'pronoun-reference', 'simple-tense', 'abbreviations', 'medical-jargon-explained', 'define-at-first-use',
  'glossary-consistency', 'address-reader-as-you', 'consistent-terms', 'checkers-found-hard',
];

/** What the organisation's checkers found hard, so checkers-found-hard speaks too. */
const words = {checkersFoundHard: [{word: 'organisation', count: 2, instead: 'group'}]};

const boldText = 'The nurse takes a biopsy and does an ultrasound scan.';

/** Text that makes every word rule speak, with long words in the places messages quote. */
const corpus: readonly CheckBlock[] = [
  heading('ABOUT YOUR HEART'),
  para('Patients should accompany the individual to the emergency department. Then go to A&E.'),
  para('You had a myocardial infarction and deep vein thrombosis. It is not uncommon.'),
  para('The SLDP and PALS teams will help. In the vast majority of cases it is important to note that you rest.'),
  para("You can't drive. You'd feel under the weather, e.g. tired, dizzy, etc. Take diuretics per annum."),
  para('Some people burn the candle at both ends. Come back soon. After completion of the form, make a decision.'),
  para('It would have been treated. The tablets were not taken. You cannot go without a letter.'),
  para('Concentration, communication and organisation matter a lot. Please DO NOT drive. URGENT.'),
  para('Take your medicine. Take your tablets. See your doctor. Ask your GP or physician.'),
  para('You have hypertension. Rest often. Hypertension means high blood pressure.'),
  heading('Next'),
  para('They will phone you.'),
  para(boldText, bold(boldText, 'biopsy', 'ultrasound scan')),
  ...hardWordBox('Biopsy', 'A tiny piece of skin is taken for testing.'),
  ...hardWordBox('Cardiomyopathy', ''),
];

function runAll(profile: ProfileName): Finding[] {
  const out: Finding[] = [];
  for (const rule of wordRules) {
    if (rule.scope === 'document') out.push(...runDocumentRule(rule, corpus, {profile, words}));
    else corpus.forEach((item, index) => out.push(...runBlockRule(rule, item, {profile, words}).map((found) => ({...found, block: index}))));
  }
  return out;
}

describe('word rules', () => {
  it('are the 21 word rules, each in a file named by its id', () => {
    assert.deepEqual(wordRules.map((rule) => rule.id).sort(), [...ids].sort());
    for (const id of ids) assert.ok(existsSync(new URL(`./${id}.ts`, import.meta.url)), `${id}.ts`);
  });

  it('have a description and defaults for both profiles', () => {
    for (const rule of wordRules) {
      assert.ok(rule.description.length > 0, rule.id);
      for (const profile of ['easy-read', 'plain'] as const) {
        assert.equal(typeof rule.defaults[profile].enabled, 'boolean', `${rule.id} ${profile}`);
      }
    }
  });

  it('return nothing for empty text', () => {
    for (const rule of wordRules) {
      if (rule.scope === 'document') {
        assert.deepEqual(runDocumentRule(rule as DocumentRule, []), [], rule.id);
        assert.deepEqual(runDocumentRule(rule as DocumentRule, ['']), [], rule.id);
      } else {
        assert.deepEqual(runBlockRule(rule as BlockRule, ''), [], rule.id);
      }
    }
  });

  for (const profile of ['easy-read', 'plain'] as const) {
    it(`keep every message under 15 words, with a why line and valid fixes (${profile})`, () => {
      const findings = runAll(profile);
      const spoken = new Set(findings.map((item) => item.rule));
      if (profile === 'easy-read') assert.deepEqual([...ids].filter((id) => !spoken.has(id)), [], 'rules the corpus did not trigger');
      for (const item of findings) {
        assert.ok(messageWordCount(item.message) < 15, `${item.rule}: "${item.message}" has ${messageWordCount(item.message)} words`);
        assert.ok(item.why.length > 0, `${item.rule} has no why`);
        assert.ok(item.from <= item.to, `${item.rule}: from after to`);
        if (item.block >= 0) assert.ok(item.to <= (corpus[item.block]?.text.length ?? 0), `${item.rule}: past the block end`);
        for (const fix of item.suggestions) assert.ok(fix.label.length > 0 && typeof fix.replacement === 'string', item.rule);
      }
    });
  }

  it('run inside the engine', () => {
    const result = createChecker({rules: wordRules}).check({blocks: corpus, rows: [], details: {}});
    const rules = new Set(result.findings.map((item) => item.rule));
    for (const id of ['difficult-words', 'abbreviations', 'consistent-terms', 'glossary-consistency']) assert.ok(rules.has(id), id);
  });

  it('check a long document quickly (no quadratic scans)', () => {
    const sentences = [
      'You can take 2 tablets of paracetamol every day to help with pain.',
      'Please assist the nurse and purchase your medicine at the pharmacy.',
      'It is not uncommon to feel under the weather after the operation.',
      'The physician will discuss your hypertension at the appointment.',
    ];
    const blocks = Array.from({length: 400}, (_, i) => para(`${sentences[i % 4]} ${sentences[(i + 1) % 4]}`));
    const checker = createChecker({rules: wordRules});
    const input = {blocks, rows: [], details: {}};
    checker.check(input);
    const start = performance.now();
    const result = checker.check({...input, blocks: blocks.map((item, i) => (i === 7 ? para(`${item.text} Extra.`) : item))});
    const elapsed = performance.now() - start;
    assert.ok(result.findings.length > 0);
    // About 9,000 words: a re-check after one edit runs the document rules over all of it.
    assert.ok(elapsed < 500, `re-check took ${elapsed.toFixed(0)}ms`);
  });
});
