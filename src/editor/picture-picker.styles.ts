import {css} from 'lit';

/** The look of the picker's buttons, shared by the file input's own button. */
const buttonLook = css`
  border: 2px solid var(--er-picker-blue);
  border-radius: 0.25rem;
  color: var(--er-picker-blue);
  background: #fff;
  font: inherit;
  font-weight: 600;
`;

/** Styles of `<er-picture-picker>`. Colours are NHS palette; all text passes WCAG AA contrast. */
export const styles = css`
  :host {
    display: block;
  }

  .picker {
    --er-picker-text: #212b32;
    --er-picker-muted: #4c6272;
    --er-picker-blue: #005eb8;
    --er-picker-pale: #e8f1f8;
    --er-picker-error: #d5281b;
    --er-picker-border: #aeb7bd;
    box-sizing: border-box;
    width: min(64rem, 100% - 1rem);
    max-width: none;
    max-height: calc(100% - 1rem);
    overflow: auto;
    padding: 1rem clamp(0.75rem, 3vw, 1.5rem) 1.5rem;
    border: 2px solid var(--er-picker-text);
    border-radius: 0.5rem;
    color: var(--er-picker-text);
    background: #fff;
    font: inherit;
    line-height: 1.5;
  }

  .picker::backdrop {
    background: rgb(33 43 50 / 0.6);
  }

  .picker__title {
    margin: 0 0 1rem;
    font-size: 1.5rem;
    line-height: 1.25;
  }

  .picker__body {
    display: grid;
    gap: 1.5rem;
  }

  /* Side by side only when there is room; at 200% zoom everything stacks. */
  @media (min-width: 60rem) {
    .picker__body {
      grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr);
      align-items: start;
    }

    .picker__side {
      position: sticky;
      top: 0;
    }
  }

  .picker__section {
    margin: 0 0 1.5rem;
  }

  .picker__heading {
    margin: 0 0 0.5rem;
    font-size: 1.25rem;
    line-height: 1.3;
  }

  .picker__label {
    display: block;
    font-weight: 600;
  }

  .picker__hint {
    margin: 0 0 0.25rem;
    color: var(--er-picker-muted);
  }

  .picker__input,
  .picker__file {
    box-sizing: border-box;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.375rem 0.5rem;
    border: 2px solid var(--er-picker-text);
    border-radius: 0.25rem;
    color: inherit;
    background: #fff;
    font: inherit;
  }

  .picker__file {
    border-style: dashed;
  }

  .picker__file::file-selector-button {
    ${buttonLook}
    min-height: 2.25rem;
    margin-right: 0.75rem;
    padding: 0.25rem 0.75rem;
  }

  .picker__input[aria-invalid='true'] {
    border-color: var(--er-picker-error);
    border-width: 3px;
  }

  .picker__status {
    margin: 0.5rem 0;
    font-weight: 600;
  }

  .picker__error {
    margin: 0.25rem 0 0.5rem;
    padding-left: 0.5rem;
    border-left: 4px solid var(--er-picker-error);
    color: var(--er-picker-error);
    font-weight: 600;
  }

  .picker__results {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(8rem, 100%), 1fr));
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .picker__result {
    display: flex;
  }

  .tile {
    position: relative;
    display: flex;
    flex: 1;
    flex-direction: column;
    align-items: center;
    gap: 0.25rem;
    min-width: 2.75rem;
    min-height: 2.75rem;
    padding: 0.5rem;
    border: 2px solid var(--er-picker-border);
    border-radius: 0.5rem;
    color: inherit;
    background: #fff;
    font: inherit;
    cursor: pointer;
  }

  .tile:hover {
    border-color: var(--er-picker-blue);
  }

  .tile[aria-pressed='true'] {
    border: 4px solid var(--er-picker-blue);
    padding: 0.375rem;
    background: var(--er-picker-pale);
  }

  .tile__image {
    width: 6rem;
    height: 6rem;
  }

  .tile__label {
    text-align: center;
    overflow-wrap: anywhere;
  }

  .tile__check {
    position: absolute;
    top: 0.25rem;
    right: 0.25rem;
    width: 1.75rem;
    height: 1.75rem;
    border-radius: 50%;
    color: #fff;
    background: var(--er-picker-blue);
    font-weight: 700;
    line-height: 1.75rem;
    text-align: center;
  }

  .picker__choice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    margin: 0 0 1rem;
  }

  .picker__preview {
    width: 6rem;
    height: 6rem;
    object-fit: contain;
    border: 2px solid var(--er-picker-border);
    border-radius: 0.5rem;
  }

  .picker__field {
    margin: 0 0 1rem;
  }

  .picker__credit {
    margin: 0 0 1rem;
    color: var(--er-picker-muted);
    overflow-wrap: anywhere;
  }

  .picker__actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }

  .picker__button {
    ${buttonLook}
    min-width: 2.75rem;
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    cursor: pointer;
  }

  .picker__button--primary {
    color: #fff;
    background: var(--er-picker-blue);
  }

  .tile:focus-visible,
  .picker__button:focus-visible,
  .picker__input:focus-visible,
  .picker__file:focus-visible {
    outline: 3px solid var(--er-picker-text);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px #ffeb3b;
  }
`;
