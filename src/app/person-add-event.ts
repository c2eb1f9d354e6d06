import type {NewUser} from './api-client.js';

/** Fired by `<er-add-person-form>` when its fields are filled in correctly. */
export class PersonAddEvent extends Event {
  static readonly eventName = 'person-add';
  /** The person to add, ready to send. */
  readonly user: NewUser;

  constructor(user: NewUser) {
    super(PersonAddEvent.eventName, {bubbles: true});
    this.user = user;
  }
}

declare global {
  interface HTMLElementEventMap {
    'person-add': PersonAddEvent;
  }
}
