import {ApiClient, ApiError} from '../app/api-client.js';

/**
 * Talking to a team server from a page of another origin: the app's `ApiClient`, with
 * the session cookie sent and kept on cross-origin calls, plus the two things only an
 * embedding needs: telling "this page is not allowed" from "the server is down", and
 * remembering which team document an element's `name` saves to.
 *
 * @module
 */

/** `server` without trailing slashes: the `baseUrl` the API paths (`/api/…`) follow. */
export function serverAddress(server: string): string {
  return server.trim().replace(/\/+$/u, '');
}

/**
 * An API client for the team server at `server`. Its calls carry the session cookie
 * (`credentials: 'include'`; `ApiClient` asks only `same-origin`, right for the app's own
 * page). The browser sends the cookie only where the server's `SameSite` allows: see the
 * README, "Embedding".
 */
export function teamServerClient(server: string, fetchImpl: typeof fetch = (input, init) => fetch(input, init)): ApiClient {
  return new ApiClient({baseUrl: serverAddress(server), fetch: (input, init) => fetchImpl(input, {...init, credentials: 'include'})});
}

/**
 * Why `error` (from the team server's client) happened, in plain words for the person
 * at the page. A call that got no readable answer (status 0) is either a server that is
 * down or one that answers this page's origin without CORS (not in `ALLOWED_ORIGINS`):
 * a no-cors request for the bundle tells them apart, as static files may be loaded by any site.
 */
export async function explainFailure(error: unknown, server: string, fetchImpl: typeof fetch = (input, init) => fetch(input, init)): Promise<string> {
  if (!(error instanceof ApiError)) return 'Something went wrong. Reload the page and try again.';
  if (error.status !== 0) return error.message;
  try {
    await fetchImpl(`${serverAddress(server)}/easy-read.js`, {method: 'HEAD', mode: 'no-cors', credentials: 'omit', cache: 'no-store'});
  } catch {
    return error.message;
  }
  return `This page is not allowed to use Easy Read Studio at ${serverHost(server)}. Ask whoever runs it to allow ${location.origin}.`;
}

/** The host name of `server` (`easy-read.trust.nhs.uk`), as the person knows it; the address itself when it is not a URL. */
export function serverHost(server: string): string {
  try {
    return new URL(serverAddress(server)).host;
  } catch {
    return server;
  }
}

/**
 * The team documents elements save to, by server and element `name`, kept in this
 * browser's `localStorage` so a reload goes on with the same document. A browser that
 * keeps nothing (some private modes) just starts a new document next time.
 */
export const teamDocuments = {
  /** The id of the document `name` saves to on `server`, or `undefined`. */
  get(server: string, name: string): string | undefined {
    if (!name) return undefined;
    try {
      return localStorage.getItem(storageKey(server, name)) ?? undefined;
    } catch {
      return undefined;
    }
  },
  /** Remembers (or with `undefined`, forgets) the document `name` saves to on `server`. */
  set(server: string, name: string, id: string | undefined): void {
    if (!name) return;
    try {
      if (id) localStorage.setItem(storageKey(server, name), id);
      else localStorage.removeItem(storageKey(server, name));
    } catch {
      // Not kept: the next visit makes a new document, which loses nothing.
    }
  },
};

function storageKey(server: string, name: string): string {
  return `easy-read-embed:${serverAddress(server)}:${name}`;
}
