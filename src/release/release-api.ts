/**
 * Releases as the server's API describes them (`/api/documents/{id}/releases`,
 * `/api/releases/{id}/…`, `/api/versions/{id}/print-checks`): typed calls over the
 * signed-in `ApiClient`, and downloads of the leaflet files with plain-worded failures.
 *
 * @module
 */
import {TransportApi, type Transport} from '../app/transport-api.js';

/** A release as listed for a document. */
export interface ReleaseSummary {
  readonly id: string;
  readonly number: number;
  readonly versionId: string;
  readonly releasedAt: string;
  readonly reviewBy: string | null;
  readonly public: boolean;
  readonly supersededBy: string | null;
}

/** One finding of the checks that need a printed page. */
export interface PrintFinding {
  readonly rule: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
}

/** The three files a release can be downloaded as. */
export type LeafletKind = 'html' | 'pdf' | 'docx';

/** Whether the server can make a kind of file, and if not, why and how to add what is missing. */
export interface ExportState {
  readonly available: boolean;
  readonly message: string | null;
}

/** What `GET /api/leaflet-exports` answers: each kind of file. */
export type LeafletExports = Readonly<Record<LeafletKind, ExportState>>;

/** Typed calls for releases. */
export class ReleaseApi extends TransportApi {
  private readonly fetchImpl: typeof fetch;

  constructor(transport: Transport, fetchImpl: typeof fetch = (...args) => fetch(...args)) {
    super(transport);
    this.fetchImpl = fetchImpl;
  }

  /** The document's releases, newest first. */
  async releases(documentId: string): Promise<readonly ReleaseSummary[]> {
    const answer = await this.transport.send<{releases: ReleaseSummary[]}>('GET', `/api/documents/${enc(documentId)}/releases`);
    return [...answer.releases].sort((a, b) => b.number - a.number);
  }

  /** Which files this server can make (PDF and Word need Chromium on the server). */
  exports(): Promise<LeafletExports> {
    return this.transport.send<LeafletExports>('GET', '/api/leaflet-exports');
  }

  /** Makes a release public at `/r/{id}` (`true`) or takes it back (`false`). */
  setPublic(releaseId: string, on: boolean): Promise<unknown> {
    return this.transport.send('POST', `/api/releases/${enc(releaseId)}/${on ? 'publish' : 'unpublish'}`);
  }

  /** The checks that need a printed page, run on a version's leaflet before release. */
  async printChecks(versionId: string): Promise<readonly PrintFinding[]> {
    const answer = await this.transport.send<{findings: PrintFinding[]}>('GET', `/api/versions/${enc(versionId)}/print-checks`);
    return answer.findings;
  }

  /** The address of a version's leaflet page, for the print preview. */
  previewUrl(versionId: string): string {
    return `/api/versions/${enc(versionId)}/leaflet.html`;
  }

  /** The address of a release's leaflet file. */
  fileUrl(releaseId: string, kind: LeafletKind): string {
    return `/api/releases/${enc(releaseId)}/leaflet.${kind}`;
  }

  /**
   * Fetches a release's file (a PDF can take a while the first time) and resolves with
   * it. Rejects with an `Error` whose message is the server's plain words.
   */
  async download(releaseId: string, kind: LeafletKind): Promise<Blob> {
    let response: Response;
    try {
      response = await this.fetchImpl(this.fileUrl(releaseId, kind), {credentials: 'same-origin'});
    } catch {
      throw new Error('We cannot reach the server. Check your connection and try again.');
    }
    if (response.ok) return response.blob();
    const body: unknown = await response.json().catch(() => null);
    const message = typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string' ? body.error : '';
    throw new Error(message || `The file could not be made (the server answered ${response.status}).`);
  }
}

function enc(part: string): string {
  return encodeURIComponent(part);
}
