import {typedEvent} from '../events/typed-event.js';
import type {ResponseInput, RoundRequest, RoundResults} from './rounds-api.js';

/** The author answered one feedback item. Fired by `<er-feedback-panel>`; bubbles to the round panel. */
export class ItemResponseEvent extends typedEvent('item-response', {bubbles: true}, (itemId: string, response: ResponseInput) => ({
  itemId,
  response,
})) {}

/**
 * The author asked to see a part of the document in the text. Fired by
 * `<er-feedback-panel>`; composed, so the editing screen hears it from inside the side panel.
 */
export class PartSelectEvent extends typedEvent('part-select', {bubbles: true, composed: true}, (partId: string) => ({partId})) {}

/** The author chose reviewers, a due date and the approvals needed. Fired by `<er-send-for-review-form>`. */
export class RoundRequestEvent extends typedEvent('round-request', {bubbles: true}, (request: RoundRequest) => ({request})) {}

/** The author closed the "Send for review" form without sending. Fired by `<er-send-for-review-form>`. */
export class RoundRequestCancelEvent extends typedEvent('round-request-cancel', {bubbles: true}, () => ({})) {}

/**
 * New results for the round on show (or `null`: no round). Fired by
 * `<er-review-round-panel>`, composed, so the editing screen can mark them in the text.
 */
export class RoundResultsEvent extends typedEvent('round-results', {bubbles: true, composed: true}, (results: RoundResults | null) => ({
  results,
})) {}

declare global {
  interface HTMLElementEventMap {
    'item-response': ItemResponseEvent;
    'part-select': PartSelectEvent;
    'round-request': RoundRequestEvent;
    'round-request-cancel': RoundRequestCancelEvent;
    'round-results': RoundResultsEvent;
  }
}
