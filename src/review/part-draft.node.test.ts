import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {answerFrom, draftFrom, emptyDraft, toggleWord, withMeaning, wordsOf} from './part-draft.js';

describe('part drafts', () => {
  it('splits a part’s text into words with their offsets', () => {
    assert.deepEqual(wordsOf('Don’t eat, 2 hours.'), [
      {word: 'Don’t', start: 0, end: 5},
      {word: 'eat', start: 6, end: 9},
      {word: '2', start: 11, end: 12},
      {word: 'hours', start: 13, end: 18},
    ]);
    assert.deepEqual(wordsOf(''), []);
  });

  it('has nothing to save until "Do you understand this?" is answered', () => {
    const [word] = wordsOf('Fasting before');
    assert.equal(answerFrom(toggleWord(emptyDraft, word!)), undefined);
  });

  it('marks and unmarks hard words in text order, with what they mean', () => {
    const [fasting, before] = wordsOf('Fasting before the test');
    let draft = toggleWord(toggleWord({...emptyDraft, understood: 'not-sure'}, before!), fasting!);
    draft = withMeaning(draft, 0, '  not eating ');
    assert.deepEqual(answerFrom(draft), {
      understood: 'not-sure',
      hardWords: [
        {word: 'Fasting', start: 0, end: 7, meaning: 'not eating'},
        {word: 'before', start: 8, end: 14},
      ],
    });
    assert.deepEqual(answerFrom(toggleWord(draft, before!))!.hardWords, [{word: 'Fasting', start: 0, end: 7, meaning: 'not eating'}]);
  });

  it('round-trips an answer the server has', () => {
    const answer = {understood: 'no', pictureHelps: 'yes', comment: 'Too long', hardWords: [{word: 'test', start: 4, end: 8}]} as const;
    assert.deepEqual(answerFrom(draftFrom(answer)), answer);
    assert.deepEqual(draftFrom(null), emptyDraft);
  });
});
