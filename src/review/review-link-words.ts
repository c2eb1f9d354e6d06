/**
 * The words a reviewer sees. They are checked with the project's own easy-read checker
 * (`review-link.node.test.ts`), so the page itself is easy read.
 */
export const reviewLinkWords = {
  heading: 'Please check this document',
  intro: 'Read it. Think about what it means.',
  loading: 'Getting the document.',
  notFound: 'This link does not work. Ask for a new link.',
  failed: 'We cannot get the document now. Please try again later.',
  noToken: 'This link is not whole. Ask for a new link.',
} as const;

