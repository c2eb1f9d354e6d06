import {css} from 'lit';
import {prosemirrorStyles} from './prosemirror.styles.js';
import {checksDecorationStyles} from './plugins/checks-plugin.styles.js';
import {feedbackMarkStyles} from './plugins/feedback-marks.styles.js';
import {findingPopoverStyles} from './plugins/finding-popover.styles.js';

/**
 * The editor's look: large print (20px body text, 1.5 line height), easy-read rows with
 * the picture on the left, and visible focus. Colours meet WCAG 2.2 AA on white.
 */
export const styles = [
  prosemirrorStyles,
  checksDecorationStyles,
  feedbackMarkStyles,
  findingPopoverStyles,
  css`
    :host {
      display: block;
    }
    :host([readonly]) .er-content {
      background: #f8f8f8;
    }
    .editor__error {
      margin: 0 0 0.5rem;
      padding: 0.75rem 1rem;
      border-left: 6px solid #d5281b;
      background: #fff;
      color: #212b32;
      font-weight: 600;
    }
    .editor__notice {
      margin: 0 0 0.5rem;
      padding: 0.75rem 1rem;
      border-left: 6px solid #005eb8;
      background: #fff;
      color: #212b32;
    }
    .editor__mount {
      border: 1px solid #4c6272;
      border-top: none;
      background: #fff;
    }
    .er-content {
      min-height: 12rem;
      padding: 1rem 1.25rem 2rem;
      font-family: Arial, Helvetica, sans-serif;
      font-size: 1.25rem;
      line-height: 1.5;
      color: #212b32;
      text-align: left;
      hyphens: none;
      overflow-wrap: break-word;
    }
    .er-content:focus-visible {
      outline: 3px solid #ffb81c;
      outline-offset: -3px;
    }
    .er-content h1,
    .er-content .er-title {
      font-size: 2rem;
      line-height: 1.25;
      margin: 0 0 1rem;
    }
    .er-content h2 {
      font-size: 1.625rem;
      margin: 1.5rem 0 0.75rem;
    }
    .er-content h3 {
      font-size: 1.375rem;
      margin: 1.25rem 0 0.5rem;
    }
    .er-content p {
      margin: 0 0 0.75rem;
    }
    .er-content a {
      color: #005eb8;
    }
    .er-row {
      display: grid;
      grid-template-columns: minmax(6rem, 9rem) 1fr;
      gap: 1rem 1.5rem;
      align-items: start;
      padding: 0.75rem 0;
      border-bottom: 1px dashed #aeb7bd;
    }
    /* Long documents: the browser lays out and paints only the blocks near the screen, so a
       keystroke's layout does not grow with the document. The side padding (taken back by the
       margin) keeps the picture buttons' focus rings inside the paint containment this brings. */
    .er-content > :not(.ProseMirror-gapcursor) {
      content-visibility: auto;
      contain-intrinsic-size: auto 4rem;
    }
    /* A block not laid out cannot hold the caret (see selectionBlocksPlugin). */
    .er-content > .er-holds-selection {
      content-visibility: visible;
    }
    .er-content > .er-row {
      margin-inline: -0.5rem;
      padding-inline: 0.5rem;
    }
    .er-row__picture {
      display: flex;
      flex-direction: column;
      gap: 0.375rem;
      align-items: stretch;
      user-select: none;
    }
    .er-row__img {
      width: 100%;
      max-width: 9rem;
      aspect-ratio: 1;
      object-fit: contain;
      border: 1px solid #d8dde0;
      border-radius: 6px;
      background: #fff;
    }
    .er-row--no-picture .er-row__picture {
      min-height: 6rem;
      border: 2px dashed #4c6272;
      border-radius: 6px;
      justify-content: center;
      padding: 0.5rem;
    }
    .er-row__buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
    }
    .er-row__buttons .er-row__button {
      flex: 1 1 auto;
      font-size: 0.875rem;
      min-height: 2rem;
    }
    .er-row__button {
      font: inherit;
      font-size: 1rem;
      min-height: 2.75rem;
      padding: 0.25rem 0.5rem;
      border: 1px solid #4c6272;
      border-radius: 6px;
      background: #fff;
      color: #212b32;
      cursor: pointer;
    }
    .er-row__button:hover {
      background: #e8edee;
    }
    .er-row__button:focus-visible {
      outline: 3px solid #ffb81c;
      outline-offset: 2px;
      box-shadow: 0 0 0 6px #212b32;
    }
    .er-row__text > :last-child {
      margin-bottom: 0;
    }
    .er-hard-word {
      margin: 1rem 0;
      padding: 0.75rem 1rem;
      border: 3px solid #005eb8;
      border-radius: 8px;
      background: #fff;
    }
    .er-hard-word__label,
    .er-contact__label {
      display: block;
      font-size: 1rem;
      font-weight: 700;
      color: #4c6272;
      user-select: none;
    }
    .er-hard-word__term {
      font-weight: 700;
      margin-bottom: 0.25rem;
    }
    .er-contact {
      display: block;
      font-style: normal;
      margin: 1rem 0;
      padding: 0.75rem 1rem;
      border-left: 6px solid #007f3b;
      background: #f0f4f5;
    }
    .er-contact__line {
      margin-bottom: 0.5rem;
    }
    .er-contact__value {
      margin: 0;
    }
    .er-placeholder::before {
      content: attr(data-placeholder);
      color: #4c6272;
      font-style: normal;
      pointer-events: none;
      height: 0;
      float: left;
    }
    /* The word "Read to me" is speaking: white on dark blue, like a selection (yellow marks the group's hard words). */
    .er-spoken-word {
      background: #005eb8;
      color: #fff;
      outline: 2px solid #003087;
      border-radius: 2px;
    }
    @media (max-width: 40rem) {
      .er-row {
        grid-template-columns: 1fr;
      }
    }
    @media (forced-colors: active) {
      .er-row__picture {
        border-color: CanvasText;
      }
      .er-spoken-word {
        background: Highlight;
        color: HighlightText;
      }
    }
  `,
];
