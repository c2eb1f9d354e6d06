import {css} from 'lit';

/**
 * The leaflet viewer's look: the easy-read layout (picture left, about a third; text
 * right; left aligned; line spacing 1.5; no hyphenation), large text that "Bigger text"
 * scales through `--er-text-size`, and one column on narrow screens. The styles are
 * scoped to the shadow root and reset what a page's own styles could change.
 */
export const viewerStyles = css`
  :host {
    display: block;
    font-family: var(--er-font-family, system-ui, Arial, Helvetica, sans-serif);
    font-size: var(--er-text-size, 18px);
    line-height: 1.5;
    color: #212b32;
    background: #fff;
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .viewer {
    display: block;
    max-width: 60rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0 0 1rem;
    font-size: 18px;
  }
  .toolbar button,
  .toolbar a {
    all: revert;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 48px;
    min-width: 48px;
    padding: 0.25rem 1rem;
    border: 2px solid var(--er-accent, #005eb8);
    border-radius: var(--er-radius, 6px);
    background: #fff;
    color: var(--er-accent, #005eb8);
    font: 600 18px/1.2 var(--er-font-family, system-ui, Arial, Helvetica, sans-serif);
    text-decoration: none;
    cursor: pointer;
  }
  .toolbar button[aria-pressed='true'] {
    background: var(--er-accent, #005eb8);
    color: #fff;
  }
  .toolbar button:disabled {
    border-style: solid;
    border-color: #768692;
    color: #4c6272;
    background: #f0f4f5;
    cursor: not-allowed;
  }
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--er-focus-ring, #ffb81c);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px #212b32;
  }
  .notice {
    border-left: 6px solid #ffb81c;
    padding: 0.5rem 0.75rem;
    background: #fff9e6;
  }
  .leaflet {
    display: block;
    hyphens: none;
    text-align: left;
  }
  .title {
    font-size: 2em;
    line-height: 1.2;
  }
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.25em;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 2fr);
    gap: 1.5rem;
    align-items: center;
    padding: 0.75rem 0;
    border-bottom: 1px solid #d8dde0;
  }
  .row__picture img {
    display: block;
    width: 100%;
    max-width: 12rem;
    height: auto;
  }
  .row__text p {
    margin: 0.25em 0;
  }
  .hard-word {
    display: block;
    border: 3px solid #212b32;
    border-radius: 8px;
    padding: 0.5rem 1rem;
    margin: 1rem 0;
  }
  .hard-word__term {
    font-weight: 700;
  }
  .contact {
    display: block;
    font-style: normal;
    border-top: 3px solid #212b32;
    margin-top: 1rem;
  }
  .contact__label {
    font-weight: 700;
  }
  .reading {
    outline: 3px dashed #212b32;
    outline-offset: 4px;
  }
  ::highlight(er-spoken-word) {
    background: #ffeb3b;
    color: #000;
  }
  a {
    color: var(--er-accent, #005eb8);
  }
  .credits {
    display: block;
    margin-top: 2rem;
    font-size: 0.85em;
  }
  @media (max-width: 30rem) {
    .row {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @media print {
    .toolbar {
      display: none;
    }
    .row {
      break-inside: avoid;
    }
    h2,
    h3 {
      break-after: avoid;
    }
  }
`;
