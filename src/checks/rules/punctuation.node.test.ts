import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {hyphensDashes} from './hyphens-dashes.js';
import {romanNumerals, romanValue} from './roman-numerals.js';
import {specialCharacters} from './special-characters.js';
import {block, contactLine, covered, heading, runBlock} from './structure-test-context.js';

const fixes = (findings: readonly {suggestions: readonly {replacement: string}[]}[]) =>
  findings.map((f) => f.suggestions.map((s) => s.replacement).join());

describe('special-characters', () => {
  it('offers "and" for an ampersand', () => {
    assert.deepEqual(runBlock(specialCharacters, 'Tea & cake.'), [
      {
        rule: 'special-characters',
        severity: 'warning',
        message: 'Write "and" instead of "&".',
        why: 'Easy read and NHS guidance: use simple punctuation and avoid symbols.',
        from: 4,
        to: 5,
        suggestions: [{label: 'Change to "and"', replacement: 'and'}],
      },
    ]);
    assert.deepEqual(fixes(runBlock(specialCharacters, 'Tea&cake.')), [' and ']);
  });

  it('fixes and/or, slashes, (s) plurals, semicolons and comparison signs', () => {
    const text = 'Bring a letter and/or card. He/she will call. Your leg(s) may hurt. Rest; then eat. If it is <5 or > 10. Aged 18+.';
    assert.deepEqual(covered(text, runBlock(specialCharacters, text)), ['and/or', '/', '(s)', '; t', '<', '> ', '18+']);
    assert.deepEqual(fixes(runBlock(specialCharacters, text)), ['or', ' or ', 's', '. T', 'less than ', 'more than ', '18 or more']);
  });

  it('flags other symbols without a fix', () => {
    const text = 'Wait... Terms* apply. Call #1. See § 2.';
    assert.deepEqual(covered(text, runBlock(specialCharacters, text)), ['...', '*', '#', '§']);
  });

  it('flags every bracket in easy read, and allows 2 pairs per sentence in plain English', () => {
    const text = 'You may have piles (haemorrhoids). Call us [free].';
    const found = runBlock(specialCharacters, text);
    assert.deepEqual(covered(text, found), ['(haemorrhoids)', '[free]']);
    assert.equal(found[0]?.message, 'Avoid brackets. Put these words in a sentence of their own.');
    assert.deepEqual(runBlock(specialCharacters, 'Piles (haemorrhoids) and sores (ulcers) hurt.', {profile: 'plain'}), []);
    const three = 'Piles (a) and sores (b) and cuts (c) hurt.';
    assert.deepEqual(covered(three, runBlock(specialCharacters, three, {profile: 'plain'})), ['(c)']);
  });

  it('leaves A&E, URLs, emails, phone numbers, dates, fractions and units alone', () => {
    for (const text of [
      'Go to A&E now.',
      'Go to A & E now.',
      'See www.nhs.uk/a&b or https://nhs.uk/x?a=1&b=2.',
      'Email help@nhs.net.',
      'Call +44 20 7946 0958.',
      'Call (020) 8123 4567 now.',
      'Come on 06/08/2026.',
      'Use 1/2 a cup.',
      'Take 5mg/ml.',
      'Open 24/7.',
      '',
    ]) {
      assert.deepEqual(runBlock(specialCharacters, text), [], text);
    }
  });

  it('skips contact blocks and uses a shorter symbol list in plain English', () => {
    assert.deepEqual(runBlock(specialCharacters, contactLine('address', 'Flat 2/3, Smith & Co')), []);
    assert.deepEqual(runBlock(specialCharacters, 'Rest; then eat.', {profile: 'plain'}), []);
    assert.equal(runBlock(specialCharacters, 'Tea & cake.', {profile: 'plain'}).length, 1);
  });
});

describe('hyphens-dashes', () => {
  it('replaces a dash with a comma', () => {
    const text = 'Take it with food – this stops sickness.';
    assert.deepEqual(runBlock(hyphensDashes, text), [
      {
        rule: 'hyphens-dashes',
        severity: 'warning',
        message: 'Avoid dashes. Use a comma or a full stop instead.',
        why: 'NHS guidance: hyphens and dashes are hard for people with poor literacy.',
        from: 17,
        to: 20,
        suggestions: [{label: 'Use a comma', replacement: ', '}],
      },
    ]);
  });

  it('treats a spaced hyphen as a dash and removes a dash at a line start', () => {
    const text = 'Your doctor - or nurse — will call.\n– Bring your letter';
    assert.deepEqual(fixes(runBlock(hyphensDashes, text)), [', ', ', ', '']);
  });

  it('leaves ranges and hyphenated words to other rules', () => {
    for (const text of ['Wait 2–3 days.', 'Open 9am–5pm.', 'Self-care is good.', 'Get a follow-up.', 'It costs £10 – £20.', '']) {
      assert.deepEqual(runBlock(hyphensDashes, text), [], text);
    }
  });

  it('is off in plain English', () => {
    assert.equal(hyphensDashes.defaults.plain.enabled, false);
    assert.equal(hyphensDashes.defaults['easy-read'].enabled, true);
  });
});

describe('roman-numerals', () => {
  it('offers digits for "Type II"', () => {
    assert.deepEqual(runBlock(romanNumerals, 'You have Type II diabetes.'), [
      {
        rule: 'roman-numerals',
        severity: 'warning',
        message: 'Use a number instead of a Roman numeral: 2.',
        why: 'Accessibility guidance (W3C): avoid Roman numerals.',
        from: 14,
        to: 16,
        suggestions: [{label: 'Change to "2"', replacement: '2'}],
      },
    ]);
  });

  it('flags numerals after counting words, in list markers and numbering headings', () => {
    assert.deepEqual(fixes(runBlock(romanNumerals, 'It is stage IV now.')), ['4']);
    assert.deepEqual(fixes(runBlock(romanNumerals, 'First\nii) Second\n(iv) Fourth')), ['2', '4']);
    assert.deepEqual(fixes(runBlock(romanNumerals, heading('IV. Your care'))), ['4']);
    assert.equal(romanValue('XIV'), 14);
    assert.equal(romanValue('ab'), 0);
  });

  it('allows "I", "IV drip", "X-ray" and lower-case words', () => {
    for (const text of ['I am fine.', 'You need an IV drip.', 'Get an X-ray.', 'vi is an editor.', 'Mix it well.', heading('IV fluids')]) {
      assert.deepEqual(runBlock(romanNumerals, text), [], typeof text === 'string' ? text : text.text);
    }
    assert.deepEqual(runBlock(romanNumerals, block('list-item', 'I will call you.')), []);
  });
});
