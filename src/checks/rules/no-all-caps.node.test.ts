import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {noAllCaps} from './no-all-caps.js';
import {block, flagged, heading, runBlockRule} from './test-context.js';

describe('no-all-caps', () => {
  it('flags a word in capitals and offers normal letters', () => {
    assert.deepEqual(runBlockRule(noAllCaps, 'It is URGENT.'), [
      {
        rule: 'no-all-caps',
        severity: 'warning',
        message: '“URGENT” is in capitals. Use normal letters.',
        why: 'NHS content guide: we do not use block capitals. They are hard to read.',
        from: 6,
        to: 12,
        suggestions: [{label: 'Write “urgent”', replacement: 'urgent'}],
      },
    ]);
  });

  it('flags runs of capitals words, capitalising a sentence start', () => {
    const text = 'Please DO NOT drive. STOP taking it.';
    const findings = runBlockRule(noAllCaps, text);
    assert.deepEqual(flagged(text, findings), ['DO NOT', 'STOP']);
    assert.deepEqual(findings.map((item) => item.suggestions[0]?.replacement), ['do not', 'Stop']);
  });

  it('is an error for a whole line or heading in capitals, keeping abbreviations', () => {
    const [line] = runBlockRule(noAllCaps, 'CALL YOUR GP TODAY');
    assert.equal(line?.severity, 'error');
    assert.equal(line?.message, 'This line is all capitals. Use normal letters.');
    assert.equal(line?.suggestions[0]?.replacement, 'Call your GP today');
    const [title] = runBlockRule(noAllCaps, heading('YOUR MEDICINE'));
    assert.equal(title?.message, 'This heading is all capitals. Use normal letters.');
    assert.equal(title?.severity, 'error');
    const text = 'Take it with food.\nDO NOT DRIVE';
    assert.deepEqual(flagged(text, runBlockRule(noAllCaps, text)), ['DO NOT DRIVE']);
  });

  it('does not flag abbreviations, short capitals or allowed words', () => {
    for (const text of ['Call NHS 111 or go to A&E.', 'You have COPD.', 'Ask your GP.', 'NHS', 'Take 5 ML.', 'The OK sign.', '']) {
      assert.deepEqual(runBlockRule(noAllCaps, text), [], text);
    }
    assert.deepEqual(runBlockRule(noAllCaps, 'Ask SWIFT for help.', {words: {allowed: ['swift']}}), []);
    // A lone unknown word with no vowel looks like an abbreviation: that check reports it.
    assert.deepEqual(runBlockRule(noAllCaps, 'The SLDP team will help.'), []);
    // Nor does one that starts with letters no word starts with, even with a vowel.
    assert.deepEqual(runBlockRule(noAllCaps, 'You may need an SSRX or a CPAP machine.'), []);
    assert.equal(runBlockRule(noAllCaps, 'TAKE YOUR SSRX NOW')[0]?.suggestions[0]?.replacement, 'Take your SSRX now');
    assert.equal(runBlockRule(noAllCaps, 'It is STRONG.').length, 1);
    assert.deepEqual(runBlockRule(noAllCaps, block('contact', 'LEEDS LS1 4AP', {field: 'address'})), []);
  });
});
