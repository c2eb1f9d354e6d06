import {typedEvent} from '../events/typed-event.js';

/** Which form to show: sign in, or create the first admin account on a new server. */
export type AccountFormMode = 'sign-in' | 'setup';

/** Fired by `<er-account-form>` when its fields are filled in correctly. */
export class AccountSubmitEvent extends typedEvent(
  'account-submit',
  {bubbles: true},
  (mode: AccountFormMode, fields: {name: string; email: string; password: string}) => ({
    mode,
    name: fields.name,
    email: fields.email,
    password: fields.password,
  })
) {}

declare global {
  interface HTMLElementEventMap {
    'account-submit': AccountSubmitEvent;
  }
}
