import type {IgnoredFinding, IgnoreReason} from '../checks/types.js';
import type {PositionedFinding} from '../editor/plugins/checks-plugin.js';

/**
 * The panels' events. Each is fired from the panel's host for a user action, bubbles
 * (the app listens on the panel or above it) and is not composed: the app's own template
 * holds the panels, so the events never need to leave a shadow root.
 */

/**
 * The user chose a problem in a list: the app should select `from`–`to` in the editor
 * (`editor.selectRange(from, to)`). A problem about the whole document has no place:
 * then `inText` is false and `from` and `to` are -1, so show the document's details instead.
 */
export class FindingSelectEvent extends Event {
  static readonly eventName = 'finding-select';
  readonly finding: PositionedFinding;
  readonly from: number;
  readonly to: number;
  /** Whether the problem is in the text (false for a problem about the whole document). */
  readonly inText: boolean;

  constructor(finding: PositionedFinding) {
    super(FindingSelectEvent.eventName, {bubbles: true});
    this.finding = finding;
    this.from = finding.from;
    this.to = finding.to;
    this.inText = finding.block >= 0;
  }
}

/** The user chose fix `index` of problem `id`: the app runs `applySuggestion(id, index)`. */
export class FindingFixEvent extends Event {
  static readonly eventName = 'finding-fix';
  /** The finding's id (`PositionedFinding.id`). */
  readonly id: string;
  readonly index: number;

  constructor(id: string, index: number) {
    super(FindingFixEvent.eventName, {bubbles: true});
    this.id = id;
    this.index = index;
  }
}

/** The user chose to ignore problem `id` for `reason`: the app runs `ignoreFinding(id, reason, user)`. */
export class FindingIgnoreEvent extends Event {
  static readonly eventName = 'finding-ignore';
  /** The finding's id (`PositionedFinding.id`). */
  readonly id: string;
  readonly reason: IgnoreReason;

  constructor(id: string, reason: IgnoreReason) {
    super(FindingIgnoreEvent.eventName, {bubbles: true});
    this.id = id;
    this.reason = reason;
  }
}

/** The user wants an ignored problem shown again: the app runs `reopenIgnored(ignore)`. */
export class IgnoreReopenEvent extends Event {
  static readonly eventName = 'ignore-reopen';
  readonly ignore: IgnoredFinding;

  constructor(ignore: IgnoredFinding) {
    super(IgnoreReopenEvent.eventName, {bubbles: true});
    this.ignore = ignore;
  }
}

declare global {
  interface HTMLElementEventMap {
    'finding-select': FindingSelectEvent;
    'finding-fix': FindingFixEvent;
    'finding-ignore': FindingIgnoreEvent;
    'ignore-reopen': IgnoreReopenEvent;
  }
}
