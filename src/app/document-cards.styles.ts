import {css} from 'lit';

/**
 * The look both document lists share (`<er-document-list>` and `<er-team-document-list>`):
 * `.list`, the `<ul>` of document cards. Each list keeps its own class names for the
 * rest and takes the declarations below into them.
 */
export const documentCardsStyles = css`
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
`;

/** The declarations of one document's card in a list. */
export const cardLook = css`
  padding: 1rem;
  border: 1px solid #aeb7bd;
  border-radius: 8px;
  background: #fff;
`;

/** The declarations of the status line above a list (how many, what just happened). */
export const statusLineLook = css`
  min-height: 1.5rem;
  margin-bottom: 0.75rem;
  font-weight: 600;
`;
