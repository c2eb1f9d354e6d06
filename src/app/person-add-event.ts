import {typedEvent} from '../events/typed-event.js';
import type {NewUser} from './api-client.js';

/** Fired by `<er-add-person-form>` when its fields are filled in correctly. */
export class PersonAddEvent extends typedEvent('person-add', {bubbles: true}, (user: NewUser) => ({
  /** The person to add, ready to send. */
  user,
})) {}

declare global {
  interface HTMLElementEventMap {
    'person-add': PersonAddEvent;
  }
}
