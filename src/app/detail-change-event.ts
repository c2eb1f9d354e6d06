/** The document details a user can change. */
export type DetailKey = 'audience' | 'owner' | 'written' | 'reviewBy';

/** Fired by `<er-document-details>` when the user changes a detail. */
export class DetailChangeEvent extends Event {
  static readonly eventName = 'detail-change';
  readonly key: DetailKey;
  readonly value: string;

  constructor(key: DetailKey, value: string) {
    super(DetailChangeEvent.eventName, {bubbles: true});
    this.key = key;
    this.value = value;
  }
}

declare global {
  interface HTMLElementEventMap {
    'detail-change': DetailChangeEvent;
  }
}
