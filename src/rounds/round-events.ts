import type {ItemResponse, RoundRequest, RoundResults} from './rounds-api.js';

/** The author answered one feedback item. Fired by `<er-feedback-panel>`; bubbles to the round panel. */
export class ItemResponseEvent extends Event {
  static readonly type = 'item-response';
  readonly itemId: string;
  readonly response: ItemResponse;

  constructor(itemId: string, response: ItemResponse) {
    super(ItemResponseEvent.type, {bubbles: true});
    this.itemId = itemId;
    this.response = response;
  }
}

/**
 * The author asked to see a part of the document in the text. Fired by
 * `<er-feedback-panel>`; composed, so the editing screen hears it from inside the side panel.
 */
export class PartSelectEvent extends Event {
  static readonly type = 'part-select';
  readonly partId: string;

  constructor(partId: string) {
    super(PartSelectEvent.type, {bubbles: true, composed: true});
    this.partId = partId;
  }
}

/** The author chose reviewers, a due date and the approvals needed. Fired by `<er-send-for-review-form>`. */
export class RoundRequestEvent extends Event {
  static readonly type = 'round-request';
  readonly request: RoundRequest;

  constructor(request: RoundRequest) {
    super(RoundRequestEvent.type, {bubbles: true});
    this.request = request;
  }
}

/**
 * New results for the round on show (or `null`: no round). Fired by
 * `<er-review-round-panel>`, composed, so the editing screen can mark them in the text.
 */
export class RoundResultsEvent extends Event {
  static readonly type = 'round-results';
  readonly results: RoundResults | null;

  constructor(results: RoundResults | null) {
    super(RoundResultsEvent.type, {bubbles: true, composed: true});
    this.results = results;
  }
}

declare global {
  interface HTMLElementEventMap {
    'item-response': ItemResponseEvent;
    'part-select': PartSelectEvent;
    'round-request': RoundRequestEvent;
    'round-request-cancel': Event;
    'round-results': RoundResultsEvent;
  }
}
