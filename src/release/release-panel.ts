import {LitElement, css, html, nothing} from 'lit';
import {customElement, property, state} from 'lit/decorators.js';
import {sharedStyles} from '../app/shared.styles.js';
import type {LeafletExports, LeafletKind, PrintFinding, ReleaseApi, ReleaseSummary} from './release-api.js';

const kindNames: Readonly<Record<LeafletKind, string>> = {html: 'web page', pdf: 'PDF', docx: 'Word file'};
const severityWords: Readonly<Record<PrintFinding['severity'], string>> = {
  error: 'Must fix',
  warning: 'Should fix',
  info: 'Think about',
};

function longDate(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString('en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
}

/** A file name from the document's title: `Going to hospital` → `going-to-hospital.pdf`. */
export function leafletFileName(title: string, kind: LeafletKind): string {
  const base = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'leaflet';
  return `${base}.${kind}`;
}

/**
 * The leaflet before and after release: a print preview of the version under review
 * with the checks that need a printed page beside it, then each release with its web
 * page, PDF and Word file (a download shows that it is working and for how long, and
 * says why it failed in plain words; where the server cannot make PDF or Word files,
 * their buttons say how to add what is missing) and, for approvers, **Make public** /
 * **Stop public** with the public address.
 *
 * @summary Print preview, releases and their files.
 * @csspart base - The panel.
 */
@customElement('er-release-panel')
export class ReleasePanel extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      h3 {
        font-size: 1.125rem;
        margin: 0.5rem 0;
      }
      iframe {
        width: 100%;
        height: 28rem;
        border: 2px solid #4c6272;
        border-radius: 4px;
        background: #fff;
      }
      ul {
        margin: 0 0 0.75rem;
        padding-left: 1.25rem;
      }
      .releases {
        list-style: none;
        padding: 0;
        display: grid;
        gap: 1rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      .public {
        overflow-wrap: anywhere;
      }
      .error {
        color: #b51f13;
        font-weight: 600;
      }
      .working {
        display: flex;
        align-items: center;
        gap: 0.75rem;
      }
      progress {
        width: 12rem;
        height: 1rem;
      }
      .missing {
        margin: 0.25rem 0 0;
        max-width: 40rem;
      }
    `,
  ];

  /** The server calls. */
  @property({attribute: false}) api?: ReleaseApi;

  /** The document's id. */
  @property({attribute: 'document-id'}) documentId = '';

  /** The document's title, for file names. */
  @property({attribute: 'document-title'}) documentTitle = '';

  /** The version to preview before release (the latest round's), if any. */
  @property({attribute: 'version-id'}) versionId = '';

  /** Whether the signed-in person may publish (admins and approvers). */
  @property({type: Boolean, attribute: 'can-publish'}) canPublish = false;

  @state() private releases: readonly ReleaseSummary[] = [];
  @state() private printFindings?: readonly PrintFinding[];
  @state() private previewOpen = false;
  @state() private progress = '';
  @state() private error = '';
  @state() private exports?: LeafletExports;
  /** The file being made, while a download runs. */
  @state() private making?: LeafletKind;
  @state() private seconds = 0;

  private ticker?: ReturnType<typeof setInterval>;

  /** Loads the releases again (after a new release). */
  async reload(): Promise<void> {
    if (!this.api || !this.documentId) return;
    try {
      this.releases = await this.api.releases(this.documentId);
    } catch (error) {
      this.error = error instanceof Error ? error.message : 'We cannot get the releases now.';
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTicker();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('api')) void this.loadExports();
    if (changed.has('documentId') || changed.has('api')) void this.reload();
    if (changed.has('versionId')) this.printFindings = undefined;
  }

  private async loadExports(): Promise<void> {
    // Without the answer every button stays usable, and a failed download explains itself.
    this.exports = await this.api?.exports().catch(() => undefined);
  }

  private stopTicker(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
  }

  private async openPreview(): Promise<void> {
    this.previewOpen = !this.previewOpen;
    if (!this.previewOpen || !this.api || !this.versionId) return;
    try {
      this.printFindings = await this.api.printChecks(this.versionId);
    } catch (error) {
      this.error = error instanceof Error ? error.message : 'We cannot check the printed page now.';
    }
  }

  private async download(release: ReleaseSummary, kind: LeafletKind): Promise<void> {
    if (!this.api || this.making || this.exports?.[kind].available === false) return;
    this.error = '';
    this.making = kind;
    this.seconds = 0;
    this.ticker = setInterval(() => this.seconds++, 1000);
    this.progress = `Making the ${kindNames[kind]}. This can take up to a minute the first time.`;
    try {
      const blob = await this.api.download(release.id, kind);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = leafletFileName(this.documentTitle, kind);
      link.click();
      // The download has started from the address; it is not needed after this task.
      setTimeout(() => URL.revokeObjectURL(link.href));
      this.progress = `The ${kindNames[kind]} is downloaded.`;
    } catch (error) {
      this.progress = '';
      this.error = error instanceof Error ? error.message : 'The file could not be made.';
    } finally {
      this.stopTicker();
      this.making = undefined;
    }
  }

  private async setPublic(release: ReleaseSummary, on: boolean): Promise<void> {
    if (!this.api) return;
    try {
      await this.api.setPublic(release.id, on);
      await this.reload();
      this.progress = on ? 'Anyone with the address can now read it.' : 'It is no longer public.';
    } catch (error) {
      this.error = error instanceof Error ? error.message : 'That did not work. Please try again.';
    }
  }

  private renderPreview() {
    if (!this.versionId) return nothing;
    return html`<div class="actions">
        <button class="button" type="button" aria-expanded=${this.previewOpen ? 'true' : 'false'} @click=${() => this.openPreview()}>
          ${this.previewOpen ? 'Hide print preview' : 'Print preview'}
        </button>
      </div>
      ${this.previewOpen
        ? html`<iframe title="Print preview of the leaflet" src=${this.api!.previewUrl(this.versionId)}></iframe>
            <h3>Checks on the printed page</h3>
            ${this.printFindings === undefined
              ? html`<p>Checking the printed page…</p>`
              : this.printFindings.length === 0
                ? html`<p>No problems on the printed page.</p>`
                : html`<ul>
                    ${this.printFindings.map((f) => html`<li><strong>${severityWords[f.severity]}:</strong> ${f.message}</li>`)}
                  </ul>`}`
        : nothing}`;
  }

  private renderRelease(release: ReleaseSummary) {
    const publicUrl = `${location.origin}/r/${encodeURIComponent(release.id)}`;
    // PDF and Word need the same thing (Chromium), so one explanation serves both buttons.
    const missing = [...new Set((['pdf', 'docx'] as const).flatMap((kind) => (this.exports?.[kind].available === false ? [this.exports[kind].message ?? ''] : [])))];
    return html`<li>
      <strong>Release ${release.number}</strong>, ${longDate(release.releasedAt)}${release.supersededBy ? ' (there is a newer one)' : ''}.
      ${release.reviewBy ? html`Review by ${longDate(release.reviewBy)}.` : nothing}
      <div class="actions">
        ${(['html', 'pdf', 'docx'] as const).map((kind) => {
          const unavailable = this.exports?.[kind].available === false;
          return html`<button
            class="button"
            type="button"
            aria-disabled=${unavailable || this.making ? 'true' : nothing}
            aria-describedby=${unavailable ? `missing-${release.id}` : nothing}
            @click=${() => this.download(release, kind)}
          >
            Download the ${kindNames[kind]}
          </button>`;
        })}
      </div>
      ${missing.length ? html`<p class="missing" id="missing-${release.id}">${missing.join(' ')}</p>` : nothing}
      ${release.public ? html`<p class="public">Public at <a href=${publicUrl}>${publicUrl}</a></p>` : nothing}
      ${this.canPublish
        ? html`<button class="button" type="button" @click=${() => this.setPublic(release, !release.public)}>
            ${release.public ? 'Stop public' : 'Make public'}
          </button>`
        : nothing}
    </li>`;
  }

  override render() {
    if (!this.api) return nothing;
    return html`<div part="base">
      <p role="status">${this.progress}</p>
      ${this.making
        ? html`<div class="working">
            <progress aria-label="Making the ${kindNames[this.making]}"></progress>
            <span>${this.seconds === 1 ? '1 second' : `${this.seconds} seconds`} so far</span>
          </div>`
        : nothing}
      <div role="alert">${this.error ? html`<p class="error">${this.error}</p>` : nothing}</div>
      ${this.renderPreview()}
      ${this.releases.length
        ? html`<h3>Releases</h3>
            <ul class="releases">
              ${this.releases.map((release) => this.renderRelease(release))}
            </ul>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'er-release-panel': ReleasePanel;
  }
}
