import {css} from 'lit';

/** The look of `formField` fields and of a form's error from the server (`.form__error`). */
export const formFieldStyles = css`
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .field__hint {
    color: #4c6272;
  }
  .field__error,
  .form__error {
    color: #b51f13;
    font-weight: 600;
    margin: 0;
  }
  .form__error {
    padding: 0.75rem 1rem;
    border-left: 6px solid #d5281b;
    background: #fff;
  }
`;
