import type {DocumentStatus} from './api-client.js';

/** Fired by `<er-team-document-list>` when the user searches or filters; `<er-app>` asks the server. */
export class TeamSearchEvent extends Event {
  static readonly eventName = 'team-search';
  /** Words in the title (may be empty). */
  readonly q: string;
  /** Only documents with this status, or every status. */
  readonly status: DocumentStatus | undefined;

  constructor(q: string, status: DocumentStatus | undefined) {
    super(TeamSearchEvent.eventName, {bubbles: true});
    this.q = q;
    this.status = status;
  }
}

declare global {
  interface HTMLElementEventMap {
    'team-search': TeamSearchEvent;
  }
}
