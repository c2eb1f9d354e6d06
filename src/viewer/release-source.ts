import type {DocumentFile} from '../document/document-file.js';

/** What `<er-document>` shows of a release (`GET /api/releases/{id}`). */
export interface ReleaseView {
  readonly id: string;
  readonly content: DocumentFile;
  /** "Checked by the Can you understand it? group on 12 November 2026 …", or null when unchecked. */
  readonly credit: string | null;
  readonly releasedAt: string;
  readonly reviewBy: string | null;
  readonly supersededBy: string | null;
  /** One line per picture source, such as OpenMoji's licence. */
  readonly pictureCredits: readonly string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Reads release `id` from the team server at `server` (`''`: this page's own). It asks
 * first without the reader's session, which any site may do for a public release (the
 * server answers those to every origin); when that is refused it asks again with the
 * session, which works on the server's own pages and on the sites it allows
 * (`ALLOWED_ORIGINS`). Rejects with an `Error` in plain words when the release cannot
 * be had or is not a release.
 */
export async function fetchRelease(server: string, id: string, fetchImpl: typeof fetch = fetch): Promise<ReleaseView> {
  const url = `${server.replace(/\/$/, '')}/api/releases/${encodeURIComponent(id)}`;
  const ask = (credentials: RequestCredentials) => fetchImpl(url, {credentials, headers: {accept: 'application/json'}});
  let response = await ask('omit').catch(() => null);
  if (!response || response.status === 401 || response.status === 403 || response.status === 404) {
    try {
      response = await ask('include');
    } catch {
      throw new Error(response ? 'This leaflet cannot be found. It may not be public.' : 'We cannot reach the leaflet now. Please try again later.');
    }
  }
  if (response.status === 404 || response.status === 403 || response.status === 401) {
    throw new Error('This leaflet cannot be found. It may not be public.');
  }
  if (!response.ok) throw new Error('We cannot show this leaflet now. Please try again later.');
  const data: unknown = await response.json().catch(() => null);
  if (!isRecord(data) || typeof data['id'] !== 'string' || !isRecord(data['content']) || !isRecord(data['content']['doc'])) {
    throw new Error('This is not a leaflet we can show.');
  }
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const credits: unknown[] = Array.isArray(data['pictureCredits']) ? data['pictureCredits'] : [];
  const checkedBy = isRecord(data['checkedBy']) ? text(data['checkedBy']['text']) : null;
  const creditLine = (c: unknown) => {
    if (!isRecord(c)) return '';
    const credit = text(c['credit']) ?? '';
    const licence = text(c['licence']);
    return licence && !credit.includes(licence) ? `${credit} (${licence})` : credit;
  };
  return {
    id: data['id'],
    content: data['content'] as unknown as DocumentFile,
    credit: checkedBy,
    releasedAt: text(data['releasedAt']) ?? '',
    reviewBy: text(data['reviewBy']),
    supersededBy: text(data['supersededBy']),
    pictureCredits: [...new Set(credits.map(creditLine).filter(Boolean))],
  };
}
