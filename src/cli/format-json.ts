import type {CheckReport} from '../checks/check-text.js';

/**
 * Formats reports as JSON: one object for one file, or an array of objects (in the
 * order the files were given) for several, so `easy-read check --format json a.txt`
 * can be read without unwrapping. Each object is a `CheckReport` exactly as `reportFor`
 * made it. The result is indented and ends with a newline.
 */
export function formatJson(reports: readonly CheckReport[]): string {
  return `${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`;
}
