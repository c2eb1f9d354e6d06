import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {contractions} from './contractions.js';
import {flagged, heading, runBlockRule} from './test-context.js';

describe('contractions', () => {
  it('flags a contraction and offers the full form', () => {
    assert.deepEqual(runBlockRule(contractions, "You can't drive."), [
      {
        rule: 'contractions',
        severity: 'warning',
        message: 'Write “cannot”, not “can\'t”.',
        why: 'NHS content guide: write "cannot" and "do not"; contractions are misread.',
        from: 4,
        to: 9,
        suggestions: [{label: 'Write “cannot”', replacement: 'cannot'}],
      },
    ]);
  });

  it('keeps capitals and reads curly apostrophes', () => {
    const text = 'Don’t worry. It’s fine. WON’T STOP.';
    const findings = runBlockRule(contractions, text);
    assert.deepEqual(flagged(text, findings), ['Don’t', 'It’s', 'WON’T']);
    assert.deepEqual(findings.map((item) => item.suggestions.map((fix) => fix.replacement)), [['Do not'], ['It is', 'It has'], ['WILL NOT']]);
  });

  it('flags every contraction in easy read', () => {
    const text = "You'll be fine. We've checked. You should've called.";
    assert.deepEqual(flagged(text, runBlockRule(contractions, text)), ["You'll", "We've", "should've"]);
  });

  it('follows the NHS rule in plain English: negative error, perfect warning, positive fine', () => {
    const text = "Don't worry. You'll be fine. You should've called.";
    const findings = runBlockRule(contractions, text, {profile: 'plain'});
    assert.deepEqual(findings.map((item) => [text.slice(item.from, item.to), item.severity]), [
      ["Don't", 'error'],
      ["should've", 'warning'],
    ]);
  });

  it('does not flag possessives, o’clock, quoted speech or a "Don\'t" list heading', () => {
    for (const text of ["Go to the doctor's surgery at 9 o'clock.", 'She said “I can’t come”.', 'Ask for your GP\'s letter.', '']) {
      assert.deepEqual(runBlockRule(contractions, text), [], text);
    }
    assert.deepEqual(runBlockRule(contractions, heading("Don't")), []);
  });
});
