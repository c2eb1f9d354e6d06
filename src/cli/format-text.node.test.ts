import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {CheckReport, ReportFinding} from '../checks/check-text.js';
import {formatJson} from './format-json.js';
import {formatText} from './format-text.js';

function report(file: string, findings: ReportFinding[], words = 12): CheckReport {
  const count = (severity: string) => findings.filter((finding) => finding.severity === severity).length;
  return {
    file,
    profile: 'easy-read',
    words,
    sentences: 2,
    readability: {fleschReadingEase: 80.04, fleschKincaidGrade: 4.5, smog: 6, readingAge: 9.5},
    findings,
    summary: {errors: count('error'), warnings: count('warning'), infos: count('info')},
  };
}

const longSentence: ReportFinding = {
  rule: 'sentence-length',
  severity: 'error',
  message: 'This sentence has 28 words.\nTry 15 or fewer.',
  line: 4,
  column: 7,
  text: 'If you feel unwell',
  suggestions: [],
};
const noDate: ReportFinding = {...longSentence, rule: 'dates-on-document', message: 'Add the date.', line: 0, column: 0, text: ''};

describe('formatText', () => {
  it('writes a finding per line, a document finding at 1:1, then the summary', () => {
    assert.equal(
      formatText([report('leaflet.txt', [noDate, longSentence])]),
      [
        'leaflet.txt:1:1 error Add the date. dates-on-document',
        'leaflet.txt:4:7 error This sentence has 28 words. Try 15 or fewer. sentence-length',
        'leaflet.txt: 2 errors, 0 warnings, 0 info. Reading age 9.5. 12 words, 2 sentences.',
        '',
      ].join('\n')
    );
  });

  it('separates files with a blank line and says when there is no text to score', () => {
    assert.equal(
      formatText([report('a.txt', []), report('b.txt', [], 0)]),
      'a.txt: 0 errors, 0 warnings, 0 info. Reading age 9.5. 12 words, 2 sentences.\n\n' +
        'b.txt: 0 errors, 0 warnings, 0 info. No text to give a reading age. 0 words, 2 sentences.\n'
    );
  });
});

describe('formatText reading ages', () => {
  it('says "over 21" above the oldest reading age, and that scores are for English', () => {
    const hard: CheckReport = {...report('hard.txt', []), readability: {fleschReadingEase: 0, fleschKincaidGrade: 40.2, smog: 30, readingAge: 21}};
    assert.match(formatText([hard]), /Reading age over 21\./);
    const welsh: CheckReport = {...report('cy.txt', []), readability: {fleschReadingEase: 0, fleschKincaidGrade: 0, smog: 0, readingAge: 0}};
    assert.match(formatText([welsh]), /Scores are for English text only\./);
    const top: CheckReport = {...report('top.txt', []), readability: {fleschReadingEase: 10, fleschKincaidGrade: 16, smog: 15, readingAge: 21}};
    assert.match(formatText([top]), /Reading age 21\./);
  });
});

describe('formatJson', () => {
  it('writes one object for one report and an array for several', () => {
    const one = report('a.txt', [longSentence]);
    assert.deepEqual(JSON.parse(formatJson([one])), one);
    assert.deepEqual(JSON.parse(formatJson([one, one])), [one, one]);
    assert.ok(formatJson([one]).endsWith('}\n'));
  });
});
