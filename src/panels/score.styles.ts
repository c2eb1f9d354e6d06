import {css} from 'lit';

/** Styles of `<er-score>`: 16px text or more, 44px targets, a 3px focus outline, reflows at 200% zoom. */
export const styles = css`
  :host {
    display: block;
  }
  .score {
    font-size: 1rem;
    line-height: 1.5;
    color: #212b32;
  }
  .score p {
    margin: 0 0 0.5rem;
  }
  .score__title {
    margin: 0 0 0.25rem;
    font-size: 1.375rem;
  }
  .score__summary {
    padding-left: 0.5rem;
    border-left: 6px solid #768692;
    font-size: 1.25rem;
    font-weight: 700;
  }
  .score__summary--easy {
    border-left-color: #007f3b;
  }
  /* Hard is marked by a dashed bar as well as a colour. */
  .score__summary--hard {
    border-left-color: #d5281b;
    border-left-style: dashed;
  }
  .score__target,
  .score__counts {
    color: #4c6272;
  }
  .score__more {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0 0.5rem;
    border-radius: 4px;
    color: #005eb8;
    cursor: pointer;
    text-decoration: underline;
  }
  .score__more:focus-visible {
    outline: 3px solid #ffb81c;
    outline-offset: 2px;
    box-shadow: 0 0 0 6px #212b32;
  }
  .score__figures {
    margin: 0.5rem 0;
  }
  .score__figure {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
    padding: 0.25rem 0;
    border-bottom: 1px solid #d8dde0;
  }
  .score__figure dt {
    font-weight: 600;
  }
  .score__figure dt::after {
    content: ':';
  }
  .score__figure dd {
    margin: 0;
  }
  .score__sections {
    width: 100%;
    border-collapse: collapse;
    margin: 0.5rem 0;
  }
  .score__caption {
    font-weight: 700;
    text-align: start;
    padding-bottom: 0.25rem;
  }
  .score__sections th,
  .score__sections td {
    padding: 0.25rem 0.5rem 0.25rem 0;
    border-bottom: 1px solid #d8dde0;
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
`;
