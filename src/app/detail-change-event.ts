import {typedEvent} from '../events/typed-event.js';

/** The document details a user can change. */
export type DetailKey = 'audience' | 'owner' | 'written' | 'reviewBy';

/** Fired by `<er-document-details>` when the user changes a detail. */
export class DetailChangeEvent extends typedEvent('detail-change', {bubbles: true}, (key: DetailKey, value: string) => ({
  key,
  value,
})) {}

declare global {
  interface HTMLElementEventMap {
    'detail-change': DetailChangeEvent;
  }
}
