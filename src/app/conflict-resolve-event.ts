/** How the author settles a save conflict: keep theirs, keep mine, or keep theirs and copy mine. */
export type ConflictChoice = 'mine' | 'theirs' | 'copy';

/** Fired by `<er-conflict-dialog>` when the author chooses. */
export class ConflictResolveEvent extends Event {
  static readonly eventName = 'conflict-resolve';
  readonly choice: ConflictChoice;

  constructor(choice: ConflictChoice) {
    super(ConflictResolveEvent.eventName, {bubbles: true});
    this.choice = choice;
  }
}

declare global {
  interface HTMLElementEventMap {
    'conflict-resolve': ConflictResolveEvent;
  }
}
