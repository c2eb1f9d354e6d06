import {css} from 'lit';

/**
 * Styles for the problem popover ({@link findingPopover}), for the shadow root it renders
 * into (the editor's). Text is 16px or more, buttons are at least 44px high, focus shows
 * a 3px outline, and the box wraps at 200% zoom.
 */
export const findingPopoverStyles = css`
  .er-finding-popover {
    position: fixed;
    z-index: 20;
    box-sizing: border-box;
    width: max-content;
    max-width: min(26rem, calc(100vw - 1rem));
    max-height: calc(100vh - 1rem);
    overflow: auto;
    padding: 0.75rem 1rem;
    border: 2px solid #4c6272;
    border-radius: 8px;
    background: #fff;
    color: #212b32;
    box-shadow: 0 4px 12px rgb(33 43 50 / 25%);
    font: inherit;
    font-size: 1rem;
    line-height: 1.5;
    white-space: normal;
  }
  .er-finding-popover[hidden] {
    display: none;
  }
  .er-finding-popover p {
    margin: 0 0 0.5rem;
  }
  .er-finding-popover__severity {
    font-weight: 700;
  }
  .er-finding-popover__severity--error {
    color: #d5281b;
  }
  .er-finding-popover__severity--warning {
    color: #ad5700;
  }
  .er-finding-popover__severity--info {
    color: #005eb8;
  }
  .er-finding-popover__message {
    font-weight: 600;
  }
  .er-finding-popover__why {
    color: #4c6272;
  }
  .er-finding-popover__fixes,
  .er-finding-popover__reasons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.5rem 0;
  }
  .er-finding-popover__button,
  .er-finding-popover__summary {
    min-height: 44px;
    min-width: 44px;
    padding: 0.5rem 0.75rem;
    border: 2px solid #005eb8;
    border-radius: 6px;
    background: #fff;
    color: #005eb8;
    font: inherit;
    font-size: 1rem;
    cursor: pointer;
    box-sizing: border-box;
  }
  .er-finding-popover__button--fix {
    background: #005eb8;
    color: #fff;
  }
  .er-finding-popover__button--fix:hover {
    background: #003087;
  }
  .er-finding-popover__button:hover,
  .er-finding-popover__summary:hover {
    text-decoration: underline;
  }
  .er-finding-popover__summary {
    display: inline-flex;
    align-items: center;
    border-color: #4c6272;
    color: #212b32;
  }
  .er-finding-popover__button:focus-visible,
  .er-finding-popover__summary:focus-visible {
    outline: 3px solid #ffb81c;
    outline-offset: 2px;
    box-shadow: 0 0 0 6px #212b32;
  }
  .er-finding-popover__footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  .er-finding-popover__hint {
    flex: 1 1 12rem;
    color: #4c6272;
  }
  .er-finding-popover__footer .er-finding-popover__hint {
    margin: 0;
  }
  @media (forced-colors: active) {
    .er-finding-popover {
      border-color: CanvasText;
    }
  }
`;
