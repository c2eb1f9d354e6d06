import type {IgnoredFinding, IgnoreReason} from '../checks/types.js';
import type {PositionedFinding} from '../editor/plugins/checks-plugin.js';
import {typedEvent} from '../events/typed-event.js';

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
export class FindingSelectEvent extends typedEvent('finding-select', {bubbles: true}, (finding: PositionedFinding) => ({
  finding,
  from: finding.from,
  to: finding.to,
  /** Whether the problem is in the text (false for a problem about the whole document). */
  inText: finding.block >= 0,
})) {}

/** The user chose fix `index` of problem `id`: the app runs `applySuggestion(id, index)`. */
export class FindingFixEvent extends typedEvent('finding-fix', {bubbles: true}, (id: string, index: number) => ({
  /** The finding's id (`PositionedFinding.id`). */
  id,
  index,
})) {}

/** The user chose to ignore problem `id` for `reason`: the app runs `ignoreFinding(id, reason, user)`. */
export class FindingIgnoreEvent extends typedEvent('finding-ignore', {bubbles: true}, (id: string, reason: IgnoreReason) => ({
  /** The finding's id (`PositionedFinding.id`). */
  id,
  reason,
})) {}

/** The user wants an ignored problem shown again: the app runs `reopenIgnored(ignore)`. */
export class IgnoreReopenEvent extends typedEvent('ignore-reopen', {bubbles: true}, (ignore: IgnoredFinding) => ({ignore})) {}

declare global {
  interface HTMLElementEventMap {
    'finding-select': FindingSelectEvent;
    'finding-fix': FindingFixEvent;
    'finding-ignore': FindingIgnoreEvent;
    'ignore-reopen': IgnoreReopenEvent;
  }
}
