import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {fixTitleCase, headings, isAllCaps, sentenceCase} from './headings.js';
import {imageAltText} from './image-alt-text.js';
import {listLength} from './list-length.js';
import {pictureLeftTextRight} from './picture-left-text-right.js';
import {picturePerIdea} from './picture-per-idea.js';
import {heading, listItems, para, rowText, runDocument, title} from './structure-test-context.js';
import type {RowInfo} from '../types.js';

const picture = (alt: string, src = 'pictures/doctor.png'): RowInfo => ({picture: {src, alt}});

describe('picture-left-text-right', () => {
  it('warns on a row with no picture, at the start of its first block', () => {
    const blocks = [title('Your visit'), rowText('Come to the clinic.', 0), rowText('Bring a letter.', 1), rowText('More.', 1)];
    assert.deepEqual(runDocument(pictureLeftTextRight, {blocks, rows: [picture('A clinic'), {picture: null}]}), [
      {
        rule: 'picture-left-text-right',
        severity: 'warning',
        message: 'This row has no picture.',
        why: 'Easy read guidance: put a picture on the left of the words it supports.',
        block: 2,
        from: 0,
        to: 0,
        suggestions: [],
      },
    ]);
  });

  it('finds a row that starts with a list', () => {
    const blocks = [...listItems(['a', 'b'], false, {row: 0})];
    assert.equal(runDocument(pictureLeftTextRight, {blocks, rows: [{picture: null}]})[0]?.block, 0);
  });

  it('says it once, on the document, when no row has a picture', () => {
    const blocks = [rowText('Come.', 0), rowText('Bring a letter.', 1), rowText('Rest.', 2)];
    assert.deepEqual(
      runDocument(pictureLeftTextRight, {blocks, rows: [{picture: null}, {picture: null}, {picture: null}]}).map((f) => [f.block, f.message]),
      [[-1, 'No row has a picture (3 rows). Add a picture to each row.']]
    );
  });

  it('is quiet when every row has a picture, and off in plain English', () => {
    const blocks = [rowText('Come.', 0)];
    assert.deepEqual(runDocument(pictureLeftTextRight, {blocks, rows: [picture('A clinic')]}), []);
    assert.equal(pictureLeftTextRight.defaults.plain.enabled, false);
    assert.deepEqual(runDocument(pictureLeftTextRight, {blocks: []}), []);
  });
});

describe('picture-per-idea', () => {
  it('flags the first sentence over 3 in a row, as an error above 5', () => {
    const blocks = [para('Intro.'), rowText('One. Two.', 0), rowText('Three. Four. Five. Six.', 0)];
    assert.deepEqual(runDocument(picturePerIdea, {blocks, rows: [picture('x')]}), [
      {
        rule: 'picture-per-idea',
        severity: 'error',
        message: 'This row has 6 sentences. Try 3 or fewer, or add a row.',
        why: 'Easy read guidance: one idea, with its own picture, in each row.',
        block: 2,
        from: 7,
        to: 12,
        suggestions: [],
      },
    ]);
  });

  it('warns for 4 or 5 sentences and counts rows separately', () => {
    const blocks = [rowText('One. Two. Three. Four.', 0), rowText('One. Two. Three.', 1)];
    const found = runDocument(picturePerIdea, {blocks, rows: [picture('x'), picture('y')]});
    assert.deepEqual(
      found.map((f) => [f.block, f.severity, f.from]),
      [[0, 'warning', 17]]
    );
  });

  it('counts a list in the row as one idea and ignores text outside rows', () => {
    const items = listItems(['your letter', 'your tablets', 'a snack', 'a drink', 'a book', 'your phone'], false, {row: 0});
    assert.deepEqual(runDocument(picturePerIdea, {blocks: [rowText('Come in. Bring these things:', 0), ...items], rows: [picture('x')]}), []);
    const blocks = [rowText('One. Two. Three.', 0), ...listItems(['Four.', 'Five.'], false, {row: 0}), para('A. B. C. D. E.')];
    assert.deepEqual(
      runDocument(picturePerIdea, {blocks, rows: [picture('x')]}).map((f) => [f.block, f.message]),
      [[1, 'This row has 4 sentences. Try 3 or fewer, or add a row.']]
    );
  });
});

describe('image-alt-text', () => {
  it('is an error when a row picture has no alt text', () => {
    const blocks = [rowText('Come to the clinic.', 0)];
    assert.deepEqual(runDocument(imageAltText, {blocks, rows: [picture('  ')]}), [
      {
        rule: 'image-alt-text',
        severity: 'error',
        message: 'This picture has no description for people who cannot see it.',
        why: 'Accessibility guidance (WCAG 1.1.1): every picture needs a text description.',
        block: 0,
        from: 0,
        to: 0,
        suggestions: [],
      },
    ]);
  });

  it('warns when the alt text is a file name or starts "image of"', () => {
    const blocks = [rowText('A.', 0), rowText('B.', 1), rowText('C.', 2), rowText('D.', 3)];
    const rows = [picture('IMG_0042.jpg'), picture('nurse_2', 'uploads/nurse_2.png'), picture('Picture of a nurse'), picture('An image of a bed')];
    assert.deepEqual(
      runDocument(imageAltText, {blocks, rows}).map((f) => [f.block, f.severity, f.message]),
      [
        [0, 'warning', 'The picture description is a file name. Say what it shows.'],
        [1, 'warning', 'The picture description is a file name. Say what it shows.'],
        [2, 'warning', 'Start the picture description with what it shows.'],
        [3, 'warning', 'Start the picture description with what it shows.'],
      ]
    );
  });

  it("warns when the alt text only repeats the library picture's name, if the input names it", () => {
    const blocks = [rowText('A.', 0), rowText('B.', 1), rowText('C.', 2)];
    const rows = [
      {picture: {src: '/openmoji/1F48A.svg', alt: 'Pill.', symbolName: 'pill'}},
      {picture: {src: '/openmoji/1F3E5.svg', alt: 'The hospital in Woolwich', symbolName: 'hospital'}},
      {picture: {src: '/openmoji/1F48A.svg', alt: 'pill'}},
    ];
    assert.deepEqual(
      runDocument(imageAltText, {blocks, rows}).map((f) => [f.block, f.severity, f.message]),
      [[0, 'warning', "The picture description is only the picture's name. Say what it shows here."]]
    );
  });

  it('accepts a real description, even a word that is also the file name', () => {
    const blocks = [rowText('A.', 0), rowText('B.', 1)];
    const rows = [picture('A nurse takes your blood pressure'), picture('doctor', 'pictures/doctor.png'), {picture: null}];
    assert.deepEqual(runDocument(imageAltText, {blocks, rows}), []);
  });
});

describe('list-length', () => {
  it('flags a list of more than 6 items on its 7th item', () => {
    const blocks = listItems(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    assert.deepEqual(runDocument(listLength, {blocks}), [
      {
        rule: 'list-length',
        severity: 'warning',
        message: 'This list has 8 items. Try 6 or fewer.',
        why: 'NHS guidance: limit a list to 6 items or fewer.',
        block: 6,
        from: 0,
        to: 1,
        suggestions: [],
      },
    ]);
    assert.deepEqual(runDocument(listLength, {blocks: listItems(['a', 'b', 'c', 'd', 'e', 'f'])}), []);
  });

  it('flags more than 1 sentence in an item', () => {
    const blocks = listItems(['Bring your letter. It has your name on it. Keep it safe.']);
    const [found] = runDocument(listLength, {blocks});
    assert.equal(found?.message, 'Put only 1 sentence in each bullet point.');
    assert.equal(blocks[0]?.text.slice(found?.from, found?.to), 'It has your name on it. Keep it safe.');
  });

  it('offers to remove a trailing "and" or "or"', () => {
    const blocks = listItems(['your letter, and', 'your medicines or', 'a snack']);
    assert.deepEqual(
      runDocument(listLength, {blocks}).map((f) => [f.block, f.from, f.to, f.suggestions[0]?.replacement]),
      [
        [0, 11, 16, ''],
        [1, 14, 17, ''],
      ]
    );
  });

  it('ignores paragraphs and short, single-sentence items', () => {
    assert.deepEqual(runDocument(listLength, {blocks: [para('One. Two. And'), ...listItems(['Sand', 'Ask your doctor'])]}), []);
  });
});

describe('headings', () => {
  it('is an error when a level 3 heading has no level 2 heading before it', () => {
    const blocks = [title('Your visit'), heading('Before you come', 3), heading('On the day'), heading('Parking', 3)];
    assert.deepEqual(runDocument(headings, {blocks}), [
      {
        rule: 'headings',
        severity: 'error',
        message: 'This small heading has no main heading before it.',
        why: 'NHS and easy read guidance: short, clear headings in sentence case.',
        block: 1,
        from: 0,
        to: 15,
        suggestions: [],
      },
    ]);
  });

  it('needs a title, and warns when it is over 65 characters', () => {
    assert.deepEqual(
      runDocument(headings, {blocks: [para('Hello.')], details: {title: ''}}).map((f) => [f.block, f.severity, f.message]),
      [[-1, 'error', 'Add a title to this document.']]
    );
    // A title the input cannot hold (undefined, as in a text file) is not judged without a title block.
    assert.deepEqual(runDocument(headings, {blocks: [para('Hello.')]}), []);
    assert.deepEqual(runDocument(headings, {blocks: [para('Hello.')], details: {title: 'Your visit'}}), []);
    assert.deepEqual(
      runDocument(headings, {blocks: [title('  ')]}).map((f) => [f.block, f.from, f.to, f.message]),
      [[0, 0, 0, 'Add a title to this document.']]
    );
    const long = 'Going to hospital for an operation on your knee, and what happens after it';
    assert.deepEqual(
      runDocument(headings, {blocks: [title(long)]}).map((f) => f.message),
      ['This title is long. Keep it to 65 characters or fewer.']
    );
  });

  it('is an error for block capitals and a warning for Title Case, with fixes', () => {
    const blocks = [title('Your Blood Test'), heading('WHAT TO BRING TO THE NHS'), heading('when to call')];
    assert.deepEqual(
      runDocument(headings, {blocks}).map((f) => [f.block, f.severity, f.suggestions[0]?.replacement]),
      [
        [0, 'warning', 'Your blood test'],
        [1, 'error', 'What to bring to the NHS'],
        [2, 'warning', 'When to call'],
      ]
    );
  });

  it('accepts sentence case with names, acronyms and colons', () => {
    for (const text of ['Meet Dr Smith', 'Going to Royal Free Hospital', 'Your NHS app', 'Step 1: Book a test', 'Clinics in London on Monday', 'NHS', 'COVID-19 jabs']) {
      assert.equal(fixTitleCase(text), text, text);
      assert.equal(isAllCaps(text), false, text);
    }
    assert.equal(sentenceCase('YOUR GP AND A&E'), 'Your GP and A&E');
  });

  it('reads capitals around small lower-case words as Title Case, and a run of capitals as a name', () => {
    assert.equal(fixTitleCase('Consent to Examination or Treatment'), 'Consent to examination or treatment');
    assert.equal(fixTitleCase('Going Home from the Ward'), 'Going home from the ward');
    for (const text of ['Ask the Health Service Ombudsman', 'Going to Royal Free Hospital', 'Help from Citizens Advice']) {
      assert.equal(fixTitleCase(text), text, text);
    }
  });

  it('warns on an empty heading', () => {
    assert.deepEqual(
      runDocument(headings, {blocks: [title('Visit'), heading('')]}).map((f) => f.message),
      ['This heading is empty. Add words or remove it.']
    );
  });

  it('warns about a long easy read document with no headings', () => {
    const body = Array.from({length: 25}, () => para('Please bring your letter and your medicines to the clinic.'));
    assert.deepEqual(
      runDocument(headings, {blocks: [title('Your visit'), ...body]}).map((f) => [f.block, f.message]),
      [[-1, 'Add headings to break up this long document.']]
    );
    assert.deepEqual(runDocument(headings, {blocks: [title('Your visit'), heading('Before'), ...body]}), []);
    assert.deepEqual(runDocument(headings, {blocks: [title('Your visit'), ...body]}, {profile: 'plain'}), []);
  });
});
