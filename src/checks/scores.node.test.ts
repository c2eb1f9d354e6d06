import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {Profile} from './rule.js';
import {countBlock, scoreCounts, type Counts} from './scores.js';
import {splitSentences} from './segment.js';

/** A profile built by hand, so these tests do not depend on any rule. */
function profile(readingAgeTarget = 9, allowed: readonly string[] = []): Profile {
  return {
    name: readingAgeTarget === 9 ? 'easy-read' : 'plain',
    readingAgeTarget,
    settings: () => ({enabled: true}),
    words: {allowed: new Set(allowed), replace: new Map(), mustExplain: new Set(), checkersFoundHard: new Map()},
  };
}

function close(actual: number, expected: number, label: string): void {
  assert.ok(Math.abs(actual - expected) < 1e-9, `${label}: ${actual} is not ${expected}`);
}

function counts(words: number, sentences: number, syllables: number, polysyllables: number, hardWords = 0): Counts {
  return {words, sentences, syllables, polysyllables, hardWords, foreignWords: 0};
}

const SAMPLE =
  'Take one tablet by mouth twice a day with food. Call your doctor if you feel dizzy or sick. ' +
  'Do not drive after you take this medicine. Keep all your appointments at the hospital so we can check your blood pressure.';

describe('scoreCounts', () => {
  it('computes every formula from the counts', () => {
    // 20 words, 2 sentences, 30 syllables, 3 polysyllables, 2 hard words.
    // words/sentence = 10; syllables/word = 1.5
    // FRE  = 206.835 - 1.015*10 - 84.6*1.5 = 206.835 - 10.15 - 126.9 = 69.785
    // FKGL = 0.39*10 + 11.8*1.5 - 15.59 = 3.9 + 17.7 - 15.59 = 6.01
    // SMOG = 1.0430*sqrt(3*30/2) + 3.1291 = 1.043*sqrt(45) + 3.1291 = 1.043*6.7082039325 + 3.1291 = 10.1257567016
    // reading age = 6.01 + 5 = 11.01; hard word share = 2/20 = 0.1
    const scores = scoreCounts(counts(20, 2, 30, 3, 2), profile());
    close(scores.fleschReadingEase, 69.785, 'FRE');
    close(scores.fleschKincaidGrade, 6.01, 'FKGL');
    close(scores.smog, 1.043 * Math.sqrt(45) + 3.1291, 'SMOG');
    close(scores.smog, 10.1257567016, 'SMOG by hand');
    close(scores.readingAge, 11.01, 'reading age');
    close(scores.averageSentenceLength, 10, 'average sentence length');
    close(scores.hardWordShare, 0.1, 'hard word share');
    assert.deepEqual(
      [scores.words, scores.sentences, scores.syllables, scores.polysyllables, scores.meetsTarget, scores.verdict],
      [20, 2, 30, 3, false, 'Hard to read']
    );
  });

  it('does not round before the formulas', () => {
    // The text-readability sample: 41 words, 4 sentences, 52 syllables, 3 polysyllables.
    // words/sentence = 10.25; syllables/word = 52/41 = 1.26829268293
    // FRE  = 206.835 - 10.40375 - 84.6*1.26829268293 = 206.835 - 10.40375 - 107.297560976 = 89.133689024
    //        (text-readability rounds 1.268 to 1.3 and 10.25 to 10.3 first and gets 86.4)
    // FKGL = 3.9975 + 14.9658536585 - 15.59 = 3.3733536585 (text-readability: 3.8)
    // SMOG = 1.043*sqrt(3*30/4) + 3.1291 = 1.043*4.74341649 + 3.1291 = 8.076483399
    const scores = scoreCounts(counts(41, 4, 52, 3), profile());
    close(scores.fleschReadingEase, 89.133689024, 'FRE');
    close(scores.fleschKincaidGrade, 3.3733536585, 'FKGL');
    assert.ok(Math.abs(scores.smog - 8.076483399) < 1e-8, `SMOG ${scores.smog}`);
    close(scores.readingAge, 8.3733536585, 'reading age');
    assert.equal(scores.verdict, 'Easy to read');
    assert.equal(scores.meetsTarget, true);
  });

  it('judges against the profile target', () => {
    // 24 words, 4 sentences, 30 syllables: FKGL = 0.39*6 + 11.8*1.25 - 15.59 = 2.34 + 14.75 - 15.59 = 1.5
    // FRE = 206.835 - 6.09 - 105.75 = 94.995; reading age 6.5 meets both targets.
    const easy = scoreCounts(counts(24, 4, 30, 0), profile());
    close(easy.fleschKincaidGrade, 1.5, 'FKGL');
    close(easy.fleschReadingEase, 94.995, 'FRE');
    close(easy.smog, 3.1291, 'SMOG with no polysyllables');
    assert.equal(easy.verdict, 'Easy to read');
    // Reading age 11.01 (first test) is over both 9 and 11; 10 words, 1 sentence, 15 syllables:
    // FKGL = 3.9 + 17.7 - 15.59 = 6.01 → reading age 11.01 > 11, so plain English misses too.
    assert.equal(scoreCounts(counts(10, 1, 15, 0), profile(11)).verdict, 'Hard to read');
    // 10 words, 1 sentence, 14 syllables: FKGL = 3.9 + 16.52 - 15.59 = 2.83 → 7.83: easy for both.
    assert.equal(scoreCounts(counts(10, 1, 14, 0), profile(11)).meetsTarget, true);
  });

  it('clamps reading ease to 0…100 and the grade to 0 or more', () => {
    // "Stop." 1 word, 1 sentence, 1 syllable: FRE = 206.835 - 1.015 - 84.6 = 121.22 → 100;
    // FKGL = 0.39 + 11.8 - 15.59 = -3.4 → 0, so the reading age is 5.
    const short = scoreCounts(counts(1, 1, 1, 0), profile());
    assert.equal(short.fleschReadingEase, 100);
    assert.equal(short.fleschKincaidGrade, 0);
    assert.equal(short.readingAge, 5);
    assert.equal(short.verdict, 'Not enough text yet');
    assert.equal(short.meetsTarget, false);
    // 10 words, 1 sentence, 40 syllables: FRE = 206.835 - 10.15 - 338.4 = -141.715 → 0;
    // FKGL = 3.9 + 47.2 - 15.59 = 35.51 (no upper clamp).
    const hard = scoreCounts(counts(10, 1, 40, 10), profile());
    assert.equal(hard.fleschReadingEase, 0);
    close(hard.fleschKincaidGrade, 35.51, 'FKGL');
  });

  it('gives zeros, never NaN or 206.8, for no text', () => {
    const empty = scoreCounts(counts(0, 0, 0, 0), profile());
    for (const value of Object.values(empty)) if (typeof value === 'number') assert.equal(value, 0);
    assert.equal(empty.verdict, 'Not enough text yet');
    assert.equal(empty.meetsTarget, false);
    const noSentences = scoreCounts(counts(3, 0, 3, 0), profile());
    assert.ok(Object.values(noSentences).every((value) => typeof value !== 'number' || Number.isFinite(value)));
  });

  it('says "Not enough text yet" under 10 words', () => {
    // 9 words, 3 sentences, 9 syllables: FKGL = 0.39*3 + 11.8 - 15.59 = -2.62 → 0.
    assert.equal(scoreCounts(counts(9, 3, 9, 0), profile()).verdict, 'Not enough text yet');
    assert.equal(scoreCounts(counts(10, 3, 10, 0), profile()).verdict, 'Easy to read');
  });
});

describe('countBlock', () => {
  it('counts the text-readability sample like the hand count', () => {
    // Syllables by hand: Take(1) one(1) tab-let(2) by(1) mouth(1) twice(1) a(1) day(1) with(1) food(1) = 11;
    // Call your doc-tor if you feel diz-zy or sick = 1+1+2+1+1+1+2+1+1 = 11;
    // Do not drive af-ter you take this med-i-cine = 1+1+1+2+1+1+1+3 = 11;
    // Keep all your ap-point-ments at the hos-pi-tal so we can check your blood pres-sure
    //   = 1+1+1+3+1+1+3+1+1+1+1+1+1+2 = 19; total 52. Polysyllables: medicine, appointments, hospital.
    // All three are familiar words on the built-in allow list, so there are no hard words.
    assert.deepEqual(countBlock(splitSentences(SAMPLE), profile()), {
      words: 41,
      sentences: 4,
      syllables: 52,
      polysyllables: 3,
      hardWords: 0,
      foreignWords: 0,
    });
  });

  it('counts hard words unless the organisation allows them', () => {
    // con-sul-ta-tion (4) and phy-si-o-ther-a-py (6) are hard; "NHS" (3) is an abbreviation, not a hard word.
    const sentences = splitSentences('Your consultation is about physiotherapy at the NHS.');
    assert.deepEqual(countBlock(sentences, profile()), {words: 8, sentences: 1, syllables: 19, polysyllables: 3, hardWords: 2, foreignWords: 0});
    assert.equal(countBlock(sentences, profile(9, ['physiotherapy'])).hardWords, 1);
  });

  it('counts a phone number, time and date as one word each and leaves symbols out', () => {
    // Call(1) 0800 123 4567(2) at(1) 5.30pm(2, spoken 5) on(1) 6 May(2) & (not a word) 😀 (not a word)
    const sentences = splitSentences('Call 0800 123 4567 at 5.30pm on 6 May & 😀');
    assert.deepEqual(countBlock(sentences, profile()), {words: 6, sentences: 1, syllables: 9, polysyllables: 0, hardWords: 0, foreignWords: 0});
  });

  it('counts a number, date, time or price as one word of at most 2 syllables', () => {
    // This(1) leaflet(2) was(1) written(2) in(1) May 2024(2, spoken 6)
    assert.equal(countBlock(splitSentences('This leaflet was written in May 2024.'), profile()).syllables, 9);
    for (const text of ['£1,250.75', '17:45', '2,500,000', '06/08/2026']) {
      assert.deepEqual(countBlock(splitSentences(text), profile()), {words: 1, sentences: 1, syllables: 2, polysyllables: 0, hardWords: 0, foreignWords: 0}, text);
    }
    assert.equal(countBlock(splitSentences('Take 2.'), profile()).syllables, 2);
  });

  it('keeps short sentences', () => {
    // Stop now. | Sit down. | Rest here for a while. → 3 sentences, 9 words.
    const result = countBlock(splitSentences('Stop now. Sit down. Rest here for a while.'), profile());
    assert.equal(result.sentences, 3);
    assert.equal(result.words, 9);
  });
});

describe('scores of text that is not English', () => {
  const score = (text: string) => scoreCounts(countBlock(splitSentences(text), profile()), profile());

  it('gives no scores, and says they are for English, for other scripts and for Welsh', () => {
    for (const text of [
      'مرحبا بكم في العيادة. يرجى إحضار رسالتك معك اليوم.',
      'שלום לכולם. בבקשה תביאו את המכתב שלכם היום.',
      'Пожалуйста, принесите своё письмо в клинику сегодня утром.',
      '请带上您的信。我们会在诊所见您。',
      'Mae eich apwyntiad yn y clinig. Dewch â chi gyda eich llythyr i’r ysbyty.',
    ]) {
      const result = score(text);
      assert.equal(result.verdict, 'Scores are for English text only', text);
      assert.deepEqual([result.readingAge, result.fleschReadingEase, result.smog, result.meetsTarget], [0, 0, 0, false], text);
    }
  });

  it('still scores English with a foreign name or word in it', () => {
    const result = score('Take your tablets with food. Ask Dr Müller or the nurse at Ysbyty Gwynedd if you feel ill. Cymru is lovely.');
    assert.notEqual(result.verdict, 'Scores are for English text only');
    assert.ok(result.readingAge > 0);
  });
});

describe('reading age', () => {
  it('stays between 5 and 21, however hard the text', () => {
    const word = 'ba'.repeat(100_000);
    const result = scoreCounts(countBlock(splitSentences(`Take the ${word} now.`), profile()), profile());
    assert.equal(result.readingAge, 21);
    assert.ok(result.fleschKincaidGrade + 5 > 21);
    assert.equal(scoreCounts(counts(10, 5, 10, 0), profile()).readingAge, 5);
  });
});
