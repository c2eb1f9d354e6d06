import {css} from 'lit';

/**
 * The volunteer's screen: 24px text, black on white (19:1), targets at least 48 × 48 px,
 * a 3px focus ring, and one column that wraps down to 320 CSS px (400% zoom).
 */
export const reviewStyles = css`
  :host {
    display: block;
  }
  .review {
    box-sizing: border-box;
    max-width: 44rem;
    margin: 0 auto;
    padding: 1rem;
    font-family: Arial, Helvetica, sans-serif;
    font-size: 24px;
    line-height: 1.5;
    color: #0b0c0c;
    background: #fff;
    overflow-wrap: anywhere;
  }
  h1 {
    font-size: 2rem;
    line-height: 1.25;
    margin: 0 0 0.5rem;
  }
  h2 {
    font-size: 1.5rem;
    margin: 0 0 0.5rem;
  }
  p {
    margin: 0 0 0.75rem;
  }
  section {
    margin: 1.5rem 0;
  }
  button {
    box-sizing: border-box;
    min-width: 48px;
    min-height: 48px;
    padding: 0.375rem 0.75rem;
    border: 3px solid #0b0c0c;
    border-radius: 8px;
    background: #fff;
    color: #0b0c0c;
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  button:disabled {
    border-style: dashed;
    cursor: default;
  }
  button:focus-visible,
  textarea:focus-visible,
  h1:focus-visible {
    outline: 3px solid #0b0c0c;
    outline-offset: 3px;
    box-shadow: 0 0 0 6px #ffdd00;
  }
  h1:focus {
    outline-offset: 3px;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }
  .primary {
    background: #00401e;
    border-color: #00401e;
    color: #fff;
  }
  .choice {
    display: inline-flex;
    flex-direction: column;
    align-items: center;
    min-width: 7rem;
    min-height: 6rem;
  }
  .choice img {
    width: 3rem;
    height: 3rem;
  }
  .choice[aria-pressed='true'] {
    background: #0b0c0c;
    color: #fff;
    outline: 3px solid #0b0c0c;
  }
  .choice[aria-pressed='true'] img {
    background: #fff;
    border-radius: 50%;
  }
  .part {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: center;
  }
  .part__picture {
    width: 12rem;
    max-width: 100%;
    height: auto;
    border: 2px solid #0b0c0c;
  }
  .part__text {
    flex: 1 1 12rem;
    font-size: 1.25em;
    white-space: pre-line;
  }
  mark {
    background: #ffdd00;
    color: #0b0c0c;
    text-decoration: underline 3px;
  }
  .words {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .word {
    font-weight: 400;
    border-width: 2px;
  }
  .word[aria-pressed='true'] {
    font-weight: 700;
    border-width: 5px;
    text-decoration: underline 3px;
    background: #fff2a8;
  }
  .word__mark {
    margin-right: 0.25rem;
  }
  label {
    display: block;
    font-weight: 700;
  }
  textarea {
    box-sizing: border-box;
    width: 100%;
    min-height: 4.5rem;
    font: inherit;
    border: 3px solid #0b0c0c;
    border-radius: 6px;
    padding: 0.5rem;
  }
  progress {
    width: 100%;
    height: 1.25rem;
    accent-color: #00401e;
  }
  .status {
    font-weight: 700;
  }
  .status--failed,
  .message {
    border-left: 8px solid #d5281b;
    padding-left: 0.75rem;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.75rem;
    margin-top: 2rem;
  }
  .nav button {
    min-width: 8rem;
  }
`;
