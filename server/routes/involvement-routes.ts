/**
 * The involvement register, its monthly record (CSV, for paying people) and the
 * organisation's limits on review rounds' approvals.
 *
 * @module
 */
import {createRoute, z} from '@hono/zod-openapi';
import {requireSession} from '../http/session.js';
import {addPerson, listPeople, removePerson, updatePerson} from '../model/involvement.js';
import {involvementRecordCsv} from '../model/involvement-record.js';
import {reviewPolicyLimits, setReviewPolicyLimits} from '../model/review-policy.js';
import {errorResponses, jsonBody, jsonResponse, signedIn, signedInChange, type Api, type RouteDeps} from './route-kit.js';
import {involvedPersonSchema, monthSchema, personInputSchema, policyLimitsSchema} from './round-schemas.js';
import {idParam} from './schemas.js';

const params = z.object({id: idParam});

const listPeopleRoute = createRoute({
  method: 'get',
  path: '/api/involvement/people',
  tags: ['Involvement'],
  summary: 'The involvement register (admins, supporters, authors)',
  security: signedIn,
  responses: {200: jsonResponse(z.object({people: z.array(involvedPersonSchema)}), 'Everyone, by name.'), ...errorResponses(401, 403)},
});

const addPersonRoute = createRoute({
  method: 'post',
  path: '/api/involvement/people',
  tags: ['Involvement'],
  summary: 'Add someone to the register (admins, supporters)',
  description: 'Reviewers need no account. Giving `consentToName` records when (`consentedAt`).',
  security: signedInChange,
  request: {body: jsonBody(personInputSchema)},
  responses: {201: jsonResponse(involvedPersonSchema, 'Added.'), ...errorResponses(400, 401, 403, 415)},
});

const updatePersonRoute = createRoute({
  method: 'patch',
  path: '/api/involvement/people/{id}',
  tags: ['Involvement'],
  summary: 'Change someone in the register (admins, supporters)',
  security: signedInChange,
  request: {params, body: jsonBody(personInputSchema.partial())},
  responses: {200: jsonResponse(involvedPersonSchema, 'Changed.'), ...errorResponses(400, 401, 403, 404, 415)},
});

const removePersonRoute = createRoute({
  method: 'delete',
  path: '/api/involvement/people/{id}',
  tags: ['Involvement'],
  summary: 'Take someone off the register (admins, supporters); what they said is kept',
  security: signedInChange,
  request: {params},
  responses: {204: {description: 'Removed.'}, ...errorResponses(401, 403, 404)},
});

const recordRoute = createRoute({
  method: 'get',
  path: '/api/involvement/record.csv',
  tags: ['Involvement'],
  summary: "A month's involvement record as CSV (admins, supporters)",
  description:
    'Columns: person, sessions, reviews, hours, paid. Sessions: group sessions started that month with the person ' +
    'there. Reviews: rounds answered on their own link, in the month of their first answer. Hours: session lengths ' +
    'plus each review from first answer to last change. Cells that a spreadsheet would run as a formula start with `\'`.',
  security: signedIn,
  request: {query: z.object({month: monthSchema})},
  responses: {
    200: {content: {'text/csv': {schema: z.string()}}, description: 'The record.'},
    ...errorResponses(400, 401, 403),
  },
});

const getPolicyRoute = createRoute({
  method: 'get',
  path: '/api/involvement/policy',
  tags: ['Involvement'],
  summary: "The organisation's limits on how many approvals a round may need",
  security: signedIn,
  responses: {200: jsonResponse(policyLimitsSchema, 'The limits (1 to 10 unless an admin changed them).'), ...errorResponses(401)},
});

const setPolicyRoute = createRoute({
  method: 'put',
  path: '/api/involvement/policy',
  tags: ['Involvement'],
  summary: 'Change the limits (admins)',
  security: signedInChange,
  request: {body: jsonBody(policyLimitsSchema)},
  responses: {200: jsonResponse(policyLimitsSchema, 'The new limits.'), ...errorResponses(400, 401, 403, 415)},
});

/** Registers `/api/involvement/…`. */
export function registerInvolvementRoutes(app: Api, deps: RouteDeps): void {
  const {db, now} = deps;

  app.openapi(listPeopleRoute, async (c) => c.json({people: await listPeople(db, requireSession(c).user)}, 200));

  app.openapi(addPersonRoute, async (c) => c.json(await addPerson(db, requireSession(c).user, c.req.valid('json'), now()), 201));

  app.openapi(updatePersonRoute, async (c) =>
    c.json(await updatePerson(db, requireSession(c).user, c.req.valid('param').id, c.req.valid('json'), now()), 200)
  );

  app.openapi(removePersonRoute, async (c) => {
    await removePerson(db, requireSession(c).user, c.req.valid('param').id, now());
    return c.body(null, 204);
  });

  app.openapi(recordRoute, async (c) => {
    const {month} = c.req.valid('query');
    const csv = await involvementRecordCsv(db, requireSession(c).user, month);
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="involvement-${month}.csv"`,
    });
  });

  app.openapi(getPolicyRoute, async (c) => {
    requireSession(c);
    return c.json(await reviewPolicyLimits(db), 200);
  });

  app.openapi(setPolicyRoute, async (c) => c.json(await setReviewPolicyLimits(db, requireSession(c).user, c.req.valid('json'), now()), 200));
}
