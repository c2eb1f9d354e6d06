import {css} from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    padding: 0.375rem;
    background: #f0f4f5;
    border-bottom: 1px solid #768692;
    align-items: center;
  }
  .toolbar__divider {
    width: 1px;
    align-self: stretch;
    background: #768692;
    margin: 0 0.25rem;
  }
  .toolbar__button {
    display: inline-flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    min-width: 3.5rem;
    min-height: 3rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid #4c6272;
    border-radius: 6px;
    background: #fff;
    color: #212b32;
    font: inherit;
    font-size: 0.875rem;
    line-height: 1.2;
    cursor: pointer;
  }
  .toolbar__icon {
    font-size: 1.125rem;
    font-weight: 700;
  }
  .toolbar__button:hover {
    background: #e8edee;
  }
  .toolbar__button[aria-pressed='true'] {
    background: #005eb8;
    border-color: #003087;
    color: #fff;
  }
  /* Greyed out with a faint solid border: dashed borders mean an example to fill in. */
  .toolbar__button[aria-disabled='true'] {
    color: #4c6272;
    background: #f0f4f5;
    border-color: #d8dde0;
    cursor: not-allowed;
  }
  .toolbar__button[aria-disabled='true'] .toolbar__icon {
    opacity: 0.6;
  }
  .toolbar__button:focus-visible {
    outline: 3px solid #ffb81c;
    outline-offset: 2px;
    box-shadow: 0 0 0 6px #212b32;
  }
`;
