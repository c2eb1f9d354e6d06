import type {CheckReport} from '../checks/check-text.js';
import {isOverMaxReadingAge, MAX_READING_AGE} from '../checks/scores.js';

/**
 * Formats reports the way linters do, one line per finding:
 *
 *     leaflet.txt:3:14 warning This sentence is long. sentence-length
 *
 * A finding about the whole document (line 0, column 0 in the report) is shown at 1:1,
 * where editors and CI annotations can point to it. Then comes one summary line per file
 * with its counts and reading age:
 *
 *     leaflet.txt: 2 errors, 1 warning, 0 info. Reading age 10. 120 words, 14 sentences.
 *
 * Several files are separated by a blank line. The result ends with a newline.
 */
export function formatText(reports: readonly CheckReport[]): string {
  return reports.map(formatReport).join('\n');
}

function formatReport(report: CheckReport): string {
  const lines = report.findings.map((found) => {
    const place = found.line > 0 ? `${found.line}:${Math.max(found.column, 1)}` : '1:1';
    return `${report.file}:${place} ${found.severity} ${oneLine(found.message)} ${found.rule}`;
  });
  lines.push(summaryLine(report));
  return lines.map((line) => `${line}\n`).join('');
}

/** The per-file summary. It never matches the finding pattern, so tools can tell them apart. */
function summaryLine(report: CheckReport): string {
  const {errors, warnings, infos} = report.summary;
  const counts = `${count(errors, 'error', 'errors')}, ${count(warnings, 'warning', 'warnings')}, ${infos} info`;
  const age = ageText(report);
  const size = `${count(report.words, 'word', 'words')}, ${count(report.sentences, 'sentence', 'sentences')}.`;
  return `${report.file}: ${counts}. ${age} ${size}`;
}

/**
 * The reading age as the summary says it. Scored English text is 5 to 21; a reading age of
 * 0 with words means the text was not scored (it is not English), and 21 from a harder
 * grade is "over 21".
 */
function ageText(report: CheckReport): string {
  const {readingAge, fleschKincaidGrade} = report.readability;
  if (report.words === 0) return 'No text to give a reading age.';
  if (readingAge === 0) return 'Scores are for English text only.';
  return isOverMaxReadingAge(fleschKincaidGrade) ? `Reading age over ${MAX_READING_AGE}.` : `Reading age ${round(readingAge)}.`;
}

function count(value: number, one: string, many: string): string {
  return `${value} ${value === 1 ? one : many}`;
}

/** One decimal place at most: reading ages are shown as "9" or "10.5". */
function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Messages are single sentences, but a line break would split a finding over two lines. */
function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ').trim();
}
