/**
 * First-run setup, signing in and out, and who is signed in.
 *
 * @module
 */
import {createRoute, z} from '@hono/zod-openapi';
import {clientAddress} from '../http/request-info.js';
import {clearSessionCookie, requireSession, setSessionCookie} from '../http/session.js';
import {createSession, endAllSessions, endSession, signIn} from '../model/sessions.js';
import {createFirstAdmin, isSetupNeeded} from '../model/setup.js';
import {requireUser} from '../model/users.js';
import {errorResponses, jsonBody, jsonResponse, signedIn, signedInChange, type Api, type RouteDeps} from './route-kit.js';
import {emailSchema, meSchema, nameSchema, passwordSchema} from './schemas.js';

const getSetup = createRoute({
  method: 'get',
  path: '/api/setup',
  tags: ['Accounts'],
  summary: 'Whether the studio still needs its first admin',
  responses: {200: jsonResponse(z.object({needed: z.boolean()}), 'Whether to show the setup page.')},
});

const postSetup = createRoute({
  method: 'post',
  path: '/api/setup',
  tags: ['Accounts'],
  summary: 'Create the first admin and sign them in (first run only)',
  request: {body: jsonBody(z.object({email: emailSchema, name: nameSchema, password: passwordSchema}))},
  responses: {201: jsonResponse(meSchema, 'The new admin, signed in.'), ...errorResponses(400, 403, 409, 413, 415)},
});

const postSession = createRoute({
  method: 'post',
  path: '/api/session',
  tags: ['Accounts'],
  summary: 'Sign in with email and password',
  description:
    'Every attempt counts before the password is checked. Five wrong passwords for one email from one address, ' +
    'or twenty from one address, in 15 minutes lock them out for the rest of the window (429).',
  request: {body: jsonBody(z.object({email: z.string().max(320), password: z.string().max(200)}))},
  responses: {200: jsonResponse(meSchema, 'Signed in; the session cookie is set.'), ...errorResponses(400, 401, 403, 415, 429)},
});

const deleteSession = createRoute({
  method: 'delete',
  path: '/api/session',
  tags: ['Accounts'],
  summary: 'Sign out in this browser',
  security: signedInChange,
  responses: {204: {description: 'Signed out (also when no one was signed in).'}, ...errorResponses(403)},
});

const deleteSessions = createRoute({
  method: 'delete',
  path: '/api/sessions',
  tags: ['Accounts'],
  summary: 'Sign out everywhere: end every session of the signed-in person',
  security: signedInChange,
  responses: {200: jsonResponse(z.object({ended: z.number().int()}), 'How many sessions ended.'), ...errorResponses(401, 403)},
});

const getMe = createRoute({
  method: 'get',
  path: '/api/me',
  tags: ['Accounts'],
  summary: 'Who is signed in, with the CSRF token for changes',
  security: signedIn,
  responses: {200: jsonResponse(meSchema, 'The signed-in person.'), ...errorResponses(401)},
});

/** Registers `/api/setup`, `/api/session`, `/api/sessions` and `/api/me`. */
export function registerSessionRoutes(app: Api, deps: RouteDeps): void {
  const {db, config, now} = deps;

  app.openapi(getSetup, async (c) => c.json({needed: await isSetupNeeded(db)}, 200));

  app.openapi(postSetup, async (c) => {
    const user = await createFirstAdmin(db, c.req.valid('json'), config.passwordCost, now());
    const actor = {kind: 'user', id: user.id, name: user.name, role: user.role, approver: true} as const;
    const session = await createSession(db, actor, config.sessionHours, now());
    setSessionCookie(c, config, session);
    return c.json({user, csrfToken: session.csrfToken, expiresAt: session.expiresAt}, 201);
  });

  app.openapi(postSession, async (c) => {
    const {email, password} = c.req.valid('json');
    const session = await signIn(
      db,
      {email, password, client: clientAddress(c, config.trustProxy)},
      {limit: config.loginLimit, sessionHours: config.sessionHours},
      now()
    );
    setSessionCookie(c, config, session);
    const user = await requireUser(db, session.user.id);
    return c.json({user, csrfToken: session.csrfToken, expiresAt: session.expiresAt}, 200);
  });

  app.openapi(deleteSession, async (c) => {
    const session = c.get('session');
    if (session) await endSession(db, session, now());
    clearSessionCookie(c, config);
    return c.body(null, 204);
  });

  app.openapi(deleteSessions, async (c) => {
    const session = requireSession(c);
    const ended = await endAllSessions(db, session.user, now());
    clearSessionCookie(c, config);
    return c.json({ended}, 200);
  });

  app.openapi(getMe, async (c) => {
    const session = requireSession(c);
    const user = await requireUser(db, session.user.id);
    return c.json({user, csrfToken: session.csrfToken, expiresAt: session.expiresAt}, 200);
  });
}
