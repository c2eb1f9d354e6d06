/**
 * "Words our checkers found hard": the list the group's answers build, which the check
 * engine flags in new drafts, and an admin's changes to it.
 *
 * @module
 */
import {createRoute, z} from '@hono/zod-openapi';
import {requireSession} from '../http/session.js';
import {changeCheckerWord, listCheckerWords} from '../model/checker-words.js';
import {errorResponses, jsonBody, jsonResponse, signedIn, signedInChange, type Api, type RouteDeps} from './route-kit.js';

const checkerWordSchema = z
  .object({
    word: z.string().openapi({description: 'The word, lower case.'}),
    count: z.number().int().openapi({description: 'How many different people marked it hard.'}),
    documents: z.array(z.object({id: z.string(), title: z.string()})),
    instead: z.string().openapi({description: "The plain word to use instead, or ''."}),
    removed: z.boolean().openapi({description: 'Taken off the list by an admin (only admins see these).'}),
  })
  .openapi('CheckerWord');

const wordParams = z.object({word: z.string().min(1).max(60)});

const listRoute = createRoute({
  method: 'get',
  path: '/api/checker-words',
  tags: ['Involvement'],
  summary: 'Words our checkers found hard (staff)',
  description: 'Counted from every review answer (each person once per word), most-marked first.',
  security: signedIn,
  responses: {200: jsonResponse(z.object({words: z.array(checkerWordSchema)}), 'The list.'), ...errorResponses(401, 403)},
});

const changeRoute = createRoute({
  method: 'patch',
  path: '/api/checker-words/{word}',
  tags: ['Involvement'],
  summary: 'Choose the plain word to use instead, or take a word off the list (admins)',
  security: signedInChange,
  request: {
    params: wordParams,
    body: jsonBody(
      z
        .object({instead: z.string().trim().max(200, 'Use at most 200 characters.').optional(), removed: z.boolean().optional()})
        .strict()
    ),
  },
  responses: {200: jsonResponse(checkerWordSchema, 'Changed.'), ...errorResponses(400, 401, 403, 404, 415)},
});

const removeRoute = createRoute({
  method: 'delete',
  path: '/api/checker-words/{word}',
  tags: ['Involvement'],
  summary: 'Take a word off the list (admins); it stays off until put back with PATCH',
  security: signedInChange,
  request: {params: wordParams},
  responses: {204: {description: 'Taken off.'}, ...errorResponses(401, 403, 404)},
});

/** Registers the checker-words routes. */
export function registerCheckerWordRoutes(app: Api, {db, now}: RouteDeps): void {
  app.openapi(listRoute, async (c) => c.json({words: await listCheckerWords(db, requireSession(c).user)}, 200));
  app.openapi(changeRoute, async (c) =>
    c.json(await changeCheckerWord(db, requireSession(c).user, c.req.valid('param').word, c.req.valid('json'), now()), 200)
  );
  app.openapi(removeRoute, async (c) => {
    await changeCheckerWord(db, requireSession(c).user, c.req.valid('param').word, {removed: true}, now());
    return c.body(null, 204);
  });
}
