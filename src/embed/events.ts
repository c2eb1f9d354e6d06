import type {CheckResult} from '../checks/types.js';
import type {PositionedFinding} from '../editor/plugins/checks-state.js';
import type {ReviewVerdict} from '../review/review-api.js';
import {typedEvent} from '../events/typed-event.js';

/**
 * The events the embed bundle adds to its elements. Each bubbles and is composed: the
 * element sits in someone else's page, often inside that page's own shadow roots
 * (a framework's component), and the page listens wherever it likes.
 */

/** A check of the whole document finished: `findings` are its open problems, `scores` its figures. */
export class ChecksEvent extends typedEvent(
  'er-checks',
  {bubbles: true, composed: true},
  (findings: readonly PositionedFinding[], scores: CheckResult['scores'] | null) => ({findings, scores})
) {}

/**
 * The draft was kept: `where` is `browser` (standalone, in this browser's IndexedDB) or
 * `server` (connected: the team server has it, as document `documentId`).
 */
export class SavedEvent extends typedEvent(
  'er-saved',
  {bubbles: true, composed: true},
  (name: string, where: 'browser' | 'server', documentId = '') => ({
    /** The element's `name`, which keys the draft. */
    name,
    where,
    /** The team document's id when `where` is `server`; else `''`. */
    documentId,
  })
) {}

/** Something went wrong that the page may want to report: `message` says what, in plain words. */
export class EmbedErrorEvent extends typedEvent('er-error', {bubbles: true, composed: true}, (message: string) => ({message})) {}

/** The volunteer sent their verdict from `<er-review>`. */
export class ReviewSubmittedEvent extends typedEvent('er-review-submitted', {bubbles: true, composed: true}, (verdict: ReviewVerdict) => ({
  verdict,
})) {}

declare global {
  interface HTMLElementEventMap {
    'er-checks': ChecksEvent;
    'er-saved': SavedEvent;
    'er-error': EmbedErrorEvent;
    'er-review-submitted': ReviewSubmittedEvent;
  }
}
