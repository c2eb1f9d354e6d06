import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {countWords, patientText, seededRandom} from './bench-text.js';

describe('patientText', () => {
  it('gives the same text for the same size and seed', () => {
    assert.equal(patientText(2_000, 3), patientText(2_000, 3));
  });

  it('gives different text for a different seed', () => {
    assert.notEqual(patientText(2_000, 3), patientText(2_000, 4));
  });

  for (const words of [1_000, 10_000, 100_000]) {
    it(`produces ${words} words, give or take 5%`, () => {
      const count = countWords(patientText(words));
      assert.ok(Math.abs(count - words) <= words * 0.05, `${count} words`);
    });
  }

  it('lays out sections of a heading and paragraphs, with a blank line between sections', () => {
    const sections = patientText(3_000).trimEnd().split('\n\n');
    assert.ok(sections.length > 5);
    for (const section of sections) {
      const [heading, ...paragraphs] = section.split('\n');
      assert.ok(heading && !/[.!?]$/.test(heading), `heading: ${heading}`);
      assert.ok(paragraphs.length > 0 && paragraphs.every((line) => /[.!?]$/.test(line)));
    }
  });

  it('mixes short and long sentences, numbers and jargon', () => {
    const text = patientText(5_000);
    const sentences = text.split('\n').flatMap((line) => line.match(/[^.!?]+[.!?]/g) ?? []);
    const lengths = sentences.map(countWords);
    assert.ok(lengths.some((length) => length <= 6));
    assert.ok(lengths.some((length) => length >= 25));
    assert.match(text, /\d/);
    assert.match(text, /contraindications|comorbidities|prophylactic/);
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for the same seed and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const values = Array.from({length: 100}, () => a());
    assert.deepEqual(values, Array.from({length: 100}, () => b()));
    assert.ok(values.every((value) => value >= 0 && value < 1));
  });
});
