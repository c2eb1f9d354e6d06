import {css} from 'lit';
import {cardLook, documentCardsStyles, statusLineLook} from './document-cards.styles.js';
import {sharedStyles} from './shared.styles.js';

export const styles = [
  sharedStyles,
  documentCardsStyles,
  css`
    .documents__heading {
      font-size: 1.75rem;
      margin: 0 0 0.25rem;
    }
    .documents__help {
      margin: 0 0 1rem;
      color: #4c6272;
    }
    .documents__tools {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      margin-bottom: 1rem;
    }
    .documents__status {
      ${statusLineLook}
    }
    .list__item {
      ${cardLook}
    }
    .list__title {
      margin: 0;
      font-size: 1.375rem;
    }
    .list__date {
      margin: 0.25rem 0 0.75rem;
      color: #4c6272;
    }
    .list__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .rename {
      display: grid;
      gap: 0.5rem;
    }
    .rename__error {
      margin: 0;
      color: #b51f13;
      font-weight: 600;
    }
  `,
];
