import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {longWords} from './long-words.js';
import {flagged, runBlockRule} from './test-context.js';

describe('long-words', () => {
  it('points out a word of 3 or more syllables', () => {
    assert.deepEqual(runBlockRule(longWords, 'We will send the documentation.'), [
      {
        rule: 'long-words',
        severity: 'info',
        message: '“documentation” is a long word. Try a shorter one.',
        why: 'Scottish Government readability standard: avoid words of 3 syllables or more.',
        from: 17,
        to: 30,
        suggestions: [],
      },
    ]);
  });

  it('warns about a sentence with more than 2 long words', () => {
    const text = 'Concentration, communication and organisation matter.';
    const findings = runBlockRule(longWords, text);
    assert.deepEqual(flagged(text, findings), ['Concentration', 'communication', 'organisation', text]);
    assert.equal(findings[3]?.severity, 'warning');
    assert.equal(findings[3]?.message, 'This sentence has 3 long words. Try shorter words.');
  });

  it('does not flag familiar long words, standard endings, names or abbreviations', () => {
    for (const text of [
      'Go to the hospital for your appointment.',
      'Remember to take your medicine together with everyone.',
      'We reminded you. It is unhealthy.',
      'Sunderland Royal Hospital is near Newcastle.',
      'Ask about COPD.',
      '',
    ]) {
      assert.deepEqual(runBlockRule(longWords, text), [], text);
    }
  });

  it('leaves words from the hard word list to difficult-words', () => {
    assert.deepEqual(runBlockRule(longWords, 'We will demonstrate it.'), []);
  });

  it('respects organisation-allowed words and is off in plain English', () => {
    assert.deepEqual(runBlockRule(longWords, 'We will send the documentation.', {words: {allowed: ['documentation']}}), []);
    assert.equal(longWords.defaults.plain.enabled, false);
    assert.deepEqual(runBlockRule(longWords, 'We will send the documentation.', {profile: 'plain'}), []);
  });
});
