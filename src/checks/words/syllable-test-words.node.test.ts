import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {syllables} from '../syllables.js';
import {syllableTestWords} from './syllable-test-words.js';

/** The counter's accuracy on the list when the floor was set (888 of 946 words, 93.9%). */
const FLOOR = 0.93;

describe('syllable test words', () => {
  it('list at least 500 lower-case words with counts of 1 or more', () => {
    assert.ok(syllableTestWords.size >= 500, `only ${syllableTestWords.size} words`);
    for (const [word, count] of syllableTestWords) {
      assert.match(word, /^[a-z]+$/, word);
      assert.ok(Number.isInteger(count) && count >= 1 && count <= 8, `${word}: ${count}`);
    }
  });

  it('include the known-hard words', () => {
    const expect: Record<string, number> = {ninety: 2, baseline: 2, ideal: 3, monoamine: 4, create: 2, fluid: 2, medicine: 3};
    for (const [word, count] of Object.entries(expect)) assert.equal(syllableTestWords.get(word), count, word);
  });

  it(`are counted right by the syllable counter at least ${FLOOR * 100}% of the time`, (t) => {
    const wrong: string[] = [];
    for (const [word, count] of syllableTestWords) {
      const counted = syllables(word);
      if (counted !== count) wrong.push(`${word} ${count}≠${counted}`);
    }
    const accuracy = 1 - wrong.length / syllableTestWords.size;
    t.diagnostic(`syllable accuracy ${(accuracy * 100).toFixed(1)}% (${syllableTestWords.size - wrong.length}/${syllableTestWords.size})`);
    if (wrong.length > 0) t.diagnostic(`wrong (expected≠counted): ${wrong.join(', ')}`);
    assert.ok(accuracy >= FLOOR, `accuracy ${(accuracy * 100).toFixed(1)}% is below ${FLOOR * 100}%`);
  });
});
