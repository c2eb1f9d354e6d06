import {LitElement, css, html, nothing} from 'lit';
import {customElement, property, state} from 'lit/decorators.js';
import {ApiClient, ApiError} from '../app/api-client.js';
import type {Review} from '../../server/api-types.js';
import '../editor/editor.js';
import {reviewLinkWords} from './review-link-words.js';

/**
 * What a review link (`/review#<token>`) shows: the one version the link was made for,
 * read-only. Nobody signs in; the link is the key, and it shows nothing else.
 *
 * @summary The page a review link opens.
 */
@customElement('er-review-link')
export class ReviewLink extends LitElement {
  static override styles = css`
    :host {
      display: block;
      max-width: 60rem;
      margin: 0 auto;
      padding: 1.25rem;
      font-family: Arial, Helvetica, sans-serif;
      font-size: 1.25rem;
      line-height: 1.5;
      color: #212b32;
    }
    h1 {
      font-size: 2rem;
      margin: 0 0 0.5rem;
    }
    .message {
      padding: 0.75rem 1rem;
      border-left: 6px solid #d5281b;
      background: #fff;
      font-weight: 700;
    }
  `;

  @state() private review?: Review;
  @state() private message: string = reviewLinkWords.loading;

  /** The API client to use (tests give their own). */
  @property({attribute: false}) api = new ApiClient();

  /** The link's token; defaults to the part of the address after `#`. */
  @property() token = typeof location === 'undefined' ? '' : decodeURIComponent(location.hash.slice(1));

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    if (!this.token) {
      this.message = reviewLinkWords.noToken;
      return;
    }
    try {
      this.review = await this.api.openReview(this.token);
      this.message = '';
    } catch (error) {
      const gone = error instanceof ApiError && [400, 401, 403, 404, 410].includes(error.status);
      this.message = gone ? reviewLinkWords.notFound : reviewLinkWords.failed;
    }
  }

  override render() {
    return html`<main>
      <h1>${reviewLinkWords.heading}</h1>
      ${this.review
        ? html`<p>${reviewLinkWords.intro}</p>
            <er-editor readonly label="The document to check" .value=${this.review.version.content}></er-editor>`
        : nothing}
      ${this.message ? html`<p class="message" role=${this.review ? 'status' : 'alert'}>${this.message}</p>` : nothing}
    </main>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'er-review-link': ReviewLink;
  }
}
