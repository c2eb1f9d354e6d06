import type {DocumentRule} from '../rule.js';
import type {Finding} from '../types.js';

/**
 * Checks the document's details for the date it was written and the date it must be reviewed
 * by (both ISO `YYYY-MM-DD`): each empty or not a real date is an error, and so is a review
 * date before today (`context.today`). A date that is `undefined` is unknown (the input
 * format cannot hold it, as in a `.txt` file) and is not checked. All findings are about
 * the whole document (block -1).
 */
export const datesOnDocument: DocumentRule = {
  id: 'dates-on-document',
  description: 'Show when the document was written and when it will be reviewed.',
  scope: 'document',
  defaults: {
    'easy-read': {enabled: true},
    plain: {enabled: true},
  },
  combine(_collected, {input, today}) {
    const findings: Finding[] = [];
    const add = (message: string) =>
      findings.push({rule: 'dates-on-document', severity: 'error', message, why, block: -1, from: 0, to: 0, suggestions: []});
    const written = input.details.written?.trim();
    const reviewBy = input.details.reviewBy?.trim();
    if (written === '') add('Add the date this document was written.');
    else if (written !== undefined && !isIsoDate(written)) add('The date written is not a real date.');
    if (reviewBy === '') add('Add the date this document will be reviewed.');
    else if (reviewBy !== undefined && !isIsoDate(reviewBy)) add('The review date is not a real date.');
    else if (reviewBy !== undefined && isIsoDate(today) && reviewBy < today) add('The review date has passed. Check the document and update it.');
    return findings;
  },
};

const why = 'NHS standard: show when content was checked and when it will be checked again.';

/** Whether a string is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
