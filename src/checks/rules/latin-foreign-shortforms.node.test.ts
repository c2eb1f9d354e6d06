import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {latinForeignShortforms} from './latin-foreign-shortforms.js';
import {flagged, runBlockRule} from './test-context.js';

const fixes = (text: string, options = {}) =>
  runBlockRule(latinForeignShortforms, text, options).map((item) => [text.slice(item.from, item.to), item.suggestions.map((fix) => fix.replacement)]);

describe('latin-foreign-shortforms', () => {
  it('flags "e.g." and offers "for example"', () => {
    assert.deepEqual(runBlockRule(latinForeignShortforms, 'Eat fruit, e.g. apples.'), [
      {
        rule: 'latin-foreign-shortforms',
        severity: 'warning',
        message: 'Write “for example”, not “e.g.”.',
        why: 'NHS content guide: write "for example", not "eg", "ie" or "etc".',
        from: 11,
        to: 15,
        suggestions: ['for example', 'such as', 'like'].map((plain) => ({label: `Write “${plain}”`, replacement: plain})),
      },
    ]);
  });

  it('replaces "i.e." with "that is", keeping a capital', () => {
    assert.deepEqual(fixes('I.e. now.'), [['I.e.', ['That is', 'That means']]]);
    assert.deepEqual(fixes('Take it once, ie in the morning.'), [['ie', ['that is', 'that means']]]);
  });

  it('replaces or removes "etc." with its comma, keeping the full stop', () => {
    assert.deepEqual(fixes('Bring apples, pears, etc. Then go home.'), [[', etc.', [' and so on.', '.']]]);
    assert.deepEqual(fixes('Bring apples etc. to the clinic.'), [[' etc.', [' and so on', '']]]);
  });

  it('flags other Latin and prescription short forms', () => {
    const text = 'NB: take 1 tablet tds, ad hoc, per annum, vs the old one.';
    assert.deepEqual(flagged(text, runBlockRule(latinForeignShortforms, text)), ['NB', 'tds', 'ad hoc', 'per annum', 'vs']);
    assert.deepEqual(fixes('NB: bring this.')[0], ['NB', ['Note', 'Please note']]);
  });

  it('flags a unit written straight after its number, with a space in the fix', () => {
    assert.deepEqual(fixes('Take 20mg or 5ml.'), [['mg', [' milligrams']], ['ml', [' millilitres']]]);
    assert.deepEqual(fixes('Take 20 milligrams. See www.example.com/20mg today.'), []);
  });

  it('flags "per" only in plain English', () => {
    assert.deepEqual(fixes('Take 2 per day.'), []);
    assert.deepEqual(fixes('Take 2 per day.', {profile: 'plain'}), [['per', ['a', 'each']]]);
  });

  it('does not flag ordinary words, URLs or allowed forms', () => {
    for (const text of ['We need eggs and tea.', 'The vicar visited.', 'Go to www.via.org.uk today.', 'Cetera is a name.', '']) {
      assert.deepEqual(fixes(text), [], text);
    }
    assert.deepEqual(fixes('Travel via the bus.', {words: {allowed: ['via']}}), []);
  });
});
