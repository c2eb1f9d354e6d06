import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {libraryScorer} from './readability-adapter.js';
import type {Profile} from './rule.js';
import {countBlock, scoreCounts} from './scores.js';
import {splitSentences} from './segment.js';

const profile: Profile = {
  name: 'easy-read',
  readingAgeTarget: 9,
  settings: () => ({enabled: true}),
  words: {allowed: new Set(), replace: new Map(), mustExplain: new Set(), checkersFoundHard: new Map()},
};

/**
 * Clean text for a fair comparison: no abbreviations, digits, hyphens or contractions, and
 * no sentence of two words or fewer, so text-readability's known faults do not apply.
 */
const CLEAN = [
  'Your doctor wants you to have a blood test at the hospital.',
  'The test tells us how well your kidneys are working.',
  'A nurse will take a small amount of blood from your arm.',
  'It only takes a few minutes and it does not hurt much.',
  'You can eat and drink as normal before the test.',
  'Please bring a list of all the medicines you take.',
  'Tell the nurse if you feel faint when you see blood.',
  'You can bring a friend or a carer with you if you want.',
  'We will send the results to your doctor within one week.',
  'Your doctor will call you to talk about what the results mean.',
  'If you cannot come to your appointment please call us as soon as you can.',
  'We can give your appointment to someone else who needs it.',
  'Ask us if you need help to get to the hospital.',
  'Some people can get free transport to their appointment.',
  'Our staff are happy to answer any questions you have about the test.',
].join(' ');

describe('readability cross-check with text-readability', () => {
  it('agrees with our scores within a few points on long clean text', async () => {
    const library = await libraryScorer();
    const theirs = library(CLEAN);
    const ours = scoreCounts(countBlock(splitSentences(CLEAN), profile), profile);
    assert.equal(theirs.sentences, ours.sentences);
    assert.equal(theirs.words, ours.words);
    // Their rounding before the formula moves reading ease by up to about 4.2 points.
    assert.ok(Math.abs(theirs.fleschReadingEase - ours.fleschReadingEase) < 5, `FRE ${theirs.fleschReadingEase} vs ${ours.fleschReadingEase}`);
    assert.ok(Math.abs(theirs.fleschKincaidGrade - ours.fleschKincaidGrade) < 1, `FKGL ${theirs.fleschKincaidGrade} vs ${ours.fleschKincaidGrade}`);
    assert.ok(Math.abs(theirs.smog - ours.smog) < 1, `SMOG ${theirs.smog} vs ${ours.smog}`);
  });

  it('keeps short sentences that text-readability drops', async () => {
    const library = await libraryScorer();
    const text = 'Stop now. Sit down. Rest here for a while.';
    assert.equal(library(text).sentences, 1);
    assert.equal(splitSentences(text).length, 3);
  });

  it('leaves the global Math as it found it', async () => {
    const before = Object.getOwnPropertyNames(Math).sort();
    const library = await libraryScorer();
    library(CLEAN);
    assert.deepEqual(Object.getOwnPropertyNames(Math).sort(), before);
    assert.equal('copySign' in Math, false);
    assert.equal('legacyRound' in Math, false);
  });
});
