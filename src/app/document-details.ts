import {LitElement, css, html} from 'lit';
import {customElement, property} from 'lit/decorators.js';
import type {EditorState} from 'prosemirror-state';
import {DetailChangeEvent, type DetailKey} from './detail-change-event.js';
import {sharedStyles} from './shared.styles.js';

const fields: readonly {key: DetailKey; label: string; hint: string; type: 'text' | 'date'}[] = [
  {key: 'audience', label: 'Who it is for', hint: 'For example: adults with a learning disability', type: 'text'},
  {key: 'owner', label: 'Owner', hint: 'The team or person who looks after it', type: 'text'},
  {key: 'written', label: 'Date written', hint: '', type: 'date'},
  {key: 'reviewBy', label: 'Check again by', hint: 'The date to review it', type: 'date'},
];

/**
 * The document's details, stored with it: who it is for, the owner, the date written
 * and the review-by date. Shows the editor state it is given; each change is an intent
 * for the editor to apply, so it is undoable like any edit.
 *
 * @summary Document details form.
 * @fires detail-change - The user changed a detail (`event.key`, `event.value`).
 */
@customElement('er-document-details')
export class DocumentDetails extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      fieldset {
        border: 1px solid #aeb7bd;
        border-radius: 8px;
        padding: 0.75rem 1rem 1rem;
        margin: 0;
      }
      legend {
        font-size: 1.25rem;
        font-weight: 700;
        padding: 0 0.25rem;
      }
      .field {
        display: grid;
        gap: 0.25rem;
        margin-top: 0.75rem;
      }
      .field__hint {
        color: #4c6272;
        font-size: 0.9375rem;
      }
      input {
        width: 100%;
      }
    `,
  ];

  /** The editor state whose document details are shown. */
  @property({attribute: false}) editorState?: EditorState;

  /** When set, the details can be read but not changed. */
  @property({type: Boolean}) readonly = false;

  private handleChange(key: DetailKey, event: Event): void {
    const value = (event.target as HTMLInputElement).value.trim();
    this.dispatchEvent(new DetailChangeEvent(key, value));
  }

  override render() {
    const attrs = this.editorState?.doc.attrs ?? {};
    return html`<fieldset part="base">
      <legend>Document details</legend>
      ${fields.map(
        (field) => html`<div class="field">
          <label for="detail-${field.key}">${field.label}</label>
          ${field.hint ? html`<span class="field__hint" id="hint-${field.key}">${field.hint}</span>` : ''}
          <input
            id="detail-${field.key}"
            type=${field.type}
            .value=${String(attrs[field.key] ?? '')}
            ?readonly=${this.readonly}
            aria-describedby=${field.hint ? `hint-${field.key}` : ''}
            @change=${(event: Event) => this.handleChange(field.key, event)}
          />
        </div>`
      )}
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'er-document-details': DocumentDetails;
  }
}
