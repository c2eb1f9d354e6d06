/**
 * People: admins manage everyone; anyone may change their own name and password;
 * authors get a short list of people to share with and invite.
 *
 * @module
 */
import {createRoute, z} from '@hono/zod-openapi';
import {requireSession} from '../http/session.js';
import {createUser, listPeople, listUsers, updateUser} from '../model/users.js';
import {errorResponses, jsonBody, jsonResponse, signedIn, signedInChange, type Api, type RouteDeps} from './route-kit.js';
import {idParam, newUserSchema, roleSchema, userChangesSchema, userSchema} from './schemas.js';

const listUsersRoute = createRoute({
  method: 'get',
  path: '/api/users',
  tags: ['People'],
  summary: 'Everyone (admins only)',
  security: signedIn,
  responses: {200: jsonResponse(z.array(userSchema), 'Everyone, by name.'), ...errorResponses(401, 403)},
});

const createUserRoute = createRoute({
  method: 'post',
  path: '/api/users',
  tags: ['People'],
  summary: 'Add someone (admins only)',
  description: 'Everyone but reviewers needs an email and a password; reviewers never have a password.',
  security: signedInChange,
  request: {
    body: jsonBody(newUserSchema),
  },
  responses: {201: jsonResponse(userSchema, 'The new person.'), ...errorResponses(400, 401, 403, 409, 413, 415)},
});

const updateUserRoute = createRoute({
  method: 'patch',
  path: '/api/users/{id}',
  tags: ['People'],
  summary: 'Change someone',
  description:
    'Any subset of the fields, even none. Admins may change anything. Others may change only their own name and ' +
    'password, giving `currentPassword` (five wrong ones in 15 minutes lock it for the rest of the window: 429). ' +
    'Disabling someone or changing their password signs them out everywhere.',
  security: signedInChange,
  request: {
    params: z.object({id: idParam}),
    body: jsonBody(userChangesSchema),
  },
  responses: {200: jsonResponse(userSchema, 'The person, changed.'), ...errorResponses(400, 401, 403, 404, 409, 413, 415, 429)},
});

const listPeopleRoute = createRoute({
  method: 'get',
  path: '/api/people',
  tags: ['People'],
  summary: 'Active authors, admins and reviewers, in brief (authors and admins)',
  security: signedIn,
  responses: {
    200: jsonResponse(z.array(z.object({id: z.string(), name: z.string(), role: roleSchema})), 'People to share with or invite.'),
    ...errorResponses(401, 403),
  },
});

/** Registers `/api/users` and `/api/people`. */
export function registerUserRoutes(app: Api, deps: RouteDeps): void {
  const {db, config, now} = deps;

  app.openapi(listUsersRoute, async (c) => c.json(await listUsers(db, requireSession(c).user), 200));

  app.openapi(createUserRoute, async (c) => {
    const user = await createUser(db, requireSession(c).user, c.req.valid('json'), config.passwordCost, now());
    return c.json(user, 201);
  });

  app.openapi(updateUserRoute, async (c) => {
    const {id} = c.req.valid('param');
    const options = {passwordCost: config.passwordCost, limit: config.loginLimit};
    const user = await updateUser(db, requireSession(c).user, id, c.req.valid('json'), options, now());
    return c.json(user, 200);
  });

  app.openapi(listPeopleRoute, async (c) => c.json(await listPeople(db, requireSession(c).user), 200));
}
