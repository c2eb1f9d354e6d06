import {css} from 'lit';
import {cardLook, documentCardsStyles, statusLineLook} from './document-cards.styles.js';
import {sharedStyles} from './shared.styles.js';

export const styles = [
  sharedStyles,
  documentCardsStyles,
  css`
    :host {
      display: block;
    }
    .team__heading {
      font-size: 1.75rem;
      margin: 0 0 0.75rem;
    }
    .team__tools {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      margin-bottom: 1rem;
    }
    .search {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.75rem;
      margin-bottom: 0.75rem;
    }
    .search__field {
      display: grid;
      gap: 0.25rem;
      flex: 1 1 14rem;
      min-width: 0;
    }
    .search__field--status {
      flex: 0 1 12rem;
    }
    .search input,
    .search select {
      width: 100%;
    }
    .team__status {
      ${statusLineLook}
    }
    .team__status p {
      margin: 0;
    }
    .item__actions,
    .confirm {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin: 0.5rem 0 0;
    }
    .confirm p {
      flex-basis: 100%;
      margin: 0;
      font-weight: 600;
    }
    .item {
      ${cardLook}
    }
    .item__title {
      margin: 0 0 0.5rem;
      font-size: 1.375rem;
      overflow-wrap: anywhere;
    }
    .item__facts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.5rem;
      margin: 0;
    }
    .item__facts div {
      display: flex;
      gap: 0.375rem;
    }
    .item__facts dt {
      color: #4c6272;
    }
    .item__facts dd {
      margin: 0;
      font-weight: 600;
    }
    .badge {
      padding: 0 0.5rem;
      border: 2px solid currentColor;
      border-radius: 4px;
    }
    .badge--released {
      color: #007f3b;
    }
    .badge--in-review {
      color: #005eb8;
    }
    .item__due {
      margin: 0.5rem 0 0;
      font-weight: 700;
      color: #212b32;
      border-left: 4px solid #005eb8;
      padding-left: 0.5rem;
    }
    .item__due--overdue {
      color: #b51f13;
      border-left-color: #b51f13;
    }
    .item__saved,
    .item__note {
      margin: 0.5rem 0 0;
      color: #4c6272;
    }
    .item__note {
      color: #212b32;
      font-weight: 600;
      border-left: 4px solid #ffb81c;
      padding-left: 0.5rem;
    }
  `,
];
