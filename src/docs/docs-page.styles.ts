import {css, unsafeCSS} from 'lit';

/** The theming example: shown on the page as it is, and applied to the themed demo. */
export const themeExample = `.nhs-blue {
  --er-accent: #005eb8; --er-focus-ring: #ffb81c;
  --er-font-family: Arial, sans-serif; --er-radius: 4px;
}`;

export const styles = [
  css`
    :host {
      display: block;
      color: #212b32;
    }
    .docs {
      max-width: 60rem;
      margin: 0 auto;
      padding: 1rem 1.25rem 4rem;
    }
    .docs__section {
      margin-top: 2.5rem;
    }
    pre {
      background: #f0f4f5;
      border: 1px solid #aeb7bd;
      border-radius: 4px;
      overflow-x: auto;
      padding: 0.75rem 1rem;
      white-space: pre-wrap;
    }
    .docs__copy {
      font: inherit;
      padding: 0.5rem 1rem;
      min-height: 2.75rem;
      border: 2px solid #005eb8;
      border-radius: 4px;
      background: #005eb8;
      color: #fff;
      cursor: pointer;
    }
    .docs__copy:focus-visible {
      outline: 3px solid #ffb81c;
      outline-offset: 2px;
    }
    .docs__demo {
      border: 1px dashed #768692;
      border-radius: 4px;
      padding: 1rem;
      margin: 1rem 0;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      margin: 1rem 0;
    }
    caption {
      text-align: start;
      font-weight: 700;
      padding: 0.25rem 0;
    }
    th,
    td {
      border-bottom: 1px solid #d8dde0;
      padding: 0.375rem 0.5rem;
      text-align: start;
      vertical-align: top;
    }
    code {
      font-family: ui-monospace, Menlo, Consolas, monospace;
    }
  `,
  unsafeCSS(themeExample),
];
