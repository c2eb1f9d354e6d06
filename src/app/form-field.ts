import {html, nothing, type ReactiveElement, type TemplateResult} from 'lit';

/** What {@link formField} shows. */
export interface FormField {
  /** The input's `id`; its hint and error take the ids `<id>-hint` and `<id>-error`. */
  readonly id: string;
  /** The input's name in the form data. */
  readonly name: string;
  readonly label: string;
  /** The input's `type`, such as `text`, `email` or `password`. */
  readonly type: string;
  /** The input's `autocomplete` value. */
  readonly autocomplete: string;
  /** Plain words under the label on how to fill it in (none when empty or missing). */
  readonly hint?: string;
  /** What is wrong with the value, shown above the input (none when empty or missing). */
  readonly error?: string;
  /** Turns the browser's spelling check off, for names, addresses and passwords people read back. */
  readonly noSpellcheck?: boolean;
}

/**
 * One labelled text input of an app form, in the order a screen reader meets it:
 * label, hint, error, input. The input points at its hint and error with
 * `aria-describedby`, and is `aria-invalid` while there is an error. Style it with
 * `formFieldStyles` (the `.field` classes).
 */
export function formField(field: FormField): TemplateResult {
  const {id, hint, error} = field;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${id}>${field.label}</label>
    ${hint ? html`<span class="field__hint" id="${id}-hint">${hint}</span>` : nothing}
    ${error ? html`<p class="field__error" id="${id}-error">${error}</p>` : nothing}
    <input
      id=${id}
      name=${field.name}
      type=${field.type}
      autocomplete=${field.autocomplete}
      spellcheck=${field.noSpellcheck ? 'false' : nothing}
      aria-invalid=${error ? 'true' : nothing}
      aria-describedby=${describedBy || nothing}
    />
  </div>`;
}

/** The name, email address and password typed in a form, as its inputs `name`, `email` and `password` hold them. */
export interface AccountFields {
  /** Trimmed; `''` when the form has no name input. */
  readonly name: string;
  /** Trimmed. */
  readonly email: string;
  /** As typed: spaces count. */
  readonly password: string;
}

/** Reads the {@link AccountFields} of `form`. */
export function readAccountFields(form: HTMLFormElement): AccountFields {
  const data = new FormData(form);
  return {
    name: String(data.get('name') ?? '').trim(),
    email: String(data.get('email') ?? '').trim(),
    password: String(data.get('password') ?? ''),
  };
}

/** What to say about `email` when it does not look like an email address, or `undefined` when it does. */
export function emailError(email: string): string | undefined {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? undefined : 'Type an email address, like name@nhs.net.';
}

/**
 * When `errors` names a field, focuses that field's input once `host` has rendered the
 * errors (its id is `idPrefix` and the field's key), and returns true; returns false
 * when there is no error.
 */
export function focusFirstError(host: ReactiveElement, errors: object, idPrefix = ''): boolean {
  const first = Object.keys(errors)[0];
  if (!first) return false;
  void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>(`#${idPrefix}${first}`)?.focus());
  return true;
}
