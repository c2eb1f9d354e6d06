/**
 * The permission matrix: every route, called by every kind of person, with the
 * status the server must answer. Every caller gets a session of their own, and each
 * route fresh data (a document, a version, a share and a review link); routes whose
 * success would change the answer for the next caller (a save, an unshare) get
 * fresh data for every caller. So no cell depends on another.
 *
 * Columns: anon = no session, no link. reviewer = the invited volunteer: no session,
 * but holds the review link. supporter = supports that reviewer. other = an author
 * the document is not shared with. owner = the author who owns it. approver = an
 * author with the approver flag (not the owner). admin.
 */
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {z} from 'zod';
import type {UserActor} from './model/actor.js';
import {answerWithLink} from './model/answers.js';
import {deleteDocument} from './model/bin.js';
import {createDocument} from './model/documents.js';
import {startSession} from './model/group-sessions.js';
import {addPerson} from './model/involvement.js';
import {releaseDocument} from './model/release.js';
import {listReleases} from './model/releases.js';
import {roundResults} from './model/results.js';
import {startRound} from './model/rounds.js';
import {createInvite} from './model/invites.js';
import {createSession} from './model/sessions.js';
import {shareDocument} from './model/shares.js';
import {requireUser} from './model/users.js';
import {createVersion} from './model/versions.js';
import {userSchema} from './routes/schemas.js';
import {client, startTestApp, testPassword, type Client, type TestApp} from './test/harness.js';
import {expectJson, sampleDocument, setUpPeople, type People} from './test/people.js';
import {databaseKinds} from './test/storage.js';

/** The row every world's review answer is about, and the word marked hard in it (so the checker-words routes have a word). */
const sampleText = 'You can get a flu jab at your doctor.';
const hardWord = 'flu';

const roles = ['anon', 'reviewer', 'supporter', 'other', 'owner', 'approver', 'admin'] as const;
type Role = (typeof roles)[number];

// prettier-ignore
const matrix: readonly (readonly [route: string, statuses: readonly number[]])[] = [
  //                                              anon reviewer supporter other owner approver admin
  ['GET /api/health',                              [200, 200, 200, 200, 200, 200, 200]],
  ['GET /api/openapi.json',                        [200, 200, 200, 200, 200, 200, 200]],
  ['GET /api/setup',                               [200, 200, 200, 200, 200, 200, 200]],
  ['POST /api/setup',                              [409, 409, 409, 409, 409, 409, 409]],
  ['POST /api/session',                            [200, 200, 200, 200, 200, 200, 200]],
  ['DELETE /api/session',                          [204, 204, 204, 204, 204, 204, 204]],
  ['DELETE /api/sessions',                         [401, 401, 200, 200, 200, 200, 200]],
  ['GET /api/me',                                  [401, 401, 200, 200, 200, 200, 200]],
  ['GET /api/users',                               [401, 401, 403, 403, 403, 403, 200]],
  ['POST /api/users',                              [401, 401, 403, 403, 403, 403, 201]],
  ['PATCH /api/users/{id}',                        [401, 401, 403, 403, 403, 403, 200]],
  ['GET /api/people',                              [401, 401, 403, 200, 200, 200, 200]],
  ['GET /api/documents',                           [401, 401, 403, 200, 200, 200, 200]],
  ['POST /api/documents',                          [401, 401, 403, 201, 201, 201, 201]],
  ['GET /api/documents/{id}',                      [401, 401, 404, 404, 200, 200, 200]],
  ['PUT /api/documents/{id}/draft',                [401, 401, 404, 404, 200, 403, 200]],
  ['DELETE /api/documents/{id}',                   [401, 401, 404, 404, 200, 403, 200]],
  ['GET /api/bin',                                 [401, 401, 403, 200, 200, 200, 200]],
  ['POST /api/documents/{id}/restore',             [401, 401, 404, 404, 200, 403, 200]],
  ['POST /api/documents/{id}/shares',              [401, 401, 404, 404, 200, 403, 200]],
  ['DELETE /api/documents/{id}/shares/{userId}',   [401, 401, 404, 404, 200, 403, 200]],
  ['POST /api/documents/{id}/release',             [401, 401, 404, 404, 403, 403, 200]],
  ['POST /api/documents/{id}/versions',            [401, 401, 404, 404, 201, 403, 201]],
  ['GET /api/documents/{id}/versions',             [401, 401, 404, 404, 200, 200, 200]],
  ['GET /api/versions/{id}',                       [401, 401, 404, 404, 200, 200, 200]],
  ['POST /api/documents/{id}/invites',             [401, 401, 404, 404, 201, 403, 201]],
  ['GET /api/documents/{id}/invites',              [401, 401, 404, 404, 200, 200, 200]],
  ['DELETE /api/invites/{id}',                     [401, 401, 404, 404, 200, 403, 200]],
  ['GET /api/invite/{token}',                      [404, 200, 404, 404, 404, 404, 404]],
  ['POST /api/invite/{token}/feedback',            [404, 201, 404, 404, 404, 404, 404]],
  ['GET /api/reviews',                             [401, 401, 200, 403, 403, 403, 403]],
  ['GET /api/reviews/{inviteId}',                  [401, 401, 200, 403, 403, 403, 403]],
  ['POST /api/reviews/{inviteId}/feedback',        [401, 401, 201, 403, 403, 403, 403]],
  ['PUT /api/invite/{token}/answers/{partId}',      [404, 200, 404, 404, 404, 404, 404]],
  ['POST /api/invite/{token}/verdict',             [404, 200, 404, 404, 404, 404, 404]],
  ['GET /api/involvement/people',                  [401, 401, 200, 200, 200, 200, 200]],
  ['POST /api/involvement/people',                 [401, 401, 201, 403, 403, 403, 201]],
  ['PATCH /api/involvement/people/{id}',           [401, 401, 200, 403, 403, 403, 200]],
  ['DELETE /api/involvement/people/{id}',          [401, 401, 204, 403, 403, 403, 204]],
  ['GET /api/involvement/record.csv',              [401, 401, 200, 403, 403, 403, 200]],
  ['GET /api/involvement/policy',                  [401, 401, 200, 200, 200, 200, 200]],
  ['PUT /api/involvement/policy',                  [401, 401, 403, 403, 403, 403, 200]],
  ['POST /api/documents/{id}/rounds',              [401, 401, 404, 404, 201, 403, 201]],
  ['GET /api/documents/{id}/rounds',               [401, 401, 404, 404, 200, 200, 200]],
  ['POST /api/rounds/{id}/close',                  [401, 401, 404, 404, 200, 403, 200]],
  ['POST /api/rounds/{id}/cancel',                 [401, 401, 404, 404, 200, 403, 200]],
  ['GET /api/rounds/{id}/results',                 [401, 401, 404, 404, 200, 200, 200]],
  ['PUT /api/rounds/{id}/items/{itemId}/response', [401, 401, 404, 404, 200, 403, 200]],
  ['GET /api/rounds/{id}/you-said-we-did.html',    [401, 401, 404, 404, 200, 200, 200]],
  ['GET /api/rounds',                              [401, 401, 200, 403, 403, 403, 403]],
  ['POST /api/rounds/{id}/sessions',               [401, 401, 201, 403, 403, 403, 403]],
  ['GET /api/rounds/{id}/sessions/{sessionId}',    [401, 401, 200, 403, 403, 403, 403]],
  ['PUT /api/rounds/{id}/sessions/{sessionId}/answers/{personId}/{partId}', [401, 401, 200, 403, 403, 403, 403]],
  ['POST /api/rounds/{id}/sessions/{sessionId}/verdicts/{personId}',        [401, 401, 200, 403, 403, 403, 403]],
  ['POST /api/rounds/{id}/sessions/{sessionId}/end', [401, 401, 200, 403, 403, 403, 403]],
  ['GET /api/checker-words',                       [401, 401, 200, 200, 200, 200, 200]],
  ['PATCH /api/checker-words/{word}',              [401, 401, 403, 403, 403, 403, 200]],
  ['DELETE /api/checker-words/{word}',             [401, 401, 403, 403, 403, 403, 204]],
  ['GET /api/documents/{id}/releases',             [401, 401, 404, 404, 200, 200, 200]],
  ['GET /api/leaflet-exports',                     [401, 401, 200, 200, 200, 200, 200]],
  ['GET /api/releases/{id}',                       [401, 401, 404, 404, 200, 200, 200]],
  ['PUT /api/releases/{id}',                       [401, 401, 405, 405, 405, 405, 405]],
  ['PATCH /api/releases/{id}',                     [401, 401, 405, 405, 405, 405, 405]],
  ['DELETE /api/releases/{id}',                    [401, 401, 405, 405, 405, 405, 405]],
  ['GET /api/releases/{id}/leaflet.html',          [401, 401, 404, 404, 200, 200, 200]],
  ['GET /api/releases/{id}/leaflet.pdf',           [401, 401, 404, 404, 200, 200, 200]],
  ['GET /api/releases/{id}/leaflet.docx',          [401, 401, 404, 404, 200, 200, 200]],
  ['POST /api/releases/{id}/publish',              [401, 401, 404, 404, 403, 200, 200]],
  ['POST /api/releases/{id}/unpublish',            [401, 401, 404, 404, 403, 200, 200]],
  ['GET /api/releases/{id}/print-checks',          [401, 401, 404, 404, 200, 200, 200]],
  ['GET /api/versions/{id}/print-checks',          [401, 401, 404, 404, 200, 200, 200]],
  ['GET /api/versions/{id}/leaflet.html',          [401, 401, 404, 404, 200, 200, 200]],
  ['GET /api/documents/{id}/audit',                [401, 401, 404, 404, 200, 200, 200]],
  ['GET /api/audit',                               [401, 401, 403, 403, 403, 403, 200]],
];

/** The data one cell runs against. */
interface World {
  readonly doc: string;
  readonly version: string;
  readonly invite: string;
  readonly token: string;
  readonly serial: number;
  /** A review round on the document, with a link for `person`, a group session, an answer (marking `hardWord`) and so an item. */
  readonly round: string;
  readonly roundToken: string;
  readonly person: string;
  readonly session: string;
  readonly part: string;
  readonly item: string;
  /** A private release of `version` (admin override), for the release routes only; else `''`. */
  readonly release: string;
}

for (const kind of databaseKinds) {
  describe(`permission matrix (${kind})`, () => {
    let t: TestApp;
    let people: People;
    let actors: Record<Exclude<Role, 'anon' | 'reviewer'>, UserActor>;
    let extraId: string;
    let serial = 0;

    before(async () => {
      t = await startTestApp(kind);
      people = await setUpPeople(t);
      const extra = await people.admin.post('/api/users', {email: 'ed@example.nhs.uk', name: 'Ed', role: 'author', password: testPassword});
      extraId = expectJson(extra, 201, userSchema).id;
      const actor = async (c: Client): Promise<UserActor> => {
        const user = await requireUser(t.db.storage.db, c.userId ?? '');
        return {kind: 'user', id: user.id, name: user.name, role: user.role, approver: user.approver};
      };
      actors = {
        supporter: await actor(people.supporter),
        other: await actor(people.other),
        owner: await actor(people.owner),
        approver: await actor(people.approver),
        admin: await actor(people.admin),
      };
    });
    after(() => t.close());

    it('covers exactly the routes in the OpenAPI document', async () => {
      const spec = expectJson(await t.anonymous.get('/api/openapi.json'), 200, z.object({paths: z.record(z.string(), z.record(z.string(), z.unknown()))}));
      const documented = Object.entries(spec.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
      const tested = matrix.map(([route]) => route).filter((r) => r !== 'GET /api/openapi.json');
      assert.deepEqual([...tested].sort(), [...documented].sort());
    });

    /** Fresh data for one cell, made through the model as the owner. */
    async function world(route: string): Promise<World> {
      const db = t.db.storage.db;
      const now = t.clock.now();
      const doc = await createDocument(db, actors.owner, sampleDocument('Matrix', sampleText), now);
      await shareDocument(db, actors.owner, doc.id, extraId, now);
      const version = await createVersion(db, actors.owner, doc.id, {revision: 1, checkSummary: {errors: 0, warnings: 0, info: 0}}, now);
      const invite = await createInvite(db, actors.owner, doc.id, {versionId: version.id, reviewerId: people.reviewerId}, 14, now);
      const personInput = {name: 'Pia', credit: 'full', consentToName: true, livedExperience: true, paid: false, supporterId: actors.supporter.id} as const;
      const person = await addPerson(db, actors.supporter, personInput, now);
      const round = await startRound(db, actors.owner, doc.id, {reviewerIds: [person.id], due: '2026-03-20'}, now);
      const roundToken = round.invites[0]?.token ?? '';
      const part = (await inviteParts(roundToken))[1] ?? '';
      const start = sampleText.indexOf(hardWord);
      await answerWithLink(db, roundToken, part, {understood: 'no', hardWords: [{word: hardWord, start, end: start + hardWord.length}]}, now);
      const session = await startSession(db, actors.supporter, round.id, [person.id], now);
      const roundRow = await db.selectFrom('review_rounds').selectAll().where('id', '=', round.id).executeTakeFirstOrThrow();
      const item = (await roundResults(db, roundRow)).items[0]?.id ?? '';
      const release = /^\S+ \/api\/(releases|documents\/\{id\}\/releases)/.test(route) ? await releaseOf(doc.id, version.id) : '';
      return {doc: doc.id, version: version.id, invite: invite.id, token: invite.token, serial: ++serial, round: round.id, roundToken, person: person.id, session: session.id, part, item, release};
    }

    /** Releases `versionId` by an admin's override (it is not ready) and returns the release's id. */
    async function releaseOf(documentId: string, versionId: string): Promise<string> {
      const db = t.db.storage.db;
      const override = {versionId, overrideReason: 'Permission matrix', reviewAgainBy: '2026-06-01'};
      assert.equal((await releaseDocument(db, actors.admin, documentId, override, t.clock.now())).released, true);
      return (await listReleases(db, actors.admin, documentId))[0]?.id ?? '';
    }

    async function inviteParts(token: string): Promise<string[]> {
      const review = await t.anonymous.get(`/api/invite/${token}`);
      return z.object({parts: z.array(z.object({id: z.string()}))}).parse(review.body).parts.map((p) => p.id);
    }

    /** A client for `role`, with a session of its own (signing out in one cell must not affect the next). */
    async function caller(role: Role): Promise<Client> {
      if (role === 'anon' || role === 'reviewer') return t.anonymous;
      const session = await createSession(t.db.storage.db, actors[role], 1, t.clock.now());
      return client(t.app, {cookie: `er_session=${session.token}`, csrfToken: session.csrfToken, userId: actors[role].id});
    }

    function path(route: string, w: World, role: Role): string {
      const template = route.split(' ')[1] ?? '';
      const bogusToken = 'AAAAAAAAAAAAAAAAAAAAAA';
      const linkToken = /\/(answers|verdict)/.test(template) ? w.roundToken : w.token;
      return template
        .replace(/^\/api\/documents\/\{id\}/, `/api/documents/${w.doc}`)
        .replace('/api/involvement/people/{id}', `/api/involvement/people/${w.person}`)
        .replace('/api/rounds/{id}', `/api/rounds/${w.round}`)
        .replace('{sessionId}', w.session)
        .replace('{personId}', w.person)
        .replace('{partId}', w.part)
        .replace('{itemId}', w.item)
        .replace('{word}', hardWord)
        .replace('record.csv', 'record.csv?month=2026-03')
        .replace('/api/versions/{id}', `/api/versions/${w.version}`)
        .replace('/api/releases/{id}', `/api/releases/${w.release}`)
        .replace('/api/invites/{id}', `/api/invites/${w.invite}`)
        .replace('/api/users/{id}', `/api/users/${extraId}`)
        .replace('{userId}', extraId)
        .replace('{inviteId}', w.invite)
        .replace('{token}', role === 'reviewer' ? linkToken : bogusToken);
    }

    function body(route: string, w: World): unknown {
      const bodies: Record<string, unknown> = {
        'POST /api/setup': {email: 'late@example.nhs.uk', name: 'Late', password: testPassword},
        'POST /api/session': {email: 'april.x@example.nhs.uk', password: testPassword},
        'POST /api/users': {email: `new${w.serial}@example.nhs.uk`, name: 'New', role: 'author', password: testPassword},
        'PATCH /api/users/{id}': {name: 'Ed Extra'},
        'POST /api/documents': {title: 'Matrix'},
        'PUT /api/documents/{id}/draft': {revision: 1, content: sampleDocument('Matrix', 'Edited.')},
        'POST /api/documents/{id}/shares': {userId: extraId},
        'POST /api/documents/{id}/release': {versionId: w.version, overrideReason: 'Permission matrix', reviewAgainBy: '2026-06-01'},
        'POST /api/documents/{id}/versions': {revision: 1, checkSummary: {errors: 0, warnings: 0, info: 0}},
        'POST /api/documents/{id}/invites': {versionId: w.version},
        'POST /api/invite/{token}/feedback': {verdict: 'approve', comments: ''},
        'POST /api/reviews/{inviteId}/feedback': {for: people.reviewerId, verdict: 'approve'},
        'PUT /api/invite/{token}/answers/{partId}': {understood: 'yes'},
        'POST /api/invite/{token}/verdict': {verdict: 'approve'},
        'POST /api/involvement/people': {name: 'New', credit: 'none', consentToName: false, livedExperience: true, paid: false},
        'PATCH /api/involvement/people/{id}': {contact: 'Phone'},
        'PUT /api/involvement/policy': {minApprovals: 1, maxApprovals: 10},
        'POST /api/documents/{id}/rounds': {reviewerIds: [w.person], due: '2026-03-20'},
        'PUT /api/rounds/{id}/items/{itemId}/response': {action: 'changed'},
        'PATCH /api/checker-words/{word}': {instead: 'a jab for the flu'},
        'POST /api/rounds/{id}/sessions': {memberIds: [w.person]},
        'PUT /api/rounds/{id}/sessions/{sessionId}/answers/{personId}/{partId}': {understood: 'yes'},
        'POST /api/rounds/{id}/sessions/{sessionId}/verdicts/{personId}': {verdict: 'approve'},
      };
      return bodies[route];
    }

    // A save moves the revision on, an unshare removes the share, a removal or a closed round stays so: the next caller needs its own.
    const freshForEachCaller = new Set([
      'PUT /api/documents/{id}/draft',
      'DELETE /api/documents/{id}/shares/{userId}',
      'DELETE /api/documents/{id}',
      'POST /api/documents/{id}/restore',
      'DELETE /api/involvement/people/{id}',
      'POST /api/rounds/{id}/close',
      'POST /api/rounds/{id}/cancel',
    ]);

    for (const [route, expected] of matrix) {
      it(route, async () => {
        const actual: number[] = [];
        const shared = await world(route);
        for (const role of roles) {
          const w = freshForEachCaller.has(route) ? await world(route) : shared;
          if (route === 'POST /api/documents/{id}/restore') await deleteDocument(t.db.storage.db, actors.owner, w.doc, t.clock.now());
          const c = await caller(role);
          const response = await c.request(route.split(' ')[0] ?? 'GET', path(route, w, role), body(route, w));
          actual.push(response.status);
        }
        assert.deepEqual(actual, expected, `${route}\n  roles:    ${roles.join(' ')}\n  expected: ${expected.join(' ')}\n  actual:   ${actual.join(' ')}`);
      });
    }
  });
}
