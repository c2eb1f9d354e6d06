import type {CheckReport} from '../checks/check-text.js';

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
  const age = report.words === 0 ? 'No text to give a reading age.' : `Reading age ${round(report.readability.readingAge)}.`;
  const size = `${count(report.words, 'word', 'words')}, ${count(report.sentences, 'sentence', 'sentences')}.`;
  return `${report.file}: ${counts}. ${age} ${size}`;
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
