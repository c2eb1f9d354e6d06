import {css} from 'lit';

/** Styles of `<er-checks-panel>`: 16px text or more, 44px targets, a 3px focus outline, reflows at 200% zoom. */
export const styles = css`
  :host {
    display: block;
  }
  .checks-panel {
    font-size: 1rem;
    line-height: 1.5;
    color: #212b32;
  }
  .checks-panel__title {
    margin: 0 0 0.25rem;
    font-size: 1.375rem;
  }
  .checks-panel__status {
    margin: 0 0 0.75rem;
  }
  .checks-panel__filter {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0 0 1rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid #768692;
    border-radius: 6px;
  }
  .checks-panel__legend {
    padding: 0 0.25rem;
    font-weight: 700;
  }
  .checks-panel__option {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 44px;
    cursor: pointer;
  }
  .checks-panel__option input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: #005eb8;
  }
  .checks-panel__key-title,
  .checks-panel__hint {
    margin: 0 0 0.5rem;
  }
  .checks-panel__key {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0 0 0.75rem;
    padding: 0;
    list-style: none;
  }
  .key__item {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }
  /* The same colours and line styles as the underlines in the text. */
  .key__line {
    width: 1.5rem;
    border-bottom: 2px solid var(--er-group-color);
  }
  .key__line--error {
    --er-group-color: #d5281b;
    border-bottom-width: 3px;
  }
  .key__line--warning {
    --er-group-color: #ad5700;
    border-bottom-style: dashed;
  }
  .key__line--info {
    --er-group-color: #005eb8;
    border-bottom-style: dotted;
  }
  .group {
    margin-bottom: 1rem;
  }
  .group__title {
    margin: 0 0 0.5rem;
    padding-left: 0.5rem;
    border-left: 6px solid var(--er-group-color);
    font-size: 1.125rem;
  }
  .group--error {
    --er-group-color: #d5281b;
  }
  .group--warning {
    --er-group-color: #ad5700;
  }
  .group--info {
    --er-group-color: #005eb8;
  }
  /* The marker style repeats the underline style, so the groups do not rely on colour alone. */
  .group--warning .group__title {
    border-left-style: dashed;
  }
  .group--info .group__title {
    border-left-style: dotted;
  }
  .group__rule {
    margin: 0.75rem 0 0.25rem;
    font-size: 1rem;
  }
  .group__more {
    margin-top: 0.5rem;
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    padding: 0.5rem;
    border-bottom: 1px solid #d8dde0;
    /* A long document lists hundreds of problems: the browser lays out and paints only
       those near the screen, so each keystroke's frame does not carry the whole list.
       That clips painting to the item, so its padding leaves room for the focus ring. */
    content-visibility: auto;
    contain-intrinsic-size: auto 7rem;
  }
  .item p {
    margin: 0 0 0.25rem;
  }
  .item__select {
    display: block;
    width: 100%;
    min-height: 44px;
    padding: 0.375rem 0.5rem;
    border: 0;
    border-radius: 4px;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .item__select:hover {
    background: #f0f4f5;
  }
  .item__message {
    display: block;
    font-weight: 600;
  }
  .item__text {
    display: block;
    color: #4c6272;
    overflow-wrap: anywhere;
  }
  .item__who {
    color: #4c6272;
  }
  .item__actions,
  .item__ignore {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .item__actions {
    padding: 0.25rem 0.5rem 0;
  }
  .item__button,
  .item__reason,
  .ignored__summary {
    min-height: 44px;
    padding: 0.375rem 0.75rem;
    border: 2px solid #005eb8;
    border-radius: 6px;
    background: #fff;
    color: #005eb8;
    font: inherit;
    cursor: pointer;
    box-sizing: border-box;
    max-width: 100%;
  }
  .item__button--fix {
    background: #005eb8;
    color: #fff;
  }
  .item__button--fix:hover {
    background: #003087;
  }
  .item__button:hover {
    text-decoration: underline;
  }
  .item__reason {
    border-color: #4c6272;
    color: #212b32;
  }
  /* A select is as wide as its longest reason; at 320 px it must shrink to fit. */
  .item__ignore,
  .item__reason {
    min-width: 0;
    max-width: 100%;
  }
  .ignored__summary {
    display: inline-flex;
    align-items: center;
    border-color: #4c6272;
    color: #212b32;
    font-weight: 600;
  }
  .item__select:focus-visible,
  .item__button:focus-visible,
  .item__reason:focus-visible,
  .ignored__summary:focus-visible,
  .checks-panel__option input:focus-visible {
    outline: 3px solid #ffb81c;
    outline-offset: 2px;
    box-shadow: 0 0 0 6px #212b32;
  }
  @media (forced-colors: active) {
    .group__title,
    .key__line {
      border-color: CanvasText;
    }
  }
`;
