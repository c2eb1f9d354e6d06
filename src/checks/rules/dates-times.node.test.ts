import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {dates, fullDate} from './dates.js';
import {covered, runBlock} from './structure-test-context.js';
import {clock, times} from './times.js';

const fixes = (findings: readonly {suggestions: readonly {replacement: string}[]}[]) =>
  findings.map((f) => f.suggestions.map((s) => s.replacement).join());

describe('dates', () => {
  it('offers the full form for a numeric UK date', () => {
    assert.deepEqual(runBlock(dates, 'Come on 06/08/2026.'), [
      {
        rule: 'dates',
        severity: 'warning',
        message: 'Write the date in words: 6 August 2026.',
        why: 'NHS guidance: write dates like "6 August 2026", with the month in full.',
        from: 8,
        to: 18,
        suggestions: [{label: 'Change to "6 August 2026"', replacement: '6 August 2026'}],
      },
    ]);
  });

  it('reads ISO dates, short months, ordinals and the US order', () => {
    const text = 'On 2026-08-06, 6 Aug, 6th August 2026, Aug 6, 2026, 6.8.26 and 06-08-2026.';
    assert.deepEqual(covered(text, runBlock(dates, text)), ['2026-08-06', '6 Aug', '6th August 2026', 'Aug 6, 2026', '6.8.26', '06-08-2026']);
    assert.deepEqual(fixes(runBlock(dates, text)), [
      '6 August 2026',
      '6 August',
      '6 August 2026',
      '6 August 2026',
      '6 August 2026',
      '6 August 2026',
    ]);
  });

  it('flags an impossible numeric date with no fix', () => {
    assert.deepEqual(fixes(runBlock(dates, 'On 13/25/2026.')), ['']);
    assert.equal(fullDate('31', '13', '2026'), undefined);
  });

  it('leaves good dates and other numbers alone', () => {
    for (const text of [
      'Come on 6 August 2026.',
      'Come on Wednesday 6 August.',
      'It is in May.',
      'We opened in March 2026.',
      'Take 2 tablets.',
      'Go to www.nhs.uk/06/08/2026.',
      'Use 1/2 a cup.',
      '',
    ]) {
      assert.deepEqual(runBlock(dates, text), [], text);
    }
  });
});

describe('times', () => {
  it('offers the 12-hour form for a 24-hour time', () => {
    assert.deepEqual(runBlock(times, 'We close at 17:00.'), [
      {
        rule: 'times',
        severity: 'warning',
        message: 'Write the time like this: 5pm.',
        why: 'NHS guidance: use the 12-hour clock, like "5pm" or "5:30pm".',
        from: 12,
        to: 17,
        suggestions: [{label: 'Change to "5pm"', replacement: '5pm'}],
      },
    ]);
  });

  it('fixes each NHS-style problem', () => {
    const text = 'Open 09:30 to 1700hrs. Or 5.30pm, 5:00pm, 5 pm, 6 p.m., 12am, 12pm, 12 noon, 00:00 and 17:00hrs.';
    assert.deepEqual(fixes(runBlock(times, text)), [
      '9:30am',
      '5pm',
      '5:30pm',
      '5pm',
      '5pm',
      '6pm',
      'midnight',
      'midday',
      'midday',
      'midnight',
      '5pm',
    ]);
  });

  it('accepts NHS-style times', () => {
    for (const text of ['Open 9am to 5:30pm.', 'Come at midday.', 'Phone before midnight.', 'Call 0300 123 4567.', '']) {
      assert.deepEqual(runBlock(times, text), [], text);
    }
  });

  it('does not read a ratio as a time', () => {
    assert.deepEqual(runBlock(times, 'Mix it 1:10 with water.'), []);
    assert.deepEqual(fixes(runBlock(times, 'Come at 9:30 please.')), ['9:30am']);
  });

  it('allows the 24-hour clock when the profile says so', () => {
    assert.deepEqual(runBlock(times, 'We close at 17:00.', {overrides: {times: {allow24Hour: true}}}), []);
    assert.equal(runBlock(times, 'We close at 5.30pm.', {overrides: {times: {allow24Hour: true}}}).length, 1);
  });

  it('formats clock times', () => {
    assert.equal(clock(0, 0), 'midnight');
    assert.equal(clock(12, 0), 'midday');
    assert.equal(clock(0, 30), '12:30am');
    assert.equal(clock(23, 5), '11:05pm');
  });
});
