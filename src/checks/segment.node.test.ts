import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {splitSentences, tokenize} from './segment.js';

/** Sentence texts of `text`. */
function sentences(text: string): string[] {
  return splitSentences(text).map((sentence) => sentence.text);
}

/** Tokens of `text` as "text" for words and "text<kind>" for the rest. */
function tokens(text: string): string[] {
  return tokenize(text).map((token) => (token.kind === 'word' ? token.text : `${token.text}<${token.kind}>`));
}

const sentenceTable: readonly (readonly [string, readonly string[]])[] = [
  ['Please call Dr. Adams at the clinic today. She will help you.', ['Please call Dr. Adams at the clinic today.', 'She will help you.']],
  ['Mr. and Mrs. Smith live on St. Thomas Road.', ['Mr. and Mrs. Smith live on St. Thomas Road.']],
  ['Take pills, e.g. Aspirin and Paracetamol. Come early.', ['Take pills, e.g. Aspirin and Paracetamol.', 'Come early.']],
  ['Bring food, i.e. Something small. Then wait.', ['Bring food, i.e. Something small.', 'Then wait.']],
  ['Bring keys etc. and your phone. Bring food etc. Then wait.', ['Bring keys etc. and your phone.', 'Bring food etc.', 'Then wait.']],
  ['Go to room No. 5 today.', ['Go to room No. 5 today.']],
  ['The answer is No. Then stop.', ['The answer is No.', 'Then stop.']],
  ['Take 1.5 tablets. Come at 5.30pm. Sit down.', ['Take 1.5 tablets.', 'Come at 5.30pm.', 'Sit down.']],
  ['Your blood pressure is high. 25% of adults have it.', ['Your blood pressure is high.', '25% of adults have it.']],
  ['Is that ok? Yes! Good.', ['Is that ok?', 'Yes!', 'Good.']],
  ['Really?! Yes.', ['Really?!', 'Yes.']],
  ['He said "Go home." Then he left.', ['He said "Go home."', 'Then he left.']],
  ['(See a GP.) Then rest.', ['(See a GP.)', 'Then rest.']],
  ['Stop now. Sit down.\nRest here for a while', ['Stop now.', 'Sit down.', 'Rest here for a while']],
  ['Take your tablets\nDrink water', ['Take your tablets', 'Drink water']],
  ['Rest. Drink water. Call us.', ['Rest.', 'Drink water.', 'Call us.']],
  ['1. Take your tablets.\n2. Drink water. Rest.', ['1. Take your tablets.', '2. Drink water.', 'Rest.']],
  ['1. Take your tablet. 2. Drink water. 3) Rest.', ['1. Take your tablet.', '2. Drink water.', '3) Rest.']],
  ['You need 2. Then rest.', ['You need 2.', 'Then rest.']],
  ['Your blood\npressure is high.', ['Your blood\npressure is high.']],
  ['Bring these:\nyour letter', ['Bring these:', 'your letter']],
  ['• Take your tablet\n• Drink water', ['• Take your tablet', '• Drink water']],
  ['Take it.\nthen rest', ['Take it.', 'then rest']],
  ['We saw 2. Then we left.', ['We saw 2.', 'Then we left.']],
  ['Wait... then go. Wait… Then go.', ['Wait... then go.', 'Wait…', 'Then go.']],
  ['In the U.K. The NHS is free.', ['In the U.K.', 'The NHS is free.']],
  ['Visit www.nhs.uk. Or email info@nhs.net.', ['Visit www.nhs.uk.', 'Or email info@nhs.net.']],
  ['Come at 10 a.m. Bring your letter.', ['Come at 10 a.m.', 'Bring your letter.']],
  ['  Spaces around.  ', ['Spaces around.']],
  ['', []],
  ['...', []],
  ['\n\n', []],
];

const tokenTable: readonly (readonly [string, readonly string[]])[] = [
  ["It's a follow-up x-ray. I can't go.", ["It's", 'a', 'follow-up', 'x-ray', 'I', "can't", 'go']],
  ['Don’t worry', ['Don’t', 'worry']],
  ['COVID-19 at A&E', ['COVID-19', 'at', 'A&E']],
  ['Call 0800 123 4567 now', ['Call', '0800 123 4567<phone>', 'now']],
  ['Ring 020 8123 4567.', ['Ring', '020 8123 4567<phone>']],
  ['Ring +44 20 7946 0958 or +44 (0)20 7946 0958', ['Ring', '+44 20 7946 0958<phone>', 'or', '+44 (0)20 7946 0958<phone>']],
  ['Ring (020) 8123 4567 or 07700 900123 or 07700900123', ['Ring', '(020) 8123 4567<phone>', 'or', '07700 900123<phone>', 'or', '07700900123<phone>']],
  ['0800 123 4567 2 times', ['0800 123 4567<phone>', '2<number>', 'times']],
  ['Call 111 or 999', ['Call', '111<number>', 'or', '999<number>']],
  ['See https://www.nhs.uk/conditions/asthma/.', ['See', 'https://www.nhs.uk/conditions/asthma/<url>']],
  ['Go to www.nhs.uk or nhs.uk/111, then (www.nhs.uk)', ['Go', 'to', 'www.nhs.uk<url>', 'or', 'nhs.uk/111<url>', 'then', 'www.nhs.uk<url>']],
  ['Email info@nhs.net.', ['Email', 'info@nhs.net<email>']],
  ['On 6 August 2018 or 12/03/2024 or 2024-03-12', ['On', '6 August 2018<date>', 'or', '12/03/2024<date>', 'or', '2024-03-12<date>']],
  ['From March 2024 to 3rd of May', ['From', 'March 2024<date>', 'to', '3rd of May<date>']],
  ['At 5.30pm, 9am, 9 am, 10 a.m., 17:00 or 1700hrs', ['At', '5.30pm<time>', '9am<time>', '9 am<time>', '10 a.m.<time>', '17:00<time>', 'or', '1700hrs<time>']],
  ['1,000 people, 1.5 mg, 25%, £10.50, 5mg, 2nd, 1/2, ½, .5', ['1,000<number>', 'people', '1.5<number>', 'mg', '25%<number>', '£10.50<number>', '5mg<number>', '2nd<number>', '1/2<number>', '½<number>', '.5<number>']],
  ['A 24-hour line', ['A', '24-hour', 'line']],
  ['2-3 days', ['2<number>', '3<number>', 'days']],
  ['e.g. this, i.e. that', ['e.g.', 'this', 'i.e.', 'that']],
  ['Fish & chips + peas 😀 👨‍👩‍👧 🇬🇧', ['Fish', '&<symbol>', 'chips', '+<symbol>', 'peas', '😀<symbol>', '👨‍👩‍👧<symbol>', '🇬🇧<symbol>']],
  ['and/or *note*', ['and', 'or', 'note']],
  ['שלום עולם مرحبا', ['שלום', 'עולם', 'مرحبا']],
  ['𠀀𠀁 ok', ['𠀀𠀁', 'ok']],
  ['', []],
  ['— … !', []],
];

describe('splitSentences', () => {
  for (const [input, expected] of sentenceTable) {
    it(`splits ${JSON.stringify(input)}`, () => {
      assert.deepEqual(sentences(input), expected);
    });
  }

  it('gives offsets into the text, and each sentence holds its own tokens', () => {
    const text = 'Stop now. Sit down.\nRest';
    const result = splitSentences(text);
    assert.deepEqual(
      result.map((sentence) => [sentence.from, sentence.to, sentence.tokens.map((token) => token.text)]),
      [[0, 9, ['Stop', 'now']], [10, 19, ['Sit', 'down']], [20, 24, ['Rest']]]
    );
    for (const sentence of result) {
      assert.equal(text.slice(sentence.from, sentence.to), sentence.text);
      for (const token of sentence.tokens) {
        assert.ok(token.from >= sentence.from && token.to <= sentence.to);
        assert.equal(text.slice(token.from, token.to), token.text);
      }
    }
  });
});

describe('tokenize', () => {
  for (const [input, expected] of tokenTable) {
    it(`tokenizes ${JSON.stringify(input)}`, () => {
      assert.deepEqual(tokens(input), expected);
    });
  }

  it('adds the offset to every position', () => {
    assert.deepEqual(tokenize('see Dr', 10), [
      {from: 10, to: 13, text: 'see', kind: 'word'},
      {from: 14, to: 16, text: 'Dr', kind: 'word'},
    ]);
  });

  it('stays fast on hostile input', () => {
    // A generous bound for a busy shared machine: the slow paths this guards against took tens of seconds.
    const hostile = ['1.'.repeat(50_000), 'a.'.repeat(50_000), 'a@'.repeat(50_000), '0 '.repeat(50_000), 'x'.repeat(100_000)];
    for (const text of hostile) {
      const started = performance.now();
      tokenize(text);
      splitSentences(text);
      assert.ok(performance.now() - started < 8000, `too slow on ${text.slice(0, 6)}…`);
    }
  });
});
