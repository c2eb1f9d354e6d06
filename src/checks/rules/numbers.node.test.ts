import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {bigNumbers} from './big-numbers.js';
import {decimals} from './decimals.js';
import {fractions} from './fractions.js';
import {mixedNumberFormats} from './mixed-number-formats.js';
import {numberRanges} from './number-ranges.js';
import {numbersAsDigits, wordsToNumber} from './numbers-as-digits.js';
import {findPercentages, percentages, simpleRatios} from './percentages.js';
import {covered, runBlock} from './structure-test-context.js';

const fixes = (findings: readonly {suggestions: readonly {replacement: string}[]}[]) =>
  findings.map((f) => f.suggestions.map((s) => s.replacement));

describe('numbers-as-digits', () => {
  it('offers digits for a spelled-out number', () => {
    assert.deepEqual(runBlock(numbersAsDigits, 'Take three tablets.'), [
      {
        rule: 'numbers-as-digits',
        severity: 'warning',
        message: 'Write this number as digits: 3.',
        why: 'NHS guidance: use digits for numbers, including 1 and 2.',
        from: 5,
        to: 10,
        suggestions: [{label: 'Change to "3"', replacement: '3'}],
      },
    ]);
  });

  it('reads compound numbers', () => {
    const text = 'Wait twenty-one days. About two hundred and fifty people came. Two thousand staff.';
    assert.deepEqual(covered(text, runBlock(numbersAsDigits, text)), ['twenty-one', 'two hundred and fifty', 'Two thousand']);
    assert.deepEqual(fixes(runBlock(numbersAsDigits, text)), [['21'], ['250'], ['2,000']]);
    assert.equal(wordsToNumber('ninety nine'), 99);
    assert.equal(wordsToNumber('three million'), 3_000_000);
  });

  it('flags "one" only when it counts something', () => {
    const text = 'Take one tablet for one week. Take 1 or two, or one or 2.';
    assert.deepEqual(covered(text, runBlock(numbersAsDigits, text)), ['one', 'one', 'two', 'one']);
  });

  it('keeps "one" in set phrases', () => {
    for (const text of [
      'No one will mind.',
      'One of us will call you.',
      'Take them one at a time.',
      'It is a one-off payment.',
      'Pick the right one.',
      'One day you may feel better.',
      'Help one another.',
    ]) {
      assert.deepEqual(runBlock(numbersAsDigits, text), [], text);
    }
  });

  it('leaves spelled fractions, names and "a hundred" alone', () => {
    for (const text of ['Two-thirds of people get better.', 'About two thirds get better.', 'Go to Ward Seven.', 'A hundred people came.', 'someone']) {
      assert.deepEqual(runBlock(numbersAsDigits, text), [], text);
    }
  });

  it('capital number words at the start of a sentence still count', () => {
    assert.deepEqual(fixes(runBlock(numbersAsDigits, 'Hello. Five people came.')), [['5']]);
  });
});

describe('big-numbers', () => {
  it('asks for a comma in numbers over 999', () => {
    assert.deepEqual(runBlock(bigNumbers, 'We saw 1500 people.'), [
      {
        rule: 'big-numbers',
        severity: 'warning',
        message: 'Put commas in big numbers, like 1,500.',
        why: 'NHS guidance: use a comma in numbers over 999.',
        from: 7,
        to: 11,
        suggestions: [{label: 'Change to "1,500"', replacement: '1,500'}],
      },
    ]);
    assert.deepEqual(fixes(runBlock(bigNumbers, 'It costs £25000.')), [['25,000']]);
  });

  it('hints at context for big numbers and warns for millions in easy read', () => {
    const text = 'We have 1,000 beds. About 2 million people and 3,500,000 adults.';
    assert.deepEqual(
      runBlock(bigNumbers, text).map((f) => [text.slice(f.from, f.to), f.severity]),
      [
        ['1,000', 'info'],
        ['2 million', 'warning'],
        ['3,500,000', 'warning'],
      ]
    );
    assert.deepEqual(
      runBlock(bigNumbers, text, {profile: 'plain'}).map((f) => f.severity),
      ['info', 'info']
    );
  });

  it('does not treat years, phone numbers or IDs as quantities', () => {
    for (const text of [
      'In 2026 we opened.',
      'Call 0300 123 4567.',
      'Your NHS number is 485 777 3456.',
      'Your NHS number is 4857773456.',
      'Your code is 0123.',
      'Go to www.nhs.uk/page/12345.',
      'Come on 06/08/2026.',
      'Take 999 steps.',
    ]) {
      assert.deepEqual(runBlock(bigNumbers, text), [], text);
    }
  });
});

describe('percentages', () => {
  it('is an error in easy read with a "1 in N" fix that swallows "of"', () => {
    const text = '25% of people get a rash.';
    assert.deepEqual(runBlock(percentages, text), [
      {
        rule: 'percentages',
        severity: 'error',
        message: 'Percentages are hard to understand. Try "1 in 10" or "half".',
        why: 'NHS guidance: use "1 in 2" or "half", not percentages.',
        from: 0,
        to: 6,
        suggestions: [{label: 'Change to "1 in 4"', replacement: '1 in 4'}],
      },
    ]);
    assert.equal(runBlock(percentages, text, {profile: 'plain'})[0]?.severity, 'warning');
  });

  it('offers "half" for 50%, with a capital at the start of a sentence', () => {
    assert.deepEqual(fixes(runBlock(percentages, '50% of adults.')), [['Half of', '1 in 2']]);
    assert.deepEqual(fixes(runBlock(percentages, 'About 50% get it.')), [['half', '1 in 2']]);
  });

  it('finds the nearest simple "1 in N"', () => {
    assert.deepEqual(simpleRatios(10), ['1 in 10']);
    assert.deepEqual(simpleRatios(25), ['1 in 4']);
    assert.deepEqual(simpleRatios(14.3), ['1 in 7']);
    assert.deepEqual(simpleRatios(40), ['4 in 10']);
    assert.deepEqual(simpleRatios(75), ['3 in 4']);
    assert.deepEqual(simpleRatios(0.1), ['1 in 1,000']);
    assert.deepEqual(simpleRatios(95), ['19 in 20']);
    assert.deepEqual(simpleRatios(100), []);
  });

  it('catches "per cent"', () => {
    assert.deepEqual(covered('About 10 per cent of people.', runBlock(percentages, 'About 10 per cent of people.')), ['10 per cent of']);
  });

  it('does not flag medicine strengths', () => {
    for (const text of ['Use 1% cream.', 'Rub in 0.5% gel.', 'Use a 2.5% solution.', 'Use hydrocortisone 1% ointment.', 'A cream of strength 1%.']) {
      assert.deepEqual(runBlock(percentages, text), [], text);
    }
    assert.deepEqual(findPercentages(''), []);
  });
});

describe('mixed-number-formats', () => {
  it('warns when a paragraph mixes a percentage and "N in M"', () => {
    const text = '20% of people get it. 1 in 3 people get better.';
    assert.deepEqual(runBlock(mixedNumberFormats, text), [
      {
        rule: 'mixed-number-formats',
        severity: 'warning',
        message: 'Do not mix percentages and "1 in 10" in one paragraph.',
        why: 'NHS guidance: avoid mixing different number formats.',
        from: 0,
        to: 3,
        suggestions: [],
      },
    ]);
  });

  it('does not fire on one format, strengths or "8 in 24 hours"', () => {
    assert.deepEqual(runBlock(mixedNumberFormats, '1 in 3 people get better. 1 in 4 do not.'), []);
    assert.deepEqual(runBlock(mixedNumberFormats, 'Use 1% cream. 1 in 3 people need it.'), []);
    assert.deepEqual(runBlock(mixedNumberFormats, 'About 20% get it. Take no more than 8 in 24 hours.'), []);
  });
});

describe('decimals', () => {
  it('is an error when there is no 0 before the point', () => {
    assert.deepEqual(runBlock(decimals, 'Take .5mg each day.'), [
      {
        rule: 'decimals',
        severity: 'error',
        message: 'Put a 0 before the decimal point: 0.5.',
        why: 'NHS guidance: use 0 before the decimal point.',
        from: 5,
        to: 7,
        suggestions: [{label: 'Change to "0.5"', replacement: '0.5'}],
      },
    ]);
  });

  it('warns about other decimals, offering "and a half"', () => {
    const text = 'Wait 1.5 days. It is 2.7 times more.';
    assert.deepEqual(covered(text, runBlock(decimals, text)), ['1.5', '2.7']);
    assert.deepEqual(fixes(runBlock(decimals, text)), [['1 and a half'], []]);
  });

  it('allows money, doses, results, times, sections and versions', () => {
    for (const text of [
      'It costs £2.50.',
      'Take 2.5mg.',
      'Take 2.5 ml of liquid.',
      'A temperature of 37.5C.',
      'Your result was 7.2 last time.',
      'Come at 5.30pm.',
      'See section 1.2 for more.',
      '1.2 Your medicines',
      'Version 1.2.3 is out.',
      'Born 06.08.2026.',
      'Go to www.nhs.uk.',
    ]) {
      assert.deepEqual(runBlock(decimals, text), [], text);
    }
  });
});

describe('fractions', () => {
  it('offers words for fraction symbols and slashes', () => {
    assert.deepEqual(runBlock(fractions, 'Take ½ a tablet.'), [
      {
        rule: 'fractions',
        severity: 'warning',
        message: 'Write this fraction in words: half.',
        why: 'NHS guidance: write common fractions in words, like "half".',
        from: 5,
        to: 6,
        suggestions: [{label: 'Change to "half"', replacement: 'half'}],
      },
    ]);
    const text = 'Take 1½ tablets. Use 1/4 of a cup. ¾ of people. Take 1 1/2 spoons.';
    assert.deepEqual(fixes(runBlock(fractions, text)), [['1 and a half'], ['a quarter'], ['Three-quarters'], ['1 and a half']]);
  });

  it('flags other fractions without a fix', () => {
    assert.deepEqual(fixes(runBlock(fractions, 'Use 3/8 of a spoon.')), [[]]);
  });

  it('leaves dates, "24/7" and URLs alone', () => {
    for (const text of ['Come on 06/08/2026.', 'We open on 1/2 each year.', 'Open 24/7.', 'Go to nhs.uk/1/2.', 'Born 6/8.']) {
      assert.deepEqual(runBlock(fractions, text), [], text);
    }
  });
});

describe('number-ranges', () => {
  it('offers "to" for a range with a hyphen or dash', () => {
    assert.deepEqual(runBlock(numberRanges, 'Wait 2-3 days.'), [
      {
        rule: 'number-ranges',
        severity: 'warning',
        message: 'Use "to" for ranges: 2 to 3.',
        why: 'NHS guidance: use "to" in ranges, not hyphens or dashes.',
        from: 5,
        to: 8,
        suggestions: [{label: 'Change to "2 to 3"', replacement: '2 to 3'}],
      },
    ]);
    const text = 'It costs £10–£20. Open 9am - 5pm.';
    assert.deepEqual(fixes(runBlock(numberRanges, text)), [['£10 to £20'], ['9am to 5pm']]);
  });

  it('finds a time range on its own, where the dash follows "am" or "pm"', () => {
    assert.deepEqual(fixes(runBlock(numberRanges, 'Open Mon-Fri 9am-5pm.')), [['9am to 5pm']]);
    assert.deepEqual(runBlock(numberRanges, 'Open from 9am to 5pm.'), []);
  });

  it('finds a range of days written with a dash', () => {
    assert.deepEqual(fixes(runBlock(numberRanges, 'Open Monday-Friday and Monday – Saturday in May.')), [['Monday to Friday'], ['Monday to Saturday']]);
    assert.deepEqual(runBlock(numberRanges, 'Open Monday to Friday. Come on Sunday-ish.'), []);
  });

  it('leaves phone numbers, IDs, ISO dates and names alone', () => {
    for (const text of [
      'Call 0800-123-456.',
      'Call 0300 123 4567.',
      'Ref 123-456-789.',
      'On 2026-08-06 we open.',
      'On 06-08-2026 we open.',
      'Get your COVID-19 jab.',
      'Postcode LS1 1AA.',
    ]) {
      assert.deepEqual(runBlock(numberRanges, text), [], text);
    }
  });
});
