/**
 * A small stand-in for the Easy Read Studio server, for browser tests of `<er-app>`:
 * it replaces `window.fetch` and answers the calls the app makes (setup, session,
 * documents, drafts with revision checks and 409s) from memory. It can go "offline"
 * (fetch rejects with a `TypeError`, as the browser's does) or be absent altogether
 * (every `/api` path is a 404 page, as plain file hosting gives).
 *
 * @module
 */
import {emptyDocument, toDocumentFile, type DocumentFile} from '../../document/document-file.js';
import type {DocumentDetail, Me, PersonRef, Role, User} from '../api-client.js';

/** One stored document. */
interface StoredDocument {
  id: string;
  revision: number;
  content: DocumentFile;
  savedBy: {id: string; name: string};
  savedAt: string;
  /** Who it is shared with. */
  sharedWith: PersonRef[];
}

/** The signed-in person the fake knows. */
export const fakeUser: User = {
  id: 'u-ada',
  email: 'ada@nhs.net',
  name: 'Ada',
  role: 'admin',
  approver: true,
  disabled: false,
  createdAt: '2026-11-01T09:00:00.000Z',
  supports: [],
};

/** The people `GET /api/people` lists: the signed-in admin, and two authors (Bea owns every document). */
export const fakePeople: readonly (PersonRef & {role: Role})[] = [
  {id: 'u-ada', name: 'Ada', role: 'admin'},
  {id: 'u-bea', name: 'Bea', role: 'author'},
  {id: 'u-cal', name: 'Cal Author', role: 'author'},
];

/** The password the fake accepts. */
export const fakePassword = 'the right password';

export class FakeServer {
  /** No server at all: `/api` answers 404 pages. */
  absent = false;
  /** The network is down: fetch rejects. */
  offline = false;
  /** The server fails: every `/api` call is a 500. */
  broken = false;
  setupNeeded = false;
  signedIn = false;
  /** Whether the signed-in person may share documents (`access.share`). */
  canShare = true;
  readonly documents = new Map<string, StoredDocument>();
  /** Every request, as `METHOD /path`. */
  readonly requests: string[] = [];
  private original?: typeof fetch;
  private nextId = 1;

  /** Puts the fake in place of `window.fetch`. */
  install(): this {
    this.original = window.fetch;
    window.fetch = (input, init) => this.handle(String(input), init ?? {});
    return this;
  }

  /** Gives `window.fetch` back. */
  restore(): void {
    if (this.original) window.fetch = this.original;
  }

  /** Adds a document saved by someone else; returns its id. */
  addDocument(title: string): string {
    const id = `d${this.nextId++}`;
    this.documents.set(id, {id, revision: 1, content: toDocumentFile(emptyDocument(title)), savedBy: {id: 'u-bea', name: 'Bea'}, savedAt: '2026-11-20T10:00:00.000Z', sharedWith: []});
    return id;
  }

  /** Someone else saves `content` over document `id`. */
  saveAsSomeoneElse(id: string, content: DocumentFile): void {
    const doc = this.documents.get(id)!;
    this.documents.set(id, {...doc, revision: doc.revision + 1, content, savedBy: {id: 'u-bea', name: 'Bea'}, savedAt: '2026-11-22T09:00:00.000Z'});
  }

  private async handle(url: string, init: RequestInit): Promise<Response> {
    const method = init.method ?? 'GET';
    const path = new URL(url, location.href).pathname;
    this.requests.push(`${method} ${path}`);
    if (this.offline) throw new TypeError('Failed to fetch');
    if (this.absent) return new Response('<!doctype html><p>Not found</p>', {status: 404, headers: {'content-type': 'text/html'}});
    if (this.broken) return json({error: 'Something went wrong on the server. Please try again.'}, 500);
    const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    const me = (): Me => ({user: fakeUser, csrfToken: 'token', expiresAt: '2026-11-23T09:00:00.000Z'});
    if (path === '/api/setup' && method === 'GET') return json({needed: this.setupNeeded});
    if ((path === '/api/setup' || path === '/api/session') && method === 'POST') {
      if (path === '/api/session' && (body as {password?: string}).password !== fakePassword) {
        return json({error: 'That email address or password is not right.'}, 401);
      }
      this.setupNeeded = false;
      this.signedIn = true;
      return json(me());
    }
    if (!this.signedIn) return json({error: 'Please sign in.'}, 401);
    if (path === '/api/me') return json(me());
    if (path === '/api/session' && method === 'DELETE') {
      this.signedIn = false;
      return new Response(null, {status: 204});
    }
    if (path === '/api/users' && method === 'GET') return json([fakeUser]);
    if (path === '/api/people' && method === 'GET') return json(fakePeople);
    const shares = /^\/api\/documents\/([^/]+)\/shares(?:\/([^/]+))?$/.exec(path);
    if (shares) return this.handleShare(shares[1]!, method === 'POST' ? (body as {userId: string}).userId : shares[2]!, method);
    if (path === '/api/documents' && method === 'GET') return json([...this.documents.values()].map((doc) => summary(doc)));
    if (path === '/api/documents' && method === 'POST') {
      const {content} = (body ?? {}) as {content?: DocumentFile};
      const id = this.addDocument(content?.meta.title ?? '');
      if (content) this.documents.get(id)!.content = content;
      return json(detail(this.documents.get(id)!, this.canShare), 201);
    }
    const match = /^\/api\/documents\/([^/]+)(\/draft)?$/.exec(path);
    const doc = match ? this.documents.get(match[1]!) : undefined;
    if (match && !doc) return json({error: 'There is no such document, or you do not have access to it.'}, 404);
    if (doc && !match![2] && method === 'GET') return json(detail(doc, this.canShare));
    if (doc && match![2] && method === 'PUT') {
      const {revision, content} = body as {revision: number; content: DocumentFile};
      if (revision !== doc.revision) {
        const {savedBy, savedAt} = doc;
        return json({error: 'Someone else saved this document first.', current: {revision: doc.revision, content: doc.content, savedBy, savedAt}}, 409);
      }
      const saved = {...doc, revision: doc.revision + 1, content, savedBy: {id: fakeUser.id, name: fakeUser.name}, savedAt: new Date().toISOString()};
      this.documents.set(doc.id, saved);
      return json({revision: saved.revision, savedAt: saved.savedAt});
    }
    return json({error: `There is nothing at ${path}.`}, 404);
  }

  /** `POST /api/documents/{id}/shares` and `DELETE …/shares/{userId}`: answers who it is shared with now. */
  private handleShare(id: string, userId: string, method: string): Response {
    const doc = this.documents.get(id);
    const person = fakePeople.find((p) => p.id === userId);
    if (!doc || !person) return json({error: 'There is no such document or person.'}, 404);
    if (!this.canShare) return json({error: 'Only the owner of this document or an admin can share it.'}, 403);
    const others = doc.sharedWith.filter((p) => p.id !== userId);
    if (method === 'DELETE' && others.length === doc.sharedWith.length) return json({error: 'This document is not shared with that person.'}, 404);
    doc.sharedWith = method === 'POST' ? [...others, {id: person.id, name: person.name}] : others;
    return json(doc.sharedWith);
  }
}

function json(data: unknown, status = 200): Response {
  return new Response(JSON.stringify(data), {status, headers: {'content-type': 'application/json'}});
}

function summary(doc: StoredDocument) {
  return {
    id: doc.id,
    title: doc.content.meta.title,
    status: 'draft' as const,
    owner: {id: 'u-bea', name: 'Bea'},
    reviewBy: doc.content.meta.reviewBy,
    revision: doc.revision,
    savedBy: doc.savedBy,
    savedAt: doc.savedAt,
    createdAt: '2026-11-01T09:00:00.000Z',
  };
}

function detail(doc: StoredDocument, share: boolean): DocumentDetail {
  return {
    ...summary(doc),
    content: doc.content,
    sharedWith: doc.sharedWith,
    releasedVersionId: null,
    access: {read: true, edit: true, share, release: true},
  };
}
