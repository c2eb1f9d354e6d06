import {typedEvent} from '../events/typed-event.js';
import type {DocumentStatus} from './api-client.js';

/** Fired by `<er-team-document-list>` when the user searches or filters; `<er-app>` asks the server. */
export class TeamSearchEvent extends typedEvent(
  'team-search',
  {bubbles: true},
  (q: string, status: DocumentStatus | undefined) => ({
    /** Words in the title (may be empty). */
    q,
    /** Only documents with this status, or every status. */
    status,
  })
) {}

declare global {
  interface HTMLElementEventMap {
    'team-search': TeamSearchEvent;
  }
}
