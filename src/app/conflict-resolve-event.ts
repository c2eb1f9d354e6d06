import {typedEvent} from '../events/typed-event.js';

/** How the author settles a save conflict: keep theirs, keep mine, or keep theirs and copy mine. */
export type ConflictChoice = 'mine' | 'theirs' | 'copy';

/** Fired by `<er-conflict-dialog>` when the author chooses. */
export class ConflictResolveEvent extends typedEvent('conflict-resolve', {bubbles: true}, (choice: ConflictChoice) => ({
  choice,
})) {}

declare global {
  interface HTMLElementEventMap {
    'conflict-resolve': ConflictResolveEvent;
  }
}
