import {LitElement, css, html} from 'lit';
import {customElement, property, query, state} from 'lit/decorators.js';
import {sharedStyles} from '../app/shared.styles.js';
import type {InvolvedPerson, RoundInvite} from './rounds-api.js';

/** An SVG document as an image address (an `<img>` never runs what an SVG holds). */
function svgImage(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A printable page of the links: one reviewer a block, with their name, the address and
 * its QR code, for the tablets at the group's meeting. Self-contained, no scripts.
 */
export function linksSheet(title: string, invites: readonly RoundInvite[], nameOf: (id: string) => string): string {
  const blocks = invites
    .map(
      (invite) => `<section><h2>${escapeHtml(nameOf(invite.reviewerId))}</h2>
<img src="${svgImage(invite.qrSvg)}" alt="QR code of the link for ${escapeHtml(nameOf(invite.reviewerId))}" width="200" height="200">
<p>${escapeHtml(invite.url)}</p></section>`
    )
    .join('\n');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Review links: ${escapeHtml(title)}</title>
<style>body{font-family:Arial,Helvetica,sans-serif;font-size:16pt;line-height:1.5;margin:1.5cm}
section{break-inside:avoid;border-bottom:1px solid #999;padding:0.5cm 0}p{overflow-wrap:anywhere}</style></head>
<body><h1>Review links: ${escapeHtml(title)}</h1>${blocks}</body></html>`;
}

/**
 * The links of a round that was just started. Each link is shown only now (the server
 * keeps only a hash of it), so the author copies them, shows the QR codes, or downloads
 * a sheet to print.
 *
 * @summary The new round's review links and QR codes.
 */
@customElement('er-round-links')
export class RoundLinks extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      h3 {
        font-size: 1.125rem;
        margin: 0 0 0.5rem;
      }
      h3:focus-visible {
        outline: 3px solid #ffb81c;
      }
      ul {
        list-style: none;
        margin: 0 0 0.75rem;
        padding: 0;
        display: grid;
        gap: 1rem;
      }
      .link {
        overflow-wrap: anywhere;
        margin: 0.25rem 0;
      }
      img {
        width: 160px;
        height: 160px;
        display: block;
        background: #fff;
      }
    `,
  ];

  /** The links, one for each reviewer. */
  @property({attribute: false}) invites: readonly RoundInvite[] = [];

  /** The register, to name each reviewer. */
  @property({attribute: false}) people: readonly InvolvedPerson[] = [];

  /** The document's title, for the printable sheet. */
  @property({attribute: 'document-title'}) documentTitle = '';

  @state() private copied = '';
  @query('h3') private heading!: HTMLElement;

  private sheetUrl = '';

  /** Moves the focus to the heading of the links. */
  override focus(): void {
    this.heading.focus();
  }

  private nameOf = (id: string): string => this.people.find((p) => p.id === id)?.name ?? 'Reviewer';

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('invites') || changed.has('people') || changed.has('documentTitle')) {
      if (this.sheetUrl) URL.revokeObjectURL(this.sheetUrl);
      const sheet = linksSheet(this.documentTitle, this.invites, this.nameOf);
      this.sheetUrl = URL.createObjectURL(new Blob([sheet], {type: 'text/html'}));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.sheetUrl) URL.revokeObjectURL(this.sheetUrl);
    this.sheetUrl = '';
  }

  private async copy(invite: RoundInvite): Promise<void> {
    const name = this.nameOf(invite.reviewerId);
    try {
      await navigator.clipboard.writeText(invite.url);
      this.copied = `Copied the link for ${name}.`;
    } catch {
      this.copied = `Could not copy. Select the link for ${name} and copy it.`;
    }
  }

  override render() {
    return html`<h3 tabindex="-1">Review links</h3>
      <p>Each person has their own link. Copy or print them now: they are shown only once.</p>
      <p role="status">${this.copied}</p>
      <ul>
        ${this.invites.map((invite) => {
          const name = this.nameOf(invite.reviewerId);
          return html`<li>
            <strong>${name}</strong>
            <p class="link">${invite.url}</p>
            <button class="button" type="button" @click=${() => this.copy(invite)}>Copy the link for ${name}</button>
            <img src=${svgImage(invite.qrSvg)} alt=${`QR code of the link for ${name}`} />
          </li>`;
        })}
      </ul>
      <a class="button" href=${this.sheetUrl} download="review-links.html">Download a sheet of the links to print</a>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'er-round-links': RoundLinks;
  }
}
