/**
 * Review rounds ("Can you understand it?"): starting, listing, closing and
 * cancelling rounds; their results; authors' responses to feedback; and the
 * "You said, we did" page.
 *
 * @module
 */
import {createRoute, z} from '@hono/zod-openapi';
import {toString as qrSvg} from 'qrcode';
import {selfOrigin} from '../http/request-info.js';
import {requireSession} from '../http/session.js';
import {respondToItem} from '../model/responses.js';
import {getResults} from '../model/results.js';
import {cancelRound, closeRound, listRounds, startRound} from '../model/rounds.js';
import {youSaidWeDidHtml} from '../model/you-said-we-did.js';
import {errorResponses, jsonBody, jsonResponse, signedIn, signedInChange, type Api, type RouteDeps} from './route-kit.js';
import {feedbackItemSchema, newRoundSchema, responseInputSchema, resultsSchema, roundRequestSchema, roundSchema} from './round-schemas.js';
import {idParam} from './schemas.js';

const params = z.object({id: idParam});

const startRoundRoute = createRoute({
  method: 'post',
  path: '/api/documents/{id}/rounds',
  tags: ['Review rounds'],
  summary: 'Start a review round on the draft (editors)',
  description:
    'Freezes the draft as a new version (checked by the server), closes the open round, and gives each reviewer ' +
    'from the register a link of their own with a QR code (shown this once). `approvalsNeeded` defaults to 2, ' +
    'within the limits at `/api/involvement/policy`. Parts unchanged since the last round keep their answers.',
  security: signedInChange,
  request: {params, body: jsonBody(roundRequestSchema)},
  responses: {201: jsonResponse(newRoundSchema, 'The round, with its links.'), ...errorResponses(400, 401, 403, 404, 409, 415)},
});

const listRoundsRoute = createRoute({
  method: 'get',
  path: '/api/documents/{id}/rounds',
  tags: ['Review rounds'],
  summary: "A document's review rounds, newest first",
  security: signedIn,
  request: {params},
  responses: {200: jsonResponse(z.object({rounds: z.array(roundSchema)}), 'The rounds.'), ...errorResponses(401, 404)},
});

const closeRoundRoute = createRoute({
  method: 'post',
  path: '/api/rounds/{id}/close',
  tags: ['Review rounds'],
  summary: 'Close an open round: links stop taking answers (editors)',
  security: signedInChange,
  request: {params},
  responses: {200: jsonResponse(roundSchema, 'Closed.'), ...errorResponses(401, 403, 404, 409)},
});

const cancelRoundRoute = createRoute({
  method: 'post',
  path: '/api/rounds/{id}/cancel',
  tags: ['Review rounds'],
  summary: 'Call off an open round: like closing, but it never counts for release (editors)',
  security: signedInChange,
  request: {params},
  responses: {200: jsonResponse(roundSchema, 'Cancelled.'), ...errorResponses(401, 403, 404, 409)},
});

const resultsRoute = createRoute({
  method: 'get',
  path: '/api/rounds/{id}/results',
  tags: ['Review rounds'],
  summary: "A round's results: tallies per part, verdicts, the policy and the feedback items",
  security: signedIn,
  request: {params},
  responses: {200: jsonResponse(resultsSchema, 'The results.'), ...errorResponses(401, 404)},
});

const respondRoute = createRoute({
  method: 'put',
  path: '/api/rounds/{id}/items/{itemId}/response',
  tags: ['Review rounds'],
  summary: 'Respond to a feedback item: changed, or not changed with a reason (editors)',
  security: signedInChange,
  request: {params: z.object({id: idParam, itemId: idParam}), body: jsonBody(responseInputSchema)},
  responses: {200: jsonResponse(feedbackItemSchema, 'The item with its response.'), ...errorResponses(400, 401, 403, 404, 415)},
});

const youSaidRoute = createRoute({
  method: 'get',
  path: '/api/rounds/{id}/you-said-we-did.html',
  tags: ['Review rounds'],
  summary: '"You said, we did": an easy read page of every item and its response',
  description: 'A self-contained, printable HTML page. With `?download=1` it comes as a file to save.',
  security: signedIn,
  request: {params, query: z.object({download: z.enum(['0', '1']).optional()})},
  responses: {200: {content: {'text/html': {schema: z.string()}}, description: 'The page.'}, ...errorResponses(400, 401, 404)},
});

/** Registers the review-round routes. */
export function registerRoundRoutes(app: Api, deps: RouteDeps): void {
  const {db, config, now} = deps;

  app.openapi(startRoundRoute, async (c) => {
    const round = await startRound(db, requireSession(c).user, c.req.valid('param').id, c.req.valid('json'), now());
    const origin = selfOrigin(c, config.trustProxy);
    const invites = await Promise.all(
      round.invites.map(async ({reviewerId, token}) => {
        // The token goes after '#', so browsers never send it to a server or in a Referer.
        const url = `${origin}/review#${token}`;
        return {reviewerId, token, url, qrSvg: await qrSvg(url, {type: 'svg', margin: 2})};
      })
    );
    return c.json({...round, invites}, 201);
  });

  app.openapi(listRoundsRoute, async (c) => c.json({rounds: await listRounds(db, requireSession(c).user, c.req.valid('param').id)}, 200));

  app.openapi(closeRoundRoute, async (c) => c.json(await closeRound(db, requireSession(c).user, c.req.valid('param').id, now()), 200));

  app.openapi(cancelRoundRoute, async (c) => c.json(await cancelRound(db, requireSession(c).user, c.req.valid('param').id, now()), 200));

  app.openapi(resultsRoute, async (c) => c.json(await getResults(db, requireSession(c).user, c.req.valid('param').id), 200));

  app.openapi(respondRoute, async (c) => {
    const {id, itemId} = c.req.valid('param');
    return c.json(await respondToItem(db, requireSession(c).user, id, itemId, c.req.valid('json'), now()), 200);
  });

  app.openapi(youSaidRoute, async (c) => {
    const {html, filename} = await youSaidWeDidHtml(db, requireSession(c).user, c.req.valid('param').id);
    const download = c.req.valid('query').download === '1';
    return c.body(html, 200, {
      'content-type': 'text/html; charset=utf-8',
      ...(download ? {'content-disposition': `attachment; filename="${filename}"`} : {}),
    });
  });
}
