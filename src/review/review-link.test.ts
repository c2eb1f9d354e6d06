import {expect, fixture, html, nextFrame} from '@open-wc/testing';
import {ApiError, type ApiClient} from '../app/api-client.js';
import {emptyDocument, toDocumentFile} from '../document/document-file.js';
import type {Editor} from '../editor/editor.js';
import type {ReviewLink} from './review-link.js';
import {reviewLinkWords} from './review-link-words.js';
import './review-link.js';

/** A stand-in for the API with only what the page calls. */
function api(openReview: (token: string) => Promise<unknown>): ApiClient {
  return {openReview} as unknown as ApiClient;
}

const review = {
  inviteId: 'i1',
  label: '',
  expiresAt: '2026-12-06T00:00:00Z',
  reviewer: null,
  version: {id: 'v1', number: 2, title: 'Your blood test', createdAt: '2026-11-22T09:00:00Z', content: toDocumentFile(emptyDocument('Your blood test'))},
  feedback: [],
};

async function show(token: string, openReview: (token: string) => Promise<unknown>) {
  const el = await fixture<ReviewLink>(html`<er-review-link .api=${api(openReview)} token=${token}></er-review-link>`);
  await nextFrame();
  await el.updateComplete;
  return el;
}

describe('er-review-link', () => {
  it('shows the one version the link is for, read-only', async () => {
    const asked: string[] = [];
    const el = await show('abc123', async (token) => {
      asked.push(token);
      return review;
    });
    expect(asked).to.deep.equal(['abc123']);
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal(reviewLinkWords.heading);
    const editor = el.shadowRoot!.querySelector<Editor>('er-editor')!;
    await editor.updateComplete;
    expect(editor.readonly).to.equal(true);
    expect(editor.state.doc.firstChild!.textContent).to.equal('Your blood test');
  });

  it('is accessible', async () => {
    const el = await show('abc123', async () => review);
    await expect(el).to.be.accessible();
  });

  it('says the link does not work when it ran out or was stopped', async () => {
    const el = await show('old', async () => {
      throw new ApiError(410, 'This review link has run out.');
    });
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal(reviewLinkWords.notFound);
    expect(el.shadowRoot!.querySelector('er-editor')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says the link is not whole when it has no token', async () => {
    const el = await show('', async () => review);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal(reviewLinkWords.noToken);
  });
});
