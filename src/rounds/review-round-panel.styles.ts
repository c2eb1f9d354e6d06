import {css} from 'lit';

/** Styles of `<er-review-round-panel>`, beside the app's shared styles. */
export const reviewRoundPanelStyles = css`
  .panel {
    display: grid;
    gap: 0.75rem;
  }
  h2 {
    font-size: 1.25rem;
    margin: 0;
  }
  h3 {
    font-size: 1.125rem;
    margin: 0;
  }
  h2:focus-visible,
  h3:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid #ffb81c;
    outline-offset: 2px;
  }
  p {
    margin: 0;
  }
  .error {
    color: #b51f13;
    font-weight: 600;
    padding: 0.5rem 0.75rem;
    border-left: 6px solid #d5281b;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  ul {
    margin: 0;
  }
  textarea,
  input {
    width: 100%;
  }
  form {
    display: grid;
    gap: 0.5rem;
  }
`;
