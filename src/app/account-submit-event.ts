import type {AccountFormMode} from './account-form.js';

/** Fired by `<er-account-form>` when its fields are filled in correctly. */
export class AccountSubmitEvent extends Event {
  static readonly eventName = 'account-submit';
  readonly mode: AccountFormMode;
  readonly name: string;
  readonly email: string;
  readonly password: string;

  constructor(mode: AccountFormMode, fields: {name: string; email: string; password: string}) {
    super(AccountSubmitEvent.eventName, {bubbles: true});
    this.mode = mode;
    this.name = fields.name;
    this.email = fields.email;
    this.password = fields.password;
  }
}

declare global {
  interface HTMLElementEventMap {
    'account-submit': AccountSubmitEvent;
  }
}
