import {css} from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .read-aloud {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem;
    padding: 0.375rem;
    background: #fff;
    border-bottom: 1px solid #768692;
  }
  .read-aloud__title {
    font-weight: 700;
    margin-right: 0.25rem;
  }
  .read-aloud__button {
    min-height: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid #4c6272;
    border-radius: 6px;
    background: #fff;
    color: #212b32;
    font: inherit;
    cursor: pointer;
  }
  .read-aloud__button:hover {
    background: #e8edee;
  }
  /* Greyed out with a faint solid border, like the toolbar's unavailable buttons. */
  .read-aloud__button[aria-disabled='true'] {
    color: #4c6272;
    background: #f0f4f5;
    border-color: #d8dde0;
    cursor: not-allowed;
  }
  .read-aloud__button:focus-visible {
    outline: 3px solid #ffb81c;
    outline-offset: 2px;
    box-shadow: 0 0 0 6px #212b32;
  }
  .read-aloud__speed {
    color: #4c6272;
  }
  .read-aloud__status {
    flex-basis: 100%;
    margin: 0;
  }
`;
