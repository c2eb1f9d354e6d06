/**
 * One error shape for every failure: `{error: "plain message"}` with a fitting
 * status. Routes and models throw; `handleError` is the only place that turns an
 * error into a response, and it never sends a stack trace.
 *
 * @module
 */
import type {Context} from 'hono';
import {HTTPException} from 'hono/http-exception';
import type {ContentfulStatusCode} from 'hono/utils/http-status';
import type {ZodError} from 'zod';
import {ModelError, RevisionConflictError, type ProblemKind} from '../model/errors.js';
import type {AppEnv} from './env.js';

const statusOf: Readonly<Record<ProblemKind, ContentfulStatusCode>> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  gone: 410,
  'rate-limited': 429,
};

// Hono's own messages are terse; these are the plain versions people see.
const plainHonoMessages: Readonly<Record<string, string>> = {
  'Malformed JSON in request body': 'The request is not valid JSON.',
  'Unsupported Media Type': 'Send the request as JSON (Content-Type: application/json).',
};

/** The 401 to throw for a request that needs someone signed in. */
export function signInNeeded(): HTTPException {
  return new HTTPException(401, {message: 'Please sign in.'});
}

/** The app's `onError`: maps model and HTTP errors to `{error}` JSON; anything else is a 500 logged on the server. */
export function handleError(error: Error, c: Context<AppEnv>): Response {
  if (error instanceof RevisionConflictError) {
    return c.json({error: error.message, current: error.current}, 409);
  }
  if (error instanceof ModelError) return c.json({error: error.message}, statusOf[error.kind]);
  if (error instanceof HTTPException) {
    const message = plainHonoMessages[error.message] ?? (error.message || 'The request was refused.');
    return c.json({error: message}, error.status);
  }
  console.error(`${c.req.method} ${c.req.path} failed:`, error);
  return c.json({error: 'Something went wrong on the server. Please try again.'}, 500);
}

/** The app's `notFound`: the same JSON shape as every other error. */
export function handleNotFound(c: Context<AppEnv>): Response {
  return c.json({error: `There is nothing at ${c.req.path}.`}, 404);
}

/**
 * The OpenAPI routes' validation hook: a request that does not match its schema
 * gets a 400 naming the first problem, in words.
 */
export function validationHook(result: {success: true} | {success: false; error: ZodError}): void {
  if (result.success) return;
  throw new HTTPException(400, {message: describeZodError(result.error)});
}

/** The first problem in a `ZodError`, in words, with the field it is about. */
export function describeZodError(error: ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The request is not right.';
  const field = issue.path.map(String).join('.');
  if (issue.code === 'custom' || !field) return issue.message;
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return `"${field}" is missing.`;
  if (issue.code === 'unrecognized_keys') return issue.message;
  return `"${field}" is not right: ${issue.message}`;
}
