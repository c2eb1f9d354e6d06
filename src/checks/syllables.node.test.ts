import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {isPolysyllable, syllables} from './syllables.js';

const table: readonly (readonly [string, number])[] = [
  // Health words, including ones the `syllable` package gets wrong on its own.
  ['hospital', 3], ['area', 3], ['areas', 3], ['diabetes', 4], ['anxiety', 4], ['medicine', 3],
  ['appointment', 3], ['medication', 4], ['prescription', 3], ['anaesthetic', 4], ['anesthetic', 4],
  ['anaesthesia', 4], ['anesthesia', 4], ['doctor', 2], ['nurse', 1], ['Hospital', 3],
  // Abbreviations count their letters; capitals used for emphasis count as words.
  ['ICU', 3], ['NHS', 3], ['GP', 2], ['GPs', 2], ['A&E', 3], ['COPD', 4], ['WWW', 9], ['U.K.', 2],
  ['COVID', 2], ['NICE', 1], ['CALL', 1], ['THE', 1],
  // Hyphenated words and contractions.
  ['x-ray', 2], ['follow-up', 3], ['COVID-19', 4], ['24-hour', 4], ["can't", 1], ['don’t', 1],
  // Numbers as spoken: 7 "se-ven", 25 "twen-ty-five", 105 "one hun-dred and five".
  ['7', 2], ['11', 3], ['25', 3], ['70', 3], ['105', 5], ['1,000', 3], ['1,250,000', 11],
  // Years: 1990 "nine-teen nine-ty", 2005 "two thou-sand five", 2024 "twen-ty twen-ty-four".
  ['1990', 4], ['2005', 4], ['2024', 5],
  // 111 "one one one"; 1.5 "one point five"; £10.50 "ten pounds fif-ty"; 25% "twen-ty-five per cent".
  ['111', 3], ['1.5', 3], ['£10.50', 4], ['25%', 5], ['5mg', 4], ['½', 2],
  // Times: "five thir-ty p m", "nine a m", "se-ven-teen hun-dred", "twelve thir-ty".
  ['5.30pm', 5], ['9am', 3], ['17:00', 5], ['12:30', 3],
  // Dates add their parts: 6 (1) + Au-gust (2) + twen-ty eigh-teen (4).
  ['6 August 2018', 7],
  // Phone numbers, URLs and emails count a fixed 2.
  ['0800 123 4567', 2], ['www.nhs.uk', 2], ['info@nhs.net', 2],
  // Symbols read aloud, other scripts, and nothing.
  ['&', 1], ['%', 2], ['😀', 1], ['日本語', 1], ['', 0], ['...', 0], ['blood test', 2],
];

describe('syllables', () => {
  for (const [word, expected] of table) {
    it(`counts ${JSON.stringify(word)} as ${expected}`, () => {
      assert.equal(syllables(word), expected);
    });
  }
});

describe('isPolysyllable', () => {
  it('is true from 3 syllables', () => {
    assert.equal(isPolysyllable('hospital'), true);
    assert.equal(isPolysyllable('area'), true);
    assert.equal(isPolysyllable('doctor'), false);
    assert.equal(isPolysyllable('GP'), false);
    assert.equal(isPolysyllable('NHS'), true);
    assert.equal(isPolysyllable(''), false);
  });
});

describe('syllables on hostile input', () => {
  it('counts a 100,000-letter word as a bounded number of syllables', () => {
    // How long it takes is for the linear-growth test in checker.fuzz.node.test.ts.
    assert.equal(syllables('x'.repeat(100_000)), 1);
    assert.equal(syllables('ba'.repeat(50_000)), 10);
  });

  it('counts the words the syllable package gets wrong the way dictionaries do', () => {
    const expected: Record<string, number> = {ninety: 2, baseline: 2, ideal: 3, monoamine: 4, nurses: 2, helped: 1, million: 2, unique: 2, society: 4, twentieth: 3};
    for (const [word, count] of Object.entries(expected)) assert.equal(syllables(word), count, word);
  });});
