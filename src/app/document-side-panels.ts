import {html, nothing, type TemplateResult} from 'lit';
import type {ReleaseApi} from '../release/release-api.js';
import type {RoundsApi} from '../rounds/rounds-api.js';
import type {DocumentDetail} from './api-client.js';
import type {DocumentSharing} from './document-sharing.js';
import type {ShareRequestEvent} from './share-request-event.js';
import '../rounds/review-round-panel.js';
import './share-panel.js';

/** What {@link reviewPanel} needs. */
export interface ReviewPanelOptions {
  /** The open team document, or `undefined`. */
  readonly detail: DocumentDetail | undefined;
  readonly rounds: RoundsApi;
  readonly releases: ReleaseApi;
  readonly admin: boolean;
  /** True while the editor's draft is saved on the server. */
  readonly saved: boolean;
}

/** Review rounds and release of the open team document, for those who may change or release it. */
export function reviewPanel({detail, rounds, releases, admin, saved}: ReviewPanelOptions): TemplateResult | typeof nothing {
  if (!detail || !(detail.access.edit || detail.access.release)) return nothing;
  return html`<er-review-round-panel
    slot="side"
    .api=${rounds}
    .releaseApi=${releases}
    document-id=${detail.id}
    document-title=${detail.title}
    ?can-release=${detail.access.release}
    ?admin=${admin}
    ?saved=${saved}
  ></er-review-round-panel>`;
}

/** The sharing panel of the open team document, when the signed-in person may share it. */
export function sharePanel(sharing: DocumentSharing, onShareRequest: (event: ShareRequestEvent) => void): TemplateResult | typeof nothing {
  if (!sharing.shown) return nothing;
  return html`<er-share-panel
    slot="side"
    owner-id=${sharing.ownerId}
    .sharedWith=${sharing.sharedWith}
    .people=${sharing.people}
    .status=${sharing.status}
    .error=${sharing.error}
    ?busy=${sharing.busy}
    @share-request=${onShareRequest}
  ></er-share-panel>`;
}
