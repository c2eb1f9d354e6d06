import {css} from 'lit';

/**
 * Buttons, focus, panels, checkbox choices and helper classes shared by the app's screens.
 * Colours meet WCAG 2.2 AA. Hosts are blocks unless a screen says otherwise after these.
 */
export const sharedStyles = css`
  :host {
    display: block;
  }
  .panel {
    border: 1px solid #aeb7bd;
    border-radius: 8px;
    padding: 0.75rem 1rem 1rem;
  }
  fieldset {
    border: 1px solid #aeb7bd;
    border-radius: 6px;
    margin: 0;
    padding: 0.5rem 0.75rem;
  }
  legend {
    font-weight: 600;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    font-weight: 400;
  }
  .choice input {
    min-height: auto;
    width: 1.25rem;
    height: 1.25rem;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75rem;
    padding: 0.375rem 1rem;
    border: 2px solid #4c6272;
    border-radius: 6px;
    background: #fff;
    color: #212b32;
    font: inherit;
    font-size: 1rem;
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
  }
  .button:hover {
    background: #e8edee;
  }
  .button--primary {
    background: #007f3b;
    border-color: #00401e;
    color: #fff;
  }
  .button--primary:hover {
    background: #00662f;
  }
  .button--danger {
    color: #b51f13;
    border-color: #b51f13;
  }
  .button:focus-visible,
  a:focus-visible,
  input:focus-visible,
  /* Chromium may not match :focus-visible while a date's day, month or year part has focus. */
  input[type='date']:focus,
  select:focus-visible,
  textarea:focus-visible {
    outline: 3px solid #ffb81c;
    outline-offset: 2px;
    box-shadow: 0 0 0 5px #212b32;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0, 0, 0, 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  a {
    color: #005eb8;
  }
  input,
  select,
  textarea {
    font: inherit;
    font-size: 1.125rem;
    padding: 0.375rem 0.5rem;
    border: 2px solid #4c6272;
    border-radius: 4px;
    min-height: 2.75rem;
    box-sizing: border-box;
  }
  label {
    font-weight: 600;
  }
`;
