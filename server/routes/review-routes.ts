/**
 * Review links and feedback: authors make and revoke links; a reviewer opens one
 * and answers without an account; supporters answer for the reviewers they support.
 *
 * @module
 */
import {createRoute, z} from '@hono/zod-openapi';
import {selfOrigin} from '../http/request-info.js';
import {requireSession} from '../http/session.js';
import {recordFeedbackAsSupporter, recordFeedbackWithLink} from '../model/feedback.js';
import {createInvite, listInvites, revokeInvite} from '../model/invites.js';
import {answerWithLink, inviteReview, verdictWithLink} from '../model/answers.js';
import {listSupportedReviews, supportedReview} from '../model/reviews.js';
import {errorResponses, jsonBody, jsonResponse, signedIn, signedInChange, type Api, type RouteDeps} from './route-kit.js';
import {
  feedbackInputSchema,
  feedbackSchema,
  idParam,
  inviteRequestSchema,
  inviteSchema,
  newInviteSchema,
  reviewSchema,
  supportedReviewSchema,
} from './schemas.js';
import {answerInputSchema, answerSchema, inviteReviewSchema, verdictInputSchema, verdictViewSchema} from './round-schemas.js';

const tokenParams = z.object({token: z.string().min(10).max(100)});

const createInviteRoute = createRoute({
  method: 'post',
  path: '/api/documents/{id}/invites',
  tags: ['Reviews'],
  summary: 'Make a review link for one version (editors)',
  description:
    'The answer holds the link; it is shown this once (only a hash is kept). ' +
    'It expires after `days` (default 14, at most 90).',
  security: signedInChange,
  request: {params: z.object({id: idParam}), body: jsonBody(inviteRequestSchema)},
  responses: {201: jsonResponse(newInviteSchema, 'The link.'), ...errorResponses(400, 401, 403, 404, 415)},
});

const listInvitesRoute = createRoute({
  method: 'get',
  path: '/api/documents/{id}/invites',
  tags: ['Reviews'],
  summary: "A document's review links, without tokens",
  security: signedIn,
  request: {params: z.object({id: idParam})},
  responses: {200: jsonResponse(z.array(inviteSchema), 'The links.'), ...errorResponses(401, 404)},
});

const revokeInviteRoute = createRoute({
  method: 'delete',
  path: '/api/invites/{id}',
  tags: ['Reviews'],
  summary: 'Revoke a review link at once (editors)',
  security: signedInChange,
  request: {params: z.object({id: idParam})},
  responses: {200: jsonResponse(inviteSchema, 'The link, revoked.'), ...errorResponses(401, 403, 404)},
});

const openReviewRoute = createRoute({
  method: 'get',
  path: '/api/invite/{token}',
  tags: ['Reviews'],
  summary: 'What a review link shows: that one version, its parts and your answers so far (no account needed)',
  description:
    'For a link in a review round: `round`, your `verdict` and every part with `needsAnswer` (false for a part ' +
    'unchanged since the last round, whose answer is kept) and your `answer`. A link outside any round has ' +
    '`round: null`. Also the fields of the plain review (version, feedback).',
  request: {params: tokenParams},
  responses: {200: jsonResponse(inviteReviewSchema, 'The review.'), ...errorResponses(404, 410)},
});

const answerRoute = createRoute({
  method: 'put',
  path: '/api/invite/{token}/answers/{partId}',
  tags: ['Reviews'],
  summary: "Save one part's answer through a review link, as soon as it is given (no account needed)",
  description:
    'Replaces any earlier answer about that part. Answered 200 only once it is stored. Hard words give `start` and ' +
    '`end` as character offsets in the part\'s text, and `word` must be exactly that text. A finished round: 409; ' +
    'a revoked or expired link: 410; a part not in the version: 404. Nothing already saved is lost.',
  request: {params: tokenParams.extend({partId: idParam}), body: jsonBody(answerInputSchema)},
  responses: {200: jsonResponse(answerSchema, 'Saved.'), ...errorResponses(400, 403, 404, 409, 410, 415)},
});

const verdictRoute = createRoute({
  method: 'post',
  path: '/api/invite/{token}/verdict',
  tags: ['Reviews'],
  summary: 'Say whether the document is ready (approve) or needs changes (revise); may be changed while the round is open',
  request: {params: tokenParams, body: jsonBody(verdictInputSchema)},
  responses: {200: jsonResponse(verdictViewSchema, 'Saved.'), ...errorResponses(400, 403, 404, 409, 410, 415)},
});

const linkFeedbackRoute = createRoute({
  method: 'post',
  path: '/api/invite/{token}/feedback',
  tags: ['Reviews'],
  summary: 'Give feedback through a review link (no account needed)',
  request: {params: tokenParams, body: jsonBody(feedbackInputSchema)},
  responses: {201: jsonResponse(feedbackSchema, 'Recorded.'), ...errorResponses(400, 403, 404, 410, 415)},
});

const supportedReviewsRoute = createRoute({
  method: 'get',
  path: '/api/reviews',
  tags: ['Reviews'],
  summary: 'Open reviews of the reviewers you support (supporters)',
  security: signedIn,
  responses: {200: jsonResponse(z.array(supportedReviewSchema), 'The reviews.'), ...errorResponses(401, 403)},
});

const supportedReviewRoute = createRoute({
  method: 'get',
  path: '/api/reviews/{inviteId}',
  tags: ['Reviews'],
  summary: 'One review of someone you support (supporters)',
  security: signedIn,
  request: {params: z.object({inviteId: idParam})},
  responses: {200: jsonResponse(reviewSchema, 'The review.'), ...errorResponses(401, 403, 404, 410)},
});

const supporterFeedbackRoute = createRoute({
  method: 'post',
  path: '/api/reviews/{inviteId}/feedback',
  tags: ['Reviews'],
  summary: 'Record feedback for a reviewer you support (supporters)',
  security: signedInChange,
  request: {
    params: z.object({inviteId: idParam}),
    body: jsonBody(feedbackInputSchema.extend({for: z.string().min(1).openapi({description: 'The reviewer it is from.'})})),
  },
  responses: {201: jsonResponse(feedbackSchema, 'Recorded.'), ...errorResponses(400, 401, 403, 404, 410, 415)},
});

/** Registers the review-link, review and feedback routes. */
export function registerReviewRoutes(app: Api, deps: RouteDeps): void {
  const {db, config, now} = deps;

  app.openapi(createInviteRoute, async (c) => {
    const {id} = c.req.valid('param');
    const invite = await createInvite(db, requireSession(c).user, id, c.req.valid('json'), config.inviteDays, now());
    // The token goes after '#', so browsers never send it to a server or in a Referer.
    const url = `${selfOrigin(c, config.trustProxy)}/review#${invite.token}`;
    return c.json({...invite, url}, 201);
  });

  app.openapi(listInvitesRoute, async (c) =>
    c.json(await listInvites(db, requireSession(c).user, c.req.valid('param').id, now()), 200)
  );

  app.openapi(revokeInviteRoute, async (c) =>
    c.json(await revokeInvite(db, requireSession(c).user, c.req.valid('param').id, now()), 200)
  );

  app.openapi(openReviewRoute, async (c) => c.json(await inviteReview(db, c.req.valid('param').token, now()), 200));

  app.openapi(answerRoute, async (c) => {
    const {token, partId} = c.req.valid('param');
    return c.json(await answerWithLink(db, token, partId, c.req.valid('json'), now()), 200);
  });

  app.openapi(verdictRoute, async (c) => c.json(await verdictWithLink(db, c.req.valid('param').token, c.req.valid('json'), now()), 200));

  app.openapi(linkFeedbackRoute, async (c) => {
    const feedback = await recordFeedbackWithLink(db, c.req.valid('param').token, c.req.valid('json'), now());
    return c.json(feedback, 201);
  });

  app.openapi(supportedReviewsRoute, async (c) => c.json(await listSupportedReviews(db, requireSession(c).user, now()), 200));

  app.openapi(supportedReviewRoute, async (c) =>
    c.json(await supportedReview(db, requireSession(c).user, c.req.valid('param').inviteId, now()), 200)
  );

  app.openapi(supporterFeedbackRoute, async (c) => {
    const {inviteId} = c.req.valid('param');
    const feedback = await recordFeedbackAsSupporter(db, requireSession(c).user, inviteId, c.req.valid('json'), now());
    return c.json(feedback, 201);
  });
}
