/**
 * Group sessions: a supporter records answers and verdicts for the members present
 * (see `server/model/group-sessions.ts` for who may record for whom).
 *
 * @module
 */
import {createRoute, z} from '@hono/zod-openapi';
import {requireSession} from '../http/session.js';
import {answerInSession, endSession, getSession, listSupportedRounds, startSession, verdictInSession} from '../model/group-sessions.js';
import {errorResponses, jsonBody, jsonResponse, signedIn, signedInChange, type Api, type RouteDeps} from './route-kit.js';
import {
  answerInputSchema,
  answerSchema,
  groupSessionRequestSchema,
  groupSessionSchema,
  supportedRoundSchema,
  verdictInputSchema,
  verdictViewSchema,
} from './round-schemas.js';
import {idParam} from './schemas.js';

const sessionParams = z.object({id: idParam, sessionId: idParam});

const supportedRoundsRoute = createRoute({
  method: 'get',
  path: '/api/rounds',
  tags: ['Group sessions'],
  summary: 'Open rounds that ask someone you support, soonest due first (supporters)',
  security: signedIn,
  responses: {
    200: jsonResponse(
      z.object({rounds: z.array(supportedRoundSchema)}),
      'The rounds, each with the people in it you support.'
    ),
    ...errorResponses(401, 403),
  },
});

const startSessionRoute = createRoute({
  method: 'post',
  path: '/api/rounds/{id}/sessions',
  tags: ['Group sessions'],
  summary: 'Start a group session on an open round (supporters)',
  description: 'Members: people you support, or people in the register with no supporter.',
  security: signedInChange,
  request: {
    params: z.object({id: idParam}),
    body: jsonBody(groupSessionRequestSchema),
  },
  responses: {201: jsonResponse(groupSessionSchema, 'The session.'), ...errorResponses(400, 401, 403, 404, 409, 415)},
});

const getSessionRoute = createRoute({
  method: 'get',
  path: '/api/rounds/{id}/sessions/{sessionId}',
  tags: ['Group sessions'],
  summary: 'A session of yours, with who has answered each part (here or on their own link)',
  security: signedIn,
  request: {params: sessionParams},
  responses: {200: jsonResponse(groupSessionSchema, 'The session.'), ...errorResponses(401, 403, 404)},
});

const sessionAnswerRoute = createRoute({
  method: 'put',
  path: '/api/rounds/{id}/sessions/{sessionId}/answers/{personId}/{partId}',
  tags: ['Group sessions'],
  summary: "Record a member's answer about one part, as supported by you",
  security: signedInChange,
  request: {params: sessionParams.extend({personId: idParam, partId: idParam}), body: jsonBody(answerInputSchema)},
  responses: {200: jsonResponse(answerSchema, 'Saved.'), ...errorResponses(400, 401, 403, 404, 409, 415)},
});

const sessionVerdictRoute = createRoute({
  method: 'post',
  path: '/api/rounds/{id}/sessions/{sessionId}/verdicts/{personId}',
  tags: ['Group sessions'],
  summary: "Record a member's verdict, as supported by you",
  security: signedInChange,
  request: {params: sessionParams.extend({personId: idParam}), body: jsonBody(verdictInputSchema)},
  responses: {200: jsonResponse(verdictViewSchema, 'Saved.'), ...errorResponses(400, 401, 403, 404, 409, 415)},
});

const endSessionRoute = createRoute({
  method: 'post',
  path: '/api/rounds/{id}/sessions/{sessionId}/end',
  tags: ['Group sessions'],
  summary: 'End a session (its length goes in the involvement record)',
  security: signedInChange,
  request: {params: sessionParams},
  responses: {200: jsonResponse(groupSessionSchema, 'Ended.'), ...errorResponses(401, 403, 404, 409)},
});

/** Registers `/api/rounds/{id}/sessions/…`. */
export function registerGroupSessionRoutes(app: Api, deps: RouteDeps): void {
  const {db, now} = deps;

  app.openapi(supportedRoundsRoute, async (c) => c.json({rounds: await listSupportedRounds(db, requireSession(c).user)}, 200));

  app.openapi(startSessionRoute, async (c) =>
    c.json(await startSession(db, requireSession(c).user, c.req.valid('param').id, c.req.valid('json').memberIds, now()), 201)
  );

  app.openapi(getSessionRoute, async (c) => {
    const {id, sessionId} = c.req.valid('param');
    return c.json(await getSession(db, requireSession(c).user, id, sessionId), 200);
  });

  app.openapi(sessionAnswerRoute, async (c) => {
    const {id, sessionId, personId, partId} = c.req.valid('param');
    const ids = {roundId: id, sessionId, personId, partId};
    return c.json(await answerInSession(db, requireSession(c).user, ids, c.req.valid('json'), now()), 200);
  });

  app.openapi(sessionVerdictRoute, async (c) => {
    const {id, sessionId, personId} = c.req.valid('param');
    return c.json(await verdictInSession(db, requireSession(c).user, {roundId: id, sessionId, personId}, c.req.valid('json'), now()), 200);
  });

  app.openapi(endSessionRoute, async (c) => {
    const {id, sessionId} = c.req.valid('param');
    return c.json(await endSession(db, requireSession(c).user, id, sessionId, now()), 200);
  });
}
