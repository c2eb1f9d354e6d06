import {typedEvent} from '../events/typed-event.js';
import type {PersonRef} from './api-client.js';

/** What the share panel asks for: share the document with someone, or stop. */
export type ShareAction = 'share' | 'stop';

/** Fired by `<er-share-panel>` when the owner asks to share or stop sharing; a controller calls the server. */
export class ShareRequestEvent extends typedEvent('share-request', {bubbles: true}, (action: ShareAction, person: PersonRef) => ({
  action,
  /** Who to share with, or stop sharing with. */
  person,
})) {}

declare global {
  interface HTMLElementEventMap {
    'share-request': ShareRequestEvent;
  }
}
