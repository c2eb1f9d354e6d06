import {css} from 'lit';

/**
 * Styles for review feedback in the author's text: the mark before a block with its
 * yes / not sure / no counts, and the hard-word highlights, whose strength (1–3) shows
 * in a thicker underline and a stronger background, not in colour alone.
 */
export const feedbackMarkStyles = css`
  .er-feedback-mark {
    display: inline-flex;
    align-items: center;
    min-height: 2rem;
    margin: 0.25rem 0;
    padding: 0 0.5rem;
    border: 2px solid #4c6272;
    border-radius: 1rem;
    background: #fff;
    color: #212b32;
    font: inherit;
    font-size: 0.875rem;
    font-weight: 600;
    white-space: pre;
    cursor: pointer;
  }
  .er-feedback-mark:focus-visible {
    outline: 3px solid #ffb81c;
    outline-offset: 2px;
  }
  .er-feedback-word {
    border-bottom: 2px solid #212b32;
  }
  .er-feedback-word::after {
    content: attr(data-hard);
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
  }
  .er-feedback-word--1 {
    background: #fff9c4;
  }
  .er-feedback-word--2 {
    background: #ffeb3b;
    border-bottom-width: 4px;
  }
  .er-feedback-word--3 {
    background: #ffb81c;
    border-bottom-width: 6px;
  }
`;
