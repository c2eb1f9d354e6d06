import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {commasPerSentence} from './commas-per-sentence.js';
import {findSeries, listsUseBullets} from './lists-use-bullets.js';
import {oneIdeaPerSentence} from './one-idea-per-sentence.js';
import {paragraphLength} from './paragraph-length.js';
import {sentenceLength, splitSentence} from './sentence-length.js';
import {sentenceLengthAverage} from './sentence-length-average.js';
import {block, covered, heading, listItems, para, runBlock, runDocument} from './structure-test-context.js';

const words = (count: number) => Array.from({length: count}, (_, i) => (i === 0 ? 'Word' : 'word')).join(' ') + '.';

describe('sentence-length', () => {
  it('warns above 15 words and errs above 20 in easy read', () => {
    assert.deepEqual(runBlock(sentenceLength, words(15)), []);
    assert.equal(runBlock(sentenceLength, words(16))[0]?.severity, 'warning');
    assert.equal(runBlock(sentenceLength, words(20))[0]?.severity, 'warning');
    assert.equal(runBlock(sentenceLength, words(21))[0]?.severity, 'error');
  });

  it('uses 20 and 40 words in plain English', () => {
    assert.deepEqual(runBlock(sentenceLength, words(20), {profile: 'plain'}), []);
    assert.equal(runBlock(sentenceLength, words(21), {profile: 'plain'})[0]?.severity, 'warning');
    assert.equal(runBlock(sentenceLength, words(41), {profile: 'plain'})[0]?.severity, 'error');
  });

  it('reports the whole finding with a split at "and"', () => {
    const text = 'Hello. Take your tablets with food and drink a big glass of water every morning before you go out.';
    assert.deepEqual(runBlock(sentenceLength, text), [
      {
        rule: 'sentence-length',
        severity: 'warning',
        message: 'This sentence has 18 words. Try 15 or fewer.',
        why: 'Easy read and NHS guidance: keep sentences to 15 words or fewer.',
        from: 7,
        to: text.length,
        suggestions: [
          {
            label: 'Split into 2 sentences',
            replacement: 'Take your tablets with food. Drink a big glass of water every morning before you go out.',
          },
        ],
      },
    ]);
  });

  it('splits at "but" and "because", keeping the end punctuation', () => {
    assert.equal(
      splitSentence('You can eat before the test but you must not drink anything?')?.replacement,
      'You can eat before the test. But you must not drink anything?'
    );
    assert.equal(
      splitSentence('You need to rest at home because your body is healing.')?.replacement,
      'You need to rest at home. This is because your body is healing.'
    );
    assert.equal(splitSentence('Take your tablets with food and drink a glass of water.')?.replacement, 'Take your tablets with food. Drink a glass of water.');
  });

  it('does not split "you and your carer" or leave a short part', () => {
    assert.equal(splitSentence('Please come with you and your carer to the clinic on the day.'), undefined);
    assert.equal(splitSentence('Eat and drink well every single day of the week.'), undefined);
  });

  it('counts a URL, phone number or time as 1 word', () => {
    const text = 'Call 0300 123 4567 or go to www.nhs.uk/conditions at 5:30pm on Monday for help with your medicines.';
    assert.deepEqual(runBlock(sentenceLength, text), []);
  });

  it('ignores headings and titles, and gives nothing for empty text', () => {
    assert.deepEqual(runBlock(sentenceLength, heading(words(30))), []);
    assert.deepEqual(runBlock(sentenceLength, ''), []);
  });

  it('treats each list item as its own sentence', () => {
    assert.deepEqual(runBlock(sentenceLength, block('list-item', 'your letter\nyour medicines\na snack')), []);
  });
});

describe('sentence-length-average', () => {
  it('warns when body sentences average more than 12 words in easy read', () => {
    const blocks = [para(`${words(14)} ${words(14)} ${words(14)}`)];
    assert.deepEqual(runDocument(sentenceLengthAverage, {blocks}), [
      {
        rule: 'sentence-length-average',
        severity: 'warning',
        message: 'Sentences have 14 words on average. Aim for 12 or fewer.',
        why: 'Plain English guidance (Crystal Mark): keep the average sentence length low.',
        block: -1,
        from: 0,
        to: 0,
        suggestions: [],
      },
    ]);
    assert.deepEqual(runDocument(sentenceLengthAverage, {blocks}, {profile: 'plain'}), []);
  });

  it('leaves headings and list items out of the mean', () => {
    const blocks = [heading('Hi'), para(`${words(10)} ${words(10)} ${words(10)}`), ...listItems(['a', 'b', 'c'])];
    assert.deepEqual(runDocument(sentenceLengthAverage, {blocks}), []);
    const long = [heading('Hi'), ...listItems(['a', 'b', 'c', 'd']), para(`${words(13)} ${words(13)} ${words(13)}`)];
    assert.equal(runDocument(sentenceLengthAverage, {blocks: long}).length, 1);
  });

  it('does not judge a document with fewer than 3 sentences', () => {
    assert.deepEqual(runDocument(sentenceLengthAverage, {blocks: [para(words(19))]}), []);
    assert.deepEqual(runDocument(sentenceLengthAverage, {blocks: []}), []);
  });
});

describe('one-idea-per-sentence', () => {
  it('hints at 2 or more clause links, covering the sentence', () => {
    const text = 'Call us if you feel sick and we will help.';
    assert.deepEqual(runBlock(oneIdeaPerSentence, text), [
      {
        rule: 'one-idea-per-sentence',
        severity: 'warning',
        message: 'This sentence may have more than one idea. Try splitting it.',
        why: 'Easy read guidance: one idea and one verb in each sentence.',
        from: 0,
        to: text.length,
        suggestions: [],
      },
    ]);
  });

  it('does not count "and"/"or" joining nouns or numbers', () => {
    assert.deepEqual(runBlock(oneIdeaPerSentence, 'You and your carer can come if you like.'), []);
    assert.deepEqual(runBlock(oneIdeaPerSentence, 'Take 1 or 2 tablets when you need them.'), []);
    assert.deepEqual(runBlock(oneIdeaPerSentence, 'It hurts so much when you walk.'), []);
  });

  it('does not count "and"/"or" before one last word that ends the clause', () => {
    assert.deepEqual(runBlock(oneIdeaPerSentence, 'They can help if you feel low or stressed.'), []);
    assert.deepEqual(runBlock(oneIdeaPerSentence, 'Tell us if you see a cut or sore that does not heal.'), []);
    assert.equal(runBlock(oneIdeaPerSentence, 'They can help if you feel low or you can call us.').length, 1);
    assert.deepEqual(runBlock(oneIdeaPerSentence, 'Go to A&E if you are badly hurt or very ill.'), []);
    assert.equal(runBlock(oneIdeaPerSentence, 'Go to A&E if you are hurt or very ill people will help.').length, 1);
  });

  it('counts "or when" and "and if" as one link', () => {
    assert.deepEqual(runBlock(oneIdeaPerSentence, 'Go every 6 months, or when your dentist says.'), []);
    assert.equal(runBlock(oneIdeaPerSentence, 'Call us if you feel sick, or when you need help and we will come.').length, 1);
  });

  it('counts an "and" after a comma even before "your"', () => {
    assert.equal(runBlock(oneIdeaPerSentence, 'Wash your hands, and your carer should too if they help.').length, 1);
  });

  it('is an info hint at 3 links in plain English', () => {
    assert.deepEqual(runBlock(oneIdeaPerSentence, 'Call us if you feel sick and we will help.', {profile: 'plain'}), []);
    const three = runBlock(oneIdeaPerSentence, 'Call us if you feel sick and we will help when we can.', {profile: 'plain'});
    assert.equal(three[0]?.severity, 'info');
  });

  it('does not treat a question word as a link', () => {
    assert.deepEqual(runBlock(oneIdeaPerSentence, 'When should I call you and ask?'), []);
  });

  it('does not count an opening "If" or "When": the condition of one thing to do', () => {
    assert.deepEqual(runBlock(oneIdeaPerSentence, 'If you forget a tablet, take it when you remember.'), []);
    assert.deepEqual(runBlock(oneIdeaPerSentence, 'When you get home, rest if you can.'), []);
    assert.equal(runBlock(oneIdeaPerSentence, 'If you feel sick, stop and call us because we can help.').length, 1);
  });
});

describe('commas-per-sentence', () => {
  it('warns above 1 comma and errs above 2 in easy read', () => {
    assert.deepEqual(runBlock(commasPerSentence, 'If you can, come early.'), []);
    const text = 'If you can, come early, because it is busy.';
    assert.deepEqual(runBlock(commasPerSentence, text), [
      {
        rule: 'commas-per-sentence',
        severity: 'warning',
        message: 'This sentence has 2 commas. Try splitting it up.',
        why: 'Easy read guidance: use simple punctuation and short sentences.',
        from: 0,
        to: text.length,
        suggestions: [],
      },
    ]);
    assert.equal(runBlock(commasPerSentence, 'If you can, come early, because, as you know, it is busy.')[0]?.severity, 'error');
  });

  it('ignores commas inside numbers like 1,000', () => {
    assert.deepEqual(runBlock(commasPerSentence, 'We have 1,000 beds, and 2,000 staff.'), []);
  });

  it('leaves lists to lists-use-bullets', () => {
    assert.deepEqual(runBlock(commasPerSentence, 'Bring your letter, your medicines, your glasses and a snack.'), []);
  });

  it('skips contact lines', () => {
    assert.deepEqual(runBlock(commasPerSentence, block('contact', '1 High Street, Leeds, West Yorkshire, LS1 1AA')), []);
  });
});

describe('lists-use-bullets', () => {
  it('turns an in-line list into an intro and bullet lines', () => {
    const text = 'Bring your letter, your medicines and a snack.';
    assert.deepEqual(runBlock(listsUseBullets, text), [
      {
        rule: 'lists-use-bullets',
        severity: 'warning',
        message: 'This sentence lists 3 things. Try a bulleted list.',
        why: 'Easy read and accessibility guidance: use bullet points for 3 or more things.',
        from: 0,
        to: text.length,
        suggestions: [{label: 'Make a bulleted list', replacement: 'Bring:\n• your letter\n• your medicines\n• a snack'}],
      },
    ]);
  });

  it('keeps a clause before the list in the intro', () => {
    assert.deepEqual(findSeries('When you come, bring your letter, your medicines and a snack.'), {
      intro: 'When you come, bring',
      items: ['your letter', 'your medicines', 'a snack'],
      atEnd: true,
    });
    assert.deepEqual(findSeries('You may feel sick, dizzy or tired.'), {
      intro: 'You may feel',
      items: ['sick', 'dizzy', 'tired'],
      atEnd: true,
    });
  });

  it('does not take pairs such as "day or night" for a list', () => {
    assert.deepEqual(runBlock(listsUseBullets, 'You can call us day or night, at home or at work, any time.'), []);
    assert.equal(findSeries('Tom and I bring a letter, a snack and a drink.')?.items.length, 3);
    assert.deepEqual(runBlock(listsUseBullets, 'You can talk to them any time, day or night.'), []);
    assert.deepEqual(runBlock(listsUseBullets, 'It helps find problems early, like heart disease or diabetes.'), []);
    assert.equal(runBlock(listsUseBullets, 'It finds problems, like heart disease, asthma or diabetes.').length, 1);
    assert.equal(runBlock(listsUseBullets, 'Bring your letter, your glasses or your phone.').length, 1);
  });

  it('flags a list in the middle of a sentence without a fix', () => {
    const [result] = runBlock(listsUseBullets, 'If you feel sick, dizzy or tired, call us.');
    assert.deepEqual(result?.suggestions, []);
  });

  it('does not fire on 2 things, adjective chains or long clauses', () => {
    assert.deepEqual(runBlock(listsUseBullets, 'Bring your letter and your medicines.'), []);
    assert.deepEqual(runBlock(listsUseBullets, 'It is a long, hard and painful test.'), []);
    assert.deepEqual(
      runBlock(listsUseBullets, 'If you feel unwell after your operation, call the ward and tell the nurse on duty how you feel.'),
      []
    );
    assert.deepEqual(runBlock(listsUseBullets, 'We have 1,000 beds and 2,000 staff.'), []);
  });

  it('leaves a short list that describes someone else, but not a longer one', () => {
    assert.deepEqual(runBlock(listsUseBullets, 'They help people who feel worried, sad or stressed.'), []);
    assert.equal(runBlock(listsUseBullets, 'They help people who feel worried, sad, angry or stressed.').length, 1);
    assert.equal(runBlock(listsUseBullets, 'They will check your blood, your weight and how well you sleep.').length, 1);
  });

  it('does not check list items, which are a list already', () => {
    assert.deepEqual(runBlock(listsUseBullets, block('list-item', 'Bring your letter, your medicines and a snack.')), []);
  });
});

describe('paragraph-length', () => {
  it('warns above 3 sentences and errs above 5 in easy read', () => {
    assert.deepEqual(runBlock(paragraphLength, 'One. Two. Three.'), []);
    assert.deepEqual(runBlock(paragraphLength, 'One. Two. Three. Four.'), [
      {
        rule: 'paragraph-length',
        severity: 'warning',
        message: 'This paragraph has 4 sentences. Try 3 or fewer.',
        why: 'NHS and easy read guidance: keep paragraphs to 3 short sentences.',
        from: 0,
        to: 22,
        suggestions: [],
      },
    ]);
    assert.equal(runBlock(paragraphLength, 'A. B. C. D. E. F.')[0]?.severity, 'error');
  });

  it('warns above 50 words in easy read', () => {
    const [result] = runBlock(paragraphLength, `${words(26)} ${words(26)}`);
    assert.equal(result?.message, 'This paragraph has 52 words. Try 50 or fewer.');
  });

  it('uses 150 and 250 words in plain English', () => {
    const text = `${words(80)} ${words(80)}`;
    assert.equal(runBlock(paragraphLength, text, {profile: 'plain'})[0]?.severity, 'warning');
    const longer = `${words(90)} ${words(90)} ${words(90)}`;
    assert.equal(runBlock(paragraphLength, longer, {profile: 'plain'})[0]?.severity, 'error');
  });

  it('leaves the sentences of row text to picture-per-idea, but not its words', () => {
    const row = block('row-text', 'One. Two. Three. Four.', {row: 0});
    assert.deepEqual(runBlock(paragraphLength, row), []);
    assert.equal(runBlock(paragraphLength, row, {profile: 'plain'})[0]?.message, 'This paragraph has 4 sentences. Try 3 or fewer.');
    assert.equal(runBlock(paragraphLength, block('row-text', `${words(26)} ${words(26)}`, {row: 0}))[0]?.message, 'This paragraph has 52 words. Try 50 or fewer.');
  });

  it('does not count headings or list items as paragraphs', () => {
    assert.deepEqual(runBlock(paragraphLength, heading('One. Two. Three. Four.')), []);
    assert.deepEqual(runBlock(paragraphLength, block('list-item', 'One. Two. Three. Four.')), []);
    assert.deepEqual(runBlock(paragraphLength, ''), []);
  });

  it('covers the whole trimmed paragraph', () => {
    const text = '  One. Two. Three. Four.  ';
    assert.deepEqual(covered(text, runBlock(paragraphLength, text)), ['One. Two. Three. Four.']);
  });
});
