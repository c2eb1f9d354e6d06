import {css} from 'lit';
import {sharedStyles} from './shared.styles.js';

export const styles = [
  sharedStyles,
  css`
    :host {
      display: block;
    }
    .workspace__bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.75rem;
      margin-bottom: 0.75rem;
    }
    .workspace__status {
      margin: 0;
      min-height: 1.5rem;
      font-weight: 600;
    }
    .status--saved {
      color: #007f3b;
    }
    .status--offline,
    .status--error,
    .status--conflict {
      color: #b51f13;
    }
    .workspace__columns {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(18rem, 24rem);
      gap: 1.25rem;
      align-items: start;
    }
    .workspace__side {
      display: grid;
      /* Not the implicit auto column, which is as wide as the widest panel's content. */
      grid-template-columns: minmax(0, 1fr);
      gap: 1rem;
      position: sticky;
      top: 0.5rem;
      max-height: calc(100vh - 1rem);
      overflow: auto;
    }
    @media (max-width: 60rem) {
      /* minmax(0, …): a plain 1fr grows to its widest content and runs off a 320 px screen. */
      .workspace__columns {
        grid-template-columns: minmax(0, 1fr);
      }
      .workspace__side {
        position: static;
        max-height: none;
      }
    }
  `,
];
