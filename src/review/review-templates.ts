import {html, nothing, type TemplateResult} from 'lit';
import {isMarked, wordsOf, type PartDraft, type TextWord} from './part-draft.js';
import type {Scale} from './review-api.js';
import {reviewWords} from './review-words.js';

/** The word being read out loud: which piece of the screen (`key`) and where in its text. */
export interface SpokenWord {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/** `text`, with the word being read out loud marked when `key` is being read. */
export function spokenText(key: string, text: string, spoken: SpokenWord | null): TemplateResult | string {
  if (spoken?.key !== key || spoken.end <= spoken.start) return text;
  return html`${text.slice(0, spoken.start)}<mark>${text.slice(spoken.start, spoken.end)}</mark>${text.slice(spoken.end)}`;
}

/** The scale's choices, each with its OpenMoji symbol (decorative: the word names it). */
export const scaleChoices: readonly {readonly value: Scale; readonly word: string; readonly symbol: string}[] = [
  {value: 'yes', word: reviewWords.yes, symbol: '1F44D'},
  {value: 'not-sure', word: reviewWords.notSure, symbol: '1F914'},
  {value: 'no', word: reviewWords.no, symbol: '1F44E'},
];

/**
 * A question answered Yes / Not sure / No: a heading and three big toggle buttons, the
 * chosen one pressed. `key` names the question for reading out loud (`key`, `key-yes`, …).
 */
export function scaleQuestion(
  key: string,
  question: string,
  value: Scale | undefined,
  spoken: SpokenWord | null,
  onChoose: (value: Scale) => void
): TemplateResult {
  return html`<section aria-labelledby="${key}-heading">
    <h2 id="${key}-heading">${spokenText(key, question, spoken)}</h2>
    <div class="row" role="group" aria-labelledby="${key}-heading">
      ${scaleChoices.map(
        (choice) => html`<button
          class="choice"
          data-choice=${choice.value}
          aria-pressed=${value === choice.value ? 'true' : 'false'}
          @click=${() => onChoose(choice.value)}
        >
          <img src="/openmoji/${choice.symbol}.svg" alt="" width="48" height="48" />
          <span>${spokenText(`${key}-${choice.value}`, choice.word, spoken)}</span>
        </button>`
      )}
    </div>
  </section>`;
}

/** The save state in words, for a live region. */
export function saveStatus(state: 'saving' | 'saved' | 'failed' | undefined): TemplateResult {
  const text = state === 'saving' ? reviewWords.saving : state === 'saved' ? reviewWords.saved : state === 'failed' ? reviewWords.notSaved : '';
  return html`<p class="status ${state === 'failed' ? 'status--failed' : ''}" role="status">${text || nothing}</p>`;
}

/**
 * One button per word of `text`, for marking the hard ones: pressed (with a tick) where
 * `draft` marks the word; `toggle` gets the word pressed.
 */
export function hardWordButtons(text: string, draft: PartDraft, toggle: (word: TextWord) => void): TemplateResult[] {
  return wordsOf(text).map(
    (word) => html`<button class="word" aria-pressed=${isMarked(draft, word.start) ? 'true' : 'false'} @click=${() => toggle(word)}>
      ${isMarked(draft, word.start) ? html`<span class="word__mark" aria-hidden="true">✔</span>` : nothing}${word.word}
    </button>`
  );
}
