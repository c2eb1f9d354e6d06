/**
 * Documents: listing, creating, reading, saving drafts (with revision checks),
 * sharing, deleting to the bin and restoring, and releasing.
 *
 * @module
 */
import {createRoute, z} from '@hono/zod-openapi';
import {requireSession} from '../http/session.js';
import {deleteDocument, listBin, restoreDocument} from '../model/bin.js';
import {newDocumentFile} from '../model/content.js';
import {createDocument, getDocument, listDocuments} from '../model/documents.js';
import {saveDraft} from '../model/drafts.js';
import {releaseDocument} from '../model/release.js';
import {shareDocument, unshareDocument} from '../model/shares.js';
import {errorResponses, jsonBody, jsonResponse, signedIn, signedInChange, type Api, type RouteDeps} from './route-kit.js';
import {
  binEntrySchema,
  conflictSchema,
  documentDetailSchema,
  documentFileInput,
  documentListItemSchema,
  idParam,
  personRefSchema,
  statusSchema,
} from './schemas.js';
import {dateSchema, releaseBlockedSchema} from './round-schemas.js';

const params = z.object({id: idParam});

const listDocumentsRoute = createRoute({
  method: 'get',
  path: '/api/documents',
  tags: ['Documents'],
  summary: 'Documents you may read: reviews due first, then the most recently saved',
  description:
    'Authors see their own and those shared with them; admins and approvers see all. Documents whose review-by ' +
    'date has passed (`reviewDue: "overdue"`) or is within 30 days (`"soon"`), by the server\'s date, come first, ' +
    'earliest date first. Documents in the bin, and untitled ones with no words or pictures, are not listed.',
  security: signedIn,
  request: {
    query: z.object({
      q: z.string().max(200).optional().openapi({description: 'Words in the title.'}),
      status: statusSchema.optional(),
      limit: z.coerce.number().int().min(1).max(500).default(200),
    }),
  },
  responses: {200: jsonResponse(z.array(documentListItemSchema), 'The documents.'), ...errorResponses(400, 401, 403)},
});

const createDocumentRoute = createRoute({
  method: 'post',
  path: '/api/documents',
  tags: ['Documents'],
  summary: 'Start a document (authors and admins)',
  description: 'Give `content` (an imported file) or a `title` for an empty document.',
  security: signedInChange,
  request: {
    body: jsonBody(z.object({title: z.string().trim().max(300).optional(), content: documentFileInput.optional()})),
  },
  responses: {201: jsonResponse(documentDetailSchema, 'The new document, revision 1.'), ...errorResponses(400, 401, 403, 413, 415)},
});

const getDocumentRoute = createRoute({
  method: 'get',
  path: '/api/documents/{id}',
  tags: ['Documents'],
  summary: 'A document with its current draft and revision',
  security: signedIn,
  request: {params},
  responses: {200: jsonResponse(documentDetailSchema, 'The document.'), ...errorResponses(401, 404)},
});

const deleteDocumentRoute = createRoute({
  method: 'delete',
  path: '/api/documents/{id}',
  tags: ['Documents'],
  summary: 'Move a document to the bin (owner or admin)',
  description:
    'It leaves every list at once and can be restored from the bin for 30 days. After that it cannot be restored; ' +
    'its versions and audit log stay, as they never change.',
  security: signedInChange,
  request: {params},
  responses: {200: jsonResponse(binEntrySchema, 'Its entry in the bin.'), ...errorResponses(401, 403, 404)},
});

const binRoute = createRoute({
  method: 'get',
  path: '/api/bin',
  tags: ['Documents'],
  summary: 'Documents deleted in the last 30 days that you may restore, most recent first',
  description: 'Admins see everything in the bin; authors what they own.',
  security: signedIn,
  responses: {200: jsonResponse(z.array(binEntrySchema), 'The bin.'), ...errorResponses(401, 403)},
});

const restoreRoute = createRoute({
  method: 'post',
  path: '/api/documents/{id}/restore',
  tags: ['Documents'],
  summary: 'Take a document out of the bin (owner or admin)',
  description: '404 when it is not in the bin, or was deleted more than 30 days ago.',
  security: signedInChange,
  request: {params},
  responses: {200: jsonResponse(documentDetailSchema, 'The document, as it was.'), ...errorResponses(401, 403, 404)},
});

const saveRoute = createRoute({
  method: 'put',
  path: '/api/documents/{id}/draft',
  tags: ['Documents'],
  summary: 'Save the draft',
  description:
    '`revision` is the revision the edit started from. If someone saved since, nothing is written and the answer ' +
    'is 409 with the current draft, so the editor can show both and let the author choose. Never a silent overwrite.',
  security: signedInChange,
  request: {params, body: jsonBody(z.object({revision: z.number().int().min(1), content: documentFileInput}))},
  responses: {
    200: jsonResponse(z.object({revision: z.number().int(), savedAt: z.string()}), 'Saved; the new revision.'),
    409: jsonResponse(conflictSchema, 'Someone saved since `revision`: the current draft.'),
    ...errorResponses(400, 401, 403, 404, 413, 415),
  },
});

const shareRoute = createRoute({
  method: 'post',
  path: '/api/documents/{id}/shares',
  tags: ['Documents'],
  summary: 'Share with another author, who may then edit it (owner or admin)',
  security: signedInChange,
  request: {params, body: jsonBody(z.object({userId: z.string().min(1)}))},
  responses: {200: jsonResponse(z.array(personRefSchema), 'Who it is shared with now.'), ...errorResponses(400, 401, 403, 404, 415)},
});

const unshareRoute = createRoute({
  method: 'delete',
  path: '/api/documents/{id}/shares/{userId}',
  tags: ['Documents'],
  summary: 'Stop sharing with someone (owner or admin)',
  security: signedInChange,
  request: {params: z.object({id: idParam, userId: idParam})},
  responses: {200: jsonResponse(z.array(personRefSchema), 'Who it is still shared with.'), ...errorResponses(401, 403, 404)},
});

const releaseRoute = createRoute({
  method: 'post',
  path: '/api/documents/{id}/release',
  tags: ['Documents'],
  summary: 'Release a version (admins and approvers)',
  description:
    'Allowed only when, on that exact version, a review round met its policy (approvals from people with lived ' +
    'experience), every feedback item of that round has a response, and the server\'s own checks find no errors ' +
    'that are not ignored. Otherwise 409 with `missing`: each missing condition in plain words. An admin may ' +
    'override with `overrideReason` and `reviewAgainBy` (a date); both are recorded in the audit log. Saving the ' +
    'draft later makes the document a draft again.',
  security: signedInChange,
  request: {
    params,
    body: jsonBody(
      z.object({
        versionId: z.string().min(1),
        overrideReason: z.string().trim().max(2000).optional(),
        reviewAgainBy: dateSchema.optional(),
      })
    ),
  },
  responses: {
    200: jsonResponse(documentDetailSchema, 'Released.'),
    409: jsonResponse(releaseBlockedSchema, 'Not ready: what is missing.'),
    ...errorResponses(400, 401, 403, 404, 415),
  },
});

/** Registers `/api/documents`, its drafts, shares, bin and release. */
export function registerDocumentRoutes(app: Api, deps: RouteDeps): void {
  const {db, now} = deps;

  app.openapi(listDocumentsRoute, async (c) => {
    return c.json(await listDocuments(db, requireSession(c).user, c.req.valid('query'), now()), 200);
  });

  app.openapi(createDocumentRoute, async (c) => {
    const {title, content} = c.req.valid('json');
    const document = await createDocument(db, requireSession(c).user, content ?? newDocumentFile(title ?? ''), now());
    return c.json(document, 201);
  });

  app.openapi(getDocumentRoute, async (c) => c.json(await getDocument(db, requireSession(c).user, c.req.valid('param').id), 200));

  app.openapi(deleteDocumentRoute, async (c) => {
    return c.json(await deleteDocument(db, requireSession(c).user, c.req.valid('param').id, now()), 200);
  });

  app.openapi(binRoute, async (c) => c.json(await listBin(db, requireSession(c).user, now()), 200));

  app.openapi(restoreRoute, async (c) => {
    return c.json(await restoreDocument(db, requireSession(c).user, c.req.valid('param').id, now()), 200);
  });

  app.openapi(saveRoute, async (c) => {
    const saved = await saveDraft(db, requireSession(c).user, c.req.valid('param').id, c.req.valid('json'), now());
    return c.json(saved, 200);
  });

  app.openapi(shareRoute, async (c) => {
    const {id} = c.req.valid('param');
    return c.json(await shareDocument(db, requireSession(c).user, id, c.req.valid('json').userId, now()), 200);
  });

  app.openapi(unshareRoute, async (c) => {
    const {id, userId} = c.req.valid('param');
    return c.json(await unshareDocument(db, requireSession(c).user, id, userId, now()), 200);
  });

  app.openapi(releaseRoute, async (c) => {
    const {id} = c.req.valid('param');
    const outcome = await releaseDocument(db, requireSession(c).user, id, c.req.valid('json'), now());
    if (!outcome.released) return c.json({error: outcome.error, missing: outcome.missing}, 409);
    return c.json(outcome.document, 200);
  });
}
