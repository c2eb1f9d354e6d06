import type {ReactiveController} from 'lit';
import {FetchReviewApi, type ReviewApi} from '../review/review-api.js';
import type {Review} from '../review/review.js';
import {ReviewSubmittedEvent} from './events.js';
import {pictureBase, resolveImages} from './picture-addresses.js';
import {adoptTheme} from './theme.js';

/**
 * What `<er-review>` does in the embed bundle: with a `server` attribute it talks to that
 * team server (instead of the page's own), and it fires `er-review-submitted` once the
 * server has the volunteer's verdict. It wraps the element's `api` when connected, so a
 * page (or a test) that sets `api` itself keeps its own, wrapped the same way. Its
 * pictures and icons (`/openmoji/…`) load from that server, or from the server the
 * bundle came from, not from the page's own site.
 */
export class ReviewEmbedding implements ReactiveController {
  private readonly host: Review;
  private wrapped?: ReviewApi;

  constructor(host: Review) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    adoptTheme(this.host);
    if (this.host.api === this.wrapped) return;
    const server = this.host.getAttribute('server');
    const inner = server && this.host.api instanceof FetchReviewApi ? new FetchReviewApi({baseUrl: server.replace(/\/$/u, '')}) : this.host.api;
    this.wrapped = {
      open: (token) => inner.open(token),
      saveAnswer: (token, partId, answer) => inner.saveAnswer(token, partId, answer),
      sendVerdict: async (token, verdict, comment) => {
        await inner.sendVerdict(token, verdict, comment);
        this.host.dispatchEvent(new ReviewSubmittedEvent(verdict));
      },
    };
    this.host.api = this.wrapped;
  }

  // Runs right after each render, in the same task, so the page's origin is never asked for a picture.
  hostUpdated(): void {
    const base = pictureBase(this.host.getAttribute('server'));
    if (base) resolveImages(this.host.renderRoot, base);
  }
}
