import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {boldForKeyWords} from './bold-for-key-words.js';
import {noItalics} from './no-italics.js';
import {noUnderline} from './no-underline.js';
import {block, heading, para, runBlock, runDocument, runsFor} from './structure-test-context.js';

const text = 'Take your tablets with food every day.';

describe('no-italics', () => {
  it('is an error on an italic run in easy read', () => {
    const italic = para(text, {runs: runsFor(text, 'italic', 'with food')});
    assert.deepEqual(runBlock(noItalics, italic), [
      {
        rule: 'no-italics',
        severity: 'error',
        message: 'Do not use italics. They are hard to read.',
        why: 'NHS and easy read guidance: do not use italics.',
        from: 18,
        to: 27,
        suggestions: [],
      },
    ]);
    assert.equal(runBlock(noItalics, italic, {profile: 'plain'})[0]?.severity, 'warning');
  });

  it('ignores other formats, blank italic runs and plain text', () => {
    assert.deepEqual(runBlock(noItalics, para(text, {runs: runsFor(text, 'bold', 'food')})), []);
    assert.deepEqual(runBlock(noItalics, para('a  b', {runs: [{from: 1, to: 3, format: 'italic'}]})), []);
    assert.deepEqual(runBlock(noItalics, ''), []);
  });
});

describe('no-underline', () => {
  it('is an error on underlined text that is not a link', () => {
    const underlined = para(text, {runs: runsFor(text, 'underline', 'tablets')});
    assert.deepEqual(runBlock(noUnderline, underlined), [
      {
        rule: 'no-underline',
        severity: 'error',
        message: 'Do not underline words. People may think it is a link.',
        why: 'NHS and easy read guidance: only underline links.',
        from: 10,
        to: 17,
        suggestions: [],
      },
    ]);
  });

  it('allows an underlined link, and reports only the part outside a link', () => {
    const link = para(text, {runs: [...runsFor(text, 'link', 'tablets'), ...runsFor(text, 'underline', 'tablets')]});
    assert.deepEqual(runBlock(noUnderline, link), []);
    const partly = para(text, {runs: [...runsFor(text, 'underline', 'your tablets'), ...runsFor(text, 'link', 'tablets')]});
    assert.deepEqual(
      runBlock(noUnderline, partly).map((f) => text.slice(f.from, f.to)),
      ['your ']
    );
  });
});

describe('bold-for-key-words', () => {
  const filler = 'Your nurse will see you at the clinic on the day and check how you are feeling now.';

  it('warns on a bold run of more than 3 words in easy read', () => {
    const bold = para(text, {runs: runsFor(text, 'bold', 'your tablets with food')});
    assert.deepEqual(runDocument(boldForKeyWords, {blocks: [bold, para(filler), para(filler)]}), [
      {
        rule: 'bold-for-key-words',
        severity: 'warning',
        message: 'Only bold a few key words, not 4 words.',
        why: 'Easy read guidance: use bold for a few key or hard words only.',
        block: 0,
        from: 5,
        to: 27,
        suggestions: [],
      },
    ]);
  });

  it('allows a few bold key words in easy read', () => {
    const bold = para(text, {runs: runsFor(text, 'bold', 'tablets')});
    assert.deepEqual(runDocument(boldForKeyWords, {blocks: [bold, para(filler)]}), []);
  });

  it('warns on the document when more than 10% of body words are bold', () => {
    const blocks = [0, 1, 2].map(() => para(text, {runs: runsFor(text, 'bold', 'tablets', 'food')}));
    const found = runDocument(boldForKeyWords, {blocks});
    assert.deepEqual(
      found.map((f) => [f.block, f.message]),
      [[-1, 'Too much bold text: 6 of 21 words. Bold only key words.']]
    );
  });

  it('warns on any bold in plain English', () => {
    const bold = para(text, {runs: runsFor(text, 'bold', 'tablets')});
    assert.deepEqual(
      runDocument(boldForKeyWords, {blocks: [bold]}, {profile: 'plain'}).map((f) => f.message),
      ['Do not use bold to make words stand out.']
    );
  });

  it('does not count bold glossary terms or headings', () => {
    const term = block('hard-word-term', 'Haemorrhoids are very sore', {runs: [{from: 0, to: 26, format: 'bold'}]});
    const title = heading('What to bring with you today');
    const blocks = [term, {...title, runs: [{from: 0, to: 28, format: 'bold' as const}]}, para(filler)];
    assert.deepEqual(runDocument(boldForKeyWords, {blocks}), []);
    assert.deepEqual(runDocument(boldForKeyWords, {blocks}, {profile: 'plain'}), []);
    assert.deepEqual(runDocument(boldForKeyWords, {blocks: []}), []);
  });
});
