import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {doubleNegatives} from './double-negatives.js';
import {negatives} from './negatives.js';
import {flagged, runBlockRule} from './test-context.js';

describe('negatives', () => {
  it('points out a sentence that says what not to do', () => {
    assert.deepEqual(runBlockRule(negatives, 'You should not drink alcohol.'), [
      {
        rule: 'negatives',
        severity: 'info',
        message: 'Try saying what to do, not what not to do.',
        why: 'Easy Read Standard: tell people what to do, not what not to do.',
        from: 11,
        to: 14,
        suggestions: [],
      },
    ]);
  });

  it('flags the first negative word of each sentence', () => {
    const text = 'There is no charge. You cannot park here. I do not understand it. You will not eat. If you are ill, you are not to drive.';
    assert.deepEqual(flagged(text, runBlockRule(negatives, text)), ['no', 'cannot', 'not', 'not', 'not']);
  });

  it('never flags a "Do not" safety instruction, "no" as an answer or a reassurance', () => {
    for (const text of [
      'Do not take 2 doses.',
      "Don't drive after taking it.",
      'If you feel dizzy, do not drive.',
      'Please do not eat before the test.',
      'Never share needles.',
      'Do not stop taking it unless your doctor says so.',
      'Take 1 tablet a day.',
      'You can say no.',
      'The answer is no.',
      'Your care will not change if you complain.',
      "It won't hurt.",
      '',
    ]) {
      assert.deepEqual(runBlockRule(negatives, text), [], text);
    }
  });

  it('is off in plain English by default', () => {
    assert.equal(negatives.defaults.plain.enabled, false);
  });
});

describe('double-negatives', () => {
  it('flags "not un…" and offers the positive word', () => {
    assert.deepEqual(runBlockRule(doubleNegatives, 'It is not uncommon.'), [
      {
        rule: 'double-negatives',
        severity: 'error',
        message: 'Two negatives together are hard to follow. Say it positively.',
        why: 'Plain language guidelines: two negatives make a sentence hard to follow.',
        from: 6,
        to: 18,
        suggestions: [{label: 'Write “common”', replacement: 'common'}],
      },
    ]);
  });

  it('turns "no fewer than" into "at least"', () => {
    const [found] = runBlockRule(doubleNegatives, 'Take no fewer than 2 tablets.');
    assert.equal(found?.message, 'Write “at least”, not “no fewer than”.');
    assert.deepEqual(found?.suggestions, [{label: 'Write “at least”', replacement: 'at least'}]);
  });

  it('flags two negatives in a clause, "not … unless" and "may not … until"', () => {
    const cases: Array<[string, string]> = [
      ['You cannot go without a letter.', 'cannot go without'],
      ['Do not stop taking it unless your doctor says so.', 'not stop taking it unless'],
      ['Do not stop taking it, unless your doctor says so.', 'not stop taking it, unless'],
      ['You may not eat until 6pm.', 'not eat until'],
      ['It is not impossible.', 'not impossible'],
    ];
    for (const [text, part] of cases) assert.deepEqual(flagged(text, runBlockRule(doubleNegatives, text)), [part], text);
  });

  it('is a warning in plain English', () => {
    assert.equal(runBlockRule(doubleNegatives, 'It is not unusual.', {profile: 'plain'})[0]?.severity, 'warning');
  });

  it('does not flag single negatives, "neither … nor" or look-alike words', () => {
    for (const text of [
      'Do not take 2 doses.',
      'Neither you nor your carer need to pay.',
      'It is not under the bed.',
      'I do not understand.',
      'Do not eat, but you can drink water. Nothing else is needed.',
      'Do not eat until after the test.',
      '',
    ]) {
      assert.deepEqual(runBlockRule(doubleNegatives, text), [], text);
    }
  });
});
