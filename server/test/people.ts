/**
 * A cast for API tests: an admin (from setup), two authors, an approver, a
 * supporter and the reviewer they support, each signed in (the reviewer has no
 * password and only ever uses links).
 *
 * @module
 */
import assert from 'node:assert/strict';
import {after, before} from 'node:test';
import type {ZodType} from 'zod';
import type {DocumentFile} from '../../src/document/document-file.js';
import {canonicalDocument} from '../model/content.js';
import {meSchema, userSchema} from '../routes/schemas.js';
import type {DialectName} from '../db/connect.js';
import {client, sessionCookieOf, startTestApp, testPassword, type ApiResponse, type Client, type TestApp} from './harness.js';

/** The cast, signed in. */
export interface People {
  readonly admin: Client;
  /** An author who will own the documents in a test. */
  readonly owner: Client;
  /** An author the documents are not shared with. */
  readonly other: Client;
  /** An author with the approver flag. */
  readonly approver: Client;
  readonly supporter: Client;
  /** The reviewer's user id (reviewers do not sign in). */
  readonly reviewerId: string;
}

/** Asserts `response` has `status` and returns its body parsed by `schema`. */
export function expectJson<T>(response: ApiResponse, status: number, schema: ZodType<T>): T {
  assert.equal(response.status, status, `expected ${status}, got ${response.status}: ${response.text}`);
  return schema.parse(response.body);
}

/** Asserts `response` is an error with `status`, and returns its plain message. */
export function expectError(response: ApiResponse, status: number): string {
  assert.equal(response.status, status, `expected ${status}, got ${response.status}: ${response.text}`);
  const body = response.body;
  assert.ok(typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string', response.text);
  assert.doesNotMatch(body.error, /\n\s+at /, 'no stack traces');
  return body.error;
}

/** Signs `email` in with the test password. */
export async function signIn(t: TestApp, email: string, password = testPassword): Promise<Client> {
  const response = await t.anonymous.post('/api/session', {email, password});
  const me = expectJson(response, 200, meSchema);
  return client(t.app, {cookie: sessionCookieOf(response), csrfToken: me.csrfToken, userId: me.user.id});
}

/** Sets the app up and signs the whole cast in. Emails are unique per call, so one app can hold several casts. */
export async function setUpPeople(t: TestApp): Promise<People> {
  const response = await t.anonymous.post('/api/setup', {email: 'admin@example.nhs.uk', name: 'Ada Admin', password: testPassword});
  const me = expectJson(response, 201, meSchema);
  const admin = client(t.app, {cookie: sessionCookieOf(response), csrfToken: me.csrfToken, userId: me.user.id});
  return addPeople(t, admin, 'x');
}

/** A test app with its cast signed in. */
export interface PeopleWorld {
  readonly t: TestApp;
  readonly people: People;
}

/**
 * Registers hooks for the enclosing suite: before its tests, a fresh app on `kind` with the
 * cast signed in (handed to `ready`); after them, the app closed.
 */
export function withPeople(kind: DialectName, ready: (world: PeopleWorld) => void): void {
  let t: TestApp | undefined;
  before(async () => {
    t = await startTestApp(kind);
    ready({t, people: await setUpPeople(t)});
  });
  after(() => t?.close());
}

/** Adds another cast to an app that is already set up, using `admin`. */
export async function addPeople(t: TestApp, admin: Client, tag: string): Promise<People> {
  const add = async (body: Record<string, unknown>) => expectJson(await admin.post('/api/users', body), 201, userSchema);
  const person = (name: string, role: string, extra: Record<string, unknown> = {}) =>
    add({name, role, email: `${name.toLowerCase()}.${tag}@example.nhs.uk`, password: testPassword, ...extra});
  const reviewer = await add({name: `Ravi Reviewer ${tag}`, role: 'reviewer'});
  const owner = await person('Olu', 'author');
  const other = await person('Otto', 'author');
  const approver = await person('April', 'author', {approver: true});
  const supporter = await person('Sue', 'supporter', {supports: [reviewer.id]});
  return {
    admin,
    owner: await signIn(t, owner.email ?? ''),
    other: await signIn(t, other.email ?? ''),
    approver: await signIn(t, approver.email ?? ''),
    supporter: await signIn(t, supporter.email ?? ''),
    reviewerId: reviewer.id,
  };
}

/** A small valid document with `title` and one row of `text`, as plain JSON objects. */
export function sampleDocument(title: string, text = 'You can get a flu jab at your doctor.', reviewBy = ''): DocumentFile {
  // structuredClone makes ProseMirror's null-prototype attrs plain, as JSON from the server is.
  return structuredClone(canonicalDocument({
    format: 'easy-read-studio/1',
    meta: {reviewBy},
    doc: {
      type: 'doc',
      content: [
        {type: 'title', content: [{type: 'text', text: title}]},
        {type: 'row', content: [{type: 'paragraph', content: [{type: 'text', text}]}]},
      ],
    },
  }));
}
