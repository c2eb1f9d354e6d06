import {css} from 'lit';
import {sharedStyles} from './shared.styles.js';

export const styles = [
  sharedStyles,
  css`
    :host {
      display: block;
      font-family: Arial, Helvetica, sans-serif;
      font-size: 1.125rem;
      line-height: 1.5;
      color: #212b32;
    }
    .app__header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1.5rem;
      background: #005eb8;
      color: #fff;
      padding: 0.75rem 1.25rem;
    }
    .app__name {
      margin: 0;
      font-size: 1.5rem;
    }
    .app__header a {
      color: #fff;
    }
    .app__name a {
      text-decoration: none;
    }
    .app__header a:focus-visible {
      outline-color: #ffb81c;
    }
    .app__nav {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
    }
    .app__nav a {
      font-weight: 600;
    }
    .app__nav a[aria-current='page'] {
      text-decoration-thickness: 3px;
    }
    .app__user {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 0.75rem;
      margin-left: auto;
    }
    .app__user p {
      margin: 0;
    }
    .app__mode {
      margin: 0;
      padding: 0.5rem 1.25rem;
      background: #fff9c4;
      border-bottom: 2px solid #ffb81c;
      font-weight: 600;
    }
    .app__main {
      padding: 1.25rem;
      max-width: 90rem;
      margin: 0 auto;
    }
    .app__main:focus {
      outline: none;
    }
    .app__message {
      padding: 0.75rem 1rem;
      border-left: 6px solid #d5281b;
      background: #fff;
      font-weight: 600;
    }
    .app__progress,
    .app__notice {
      padding: 0.75rem 1rem;
      border-left: 6px solid #005eb8;
      background: #fff;
    }
    /* Kept in the page while empty, so screen readers hear what is put in it. */
    .app__notice:empty {
      padding: 0;
      border: 0;
      margin: 0;
    }
    .app__section + .app__section {
      margin-top: 2.5rem;
    }
    .app__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
  `,
];
