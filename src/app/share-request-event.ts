import type {PersonRef} from './api-client.js';

/** What the share panel asks for: share the document with someone, or stop. */
export type ShareAction = 'share' | 'stop';

/** Fired by `<er-share-panel>` when the owner asks to share or stop sharing; a controller calls the server. */
export class ShareRequestEvent extends Event {
  static readonly eventName = 'share-request';
  readonly action: ShareAction;
  /** Who to share with, or stop sharing with. */
  readonly person: PersonRef;

  constructor(action: ShareAction, person: PersonRef) {
    super(ShareRequestEvent.eventName, {bubbles: true});
    this.action = action;
    this.person = person;
  }
}

declare global {
  interface HTMLElementEventMap {
    'share-request': ShareRequestEvent;
  }
}
