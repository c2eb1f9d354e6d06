import {LitElement, css, html, nothing} from 'lit';
import {customElement, property, state} from 'lit/decorators.js';
import {sharedStyles} from '../app/shared.styles.js';
import {ItemResponseEvent, PartSelectEvent} from './round-events.js';
import type {FeedbackItem, ItemKind, PartResult, RoundResults, Tally} from './rounds-api.js';

const kindWords: Readonly<Record<ItemKind, string>> = {
  'not-understood': 'Did not understand',
  'not-sure': 'Not sure',
  'hard-word': 'Hard word',
  picture: 'The picture did not help',
  comment: 'Comment',
};

/**
 * What the reviewers of one round said, part by part: how many understood it, the words
 * they found hard (the more people, the stronger the mark, with the count in words),
 * whether the picture helped, their comments — and, for every item, the author's answer:
 * "Changed" or "Not changed, because …". It only shows and asks: answers go up as
 * `item-response`, and the owner saves them and sets new `results`.
 *
 * @summary The author's view of a round's feedback.
 * @fires item-response - The author answered an item (`event.itemId`, `event.response`).
 * @fires part-select - The author wants to see a part in the text (`event.partId`).
 * @csspart base - The panel.
 */
@customElement('er-feedback-panel')
export class FeedbackPanel extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      h3 {
        font-size: 1.125rem;
        margin: 1rem 0 0.25rem;
      }
      .part:focus-visible {
        outline: 3px solid #ffb81c;
        outline-offset: 2px;
      }
      .part {
        border-top: 1px solid #aeb7bd;
        padding: 0.5rem 0;
      }
      .part__text {
        margin: 0 0 0.5rem;
        overflow-wrap: anywhere;
      }
      .tally {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        margin: 0 0 0.5rem;
        padding: 0;
        list-style: none;
      }
      .words {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin: 0 0 0.5rem;
        padding: 0;
        list-style: none;
      }
      .word {
        border-bottom: 3px solid #212b32;
        padding: 0 0.25rem;
      }
      .word--1 {
        background: #fff9c4;
      }
      .word--2 {
        background: #ffeb3b;
        border-bottom-width: 4px;
      }
      .word--3 {
        background: #ffb81c;
        border-bottom-width: 6px;
        font-weight: 700;
      }
      .items {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.75rem;
      }
      legend {
        overflow-wrap: anywhere;
      }
      textarea {
        width: 100%;
      }
      .answered {
        font-weight: 600;
        color: #00401e;
      }
      .field__error {
        color: #b51f13;
        font-weight: 600;
      }
    `,
  ];

  /** What the round's reviewers said (`GET /api/rounds/{id}/results`). */
  @property({attribute: false}) results?: RoundResults;

  /** While set, an answer is being saved: further answers wait. */
  @property({type: Boolean}) busy = false;

  /** The choice and reason being written, by item id, before they are saved. */
  @state() private drafts: ReadonlyMap<string, {action: 'changed' | 'not-changed' | ''; reason: string}> = new Map();
  @state() private errors: ReadonlyMap<string, string> = new Map();

  /** Moves the focus to what was said about part `partId`, when anything was. */
  async focusPart(partId: string): Promise<void> {
    await this.updateComplete;
    const section = this.renderRoot.querySelector<HTMLElement>(`[data-part="${CSS.escape(partId)}"]`);
    section?.scrollIntoView({block: 'nearest'});
    section?.focus();
  }

  private draftOf(item: FeedbackItem) {
    return this.drafts.get(item.id) ?? {action: item.response?.action ?? '', reason: item.response?.reason ?? ''};
  }

  private setDraft(item: FeedbackItem, change: Partial<{action: 'changed' | 'not-changed'; reason: string}>): void {
    this.drafts = new Map(this.drafts).set(item.id, {...this.draftOf(item), ...change});
    const errors = new Map(this.errors);
    errors.delete(item.id);
    this.errors = errors;
  }

  private handleSave(event: Event, item: FeedbackItem): void {
    event.preventDefault();
    if (this.busy) return;
    const draft = this.draftOf(item);
    const error =
      draft.action === ''
        ? 'Choose "Changed" or "Not changed".'
        : draft.action === 'not-changed' && !draft.reason.trim()
          ? 'Say why it was not changed.'
          : '';
    if (error) {
      this.errors = new Map(this.errors).set(item.id, error);
      return;
    }
    const reason = draft.reason.trim();
    const action = draft.action === 'changed' ? 'changed' : 'not-changed';
    this.dispatchEvent(new ItemResponseEvent(item.id, {action, ...(reason ? {reason} : {})}));
  }

  private renderTally(label: string, tally: Tally) {
    return html`<ul class="tally" aria-label=${label}>
      <li>✓ ${tally.yes} yes</li>
      <li>? ${tally.notSure} not sure</li>
      <li>✗ ${tally.no} no</li>
    </ul>`;
  }

  private renderItem(item: FeedbackItem) {
    const draft = this.draftOf(item);
    const error = this.errors.get(item.id);
    const name = `item-${item.id}`;
    return html`<li>
      <form novalidate @submit=${(e: Event) => this.handleSave(e, item)}>
        <fieldset aria-describedby=${error ? `${name}-error` : nothing}>
          <legend>${kindWords[item.kind]}: ${item.text}</legend>
          ${item.response
            ? html`<p class="answered">
                ${item.response.action === 'changed' ? 'You changed it.' : `Not changed, because ${item.response.reason ?? ''}`}
              </p>`
            : nothing}
          ${error ? html`<p class="field__error" id="${name}-error">${error}</p>` : nothing}
          <label class="choice">
            <input type="radio" name=${name} .checked=${draft.action === 'changed'} @change=${() => this.setDraft(item, {action: 'changed'})} />
            Changed
          </label>
          <label class="choice">
            <input
              type="radio"
              name=${name}
              .checked=${draft.action === 'not-changed'}
              @change=${() => this.setDraft(item, {action: 'not-changed'})}
            />
            Not changed, because …
          </label>
          ${draft.action === 'not-changed'
            ? html`<label for="${name}-reason">Why it was not changed</label>
                <textarea
                  id="${name}-reason"
                  rows="2"
                  .value=${draft.reason}
                  @input=${(e: Event) => this.setDraft(item, {reason: (e.target as HTMLTextAreaElement).value})}
                ></textarea>`
            : nothing}
          <button class="button" type="submit" aria-disabled=${this.busy ? 'true' : nothing}>Save answer</button>
        </fieldset>
      </form>
    </li>`;
  }

  private renderPart(part: PartResult, items: readonly FeedbackItem[]) {
    const most = Math.max(1, ...part.hardWords.map((w) => w.count));
    const hasPictureVotes = part.pictureHelps.yes + part.pictureHelps.notSure + part.pictureHelps.no > 0;
    return html`<section class="part" data-part=${part.id} tabindex="-1" aria-label=${`Feedback on: ${part.text.slice(0, 60)}`}>
      <p class="part__text">${part.text}</p>
      <button class="button" type="button" @click=${() => this.dispatchEvent(new PartSelectEvent(part.id))}>Show in the text</button>
      <h3>Did they understand it?</h3>
      ${this.renderTally('Understood', part.understood)}
      ${part.hardWords.length
        ? html`<h3>Hard words</h3>
            <ul class="words">
              ${part.hardWords.map(
                (w) =>
                  html`<li class="word word--${Math.ceil((w.count / most) * 3)}">
                    ${w.word} <span>(${w.count} ${w.count === 1 ? 'person' : 'people'})</span>
                  </li>`
              )}
            </ul>`
        : nothing}
      ${hasPictureVotes ? html`<h3>Did the picture help?</h3>${this.renderTally('Picture helps', part.pictureHelps)}` : nothing}
      ${items.length ? html`<ul class="items">${items.map((item) => this.renderItem(item))}</ul>` : nothing}
    </section>`;
  }

  override render() {
    const results = this.results;
    if (!results) return nothing;
    const unanswered = results.items.filter((item) => !item.response).length;
    const byPart = new Map<string | null, FeedbackItem[]>();
    for (const item of results.items) byPart.set(item.partId, [...(byPart.get(item.partId) ?? []), item]);
    const heard = results.parts.filter((p) => p.understood.yes + p.understood.notSure + p.understood.no > 0 || byPart.has(p.id));
    const general = byPart.get(null) ?? [];
    return html`<div part="base">
      <p>
        ${results.items.length === 0
          ? 'Nobody has asked for a change yet.'
          : unanswered === 0
            ? 'You have answered everything the group said.'
            : `${unanswered} of ${results.items.length} things still need your answer.`}
      </p>
      ${heard.map((part) => this.renderPart(part, byPart.get(part.id) ?? []))}
      ${general.length
        ? html`<section class="part" aria-labelledby="general-heading">
            <h3 id="general-heading">About the whole document</h3>
            <ul class="items">${general.map((item) => this.renderItem(item))}</ul>
          </section>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'er-feedback-panel': FeedbackPanel;
  }
}
