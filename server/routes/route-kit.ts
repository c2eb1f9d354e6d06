/**
 * Small helpers that keep route definitions short: JSON request and response
 * entries, the standard error responses, and the security requirements.
 *
 * @module
 */
import type {OpenAPIHono} from '@hono/zod-openapi';
import type {ZodType} from 'zod';
import type {AppDeps, AppEnv} from '../http/env.js';
import {errorSchema} from './schemas.js';

/** The app routes are registered on. */
export type Api = OpenAPIHono<AppEnv>;

/** What route modules get: the app's dependencies with the clock filled in. */
export type RouteDeps = Required<AppDeps>;

/** A required JSON request body. */
export function jsonBody<T extends ZodType>(schema: T, description?: string) {
  return {content: {'application/json': {schema}}, required: true, ...(description ? {description} : {})} as const;
}

/** A JSON response. */
export function jsonResponse<T extends ZodType>(schema: T, description: string) {
  return {content: {'application/json': {schema}}, description} as const;
}

const errorDescriptions = {
  400: 'The request is not right (the message says what).',
  401: 'Not signed in.',
  403: 'Not allowed, or the CSRF check failed.',
  404: 'No such thing, or not visible to you.',
  409: 'In conflict with what is stored.',
  410: 'The review link expired or was revoked.',
  413: 'The request body is too large.',
  415: 'The request body is not JSON.',
  429: 'Too many wrong passwords: wait and try again.',
} as const;

/** The error responses a route may give, all `{error}`. */
export function errorResponses<C extends keyof typeof errorDescriptions>(...codes: C[]) {
  const entries = codes.map((code) => [code, jsonResponse(errorSchema, errorDescriptions[code])] as const);
  return Object.fromEntries(entries) as {[K in C]: ReturnType<typeof jsonResponse<typeof errorSchema>>};
}

/** For reads that need a session cookie. */
export const signedIn = [{session: []}];

/** For changes that need a session cookie and the CSRF header. */
export const signedInChange = [{session: [], csrf: []}];

/** Registers the security schemes `signedIn` and `signedInChange` refer to. */
export function registerSecuritySchemes(app: Api): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'er_session',
    description: 'Set by POST /api/session (sign in) or POST /api/setup.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'csrf', {
    type: 'apiKey',
    in: 'header',
    name: 'X-CSRF-Token',
    description: 'The `csrfToken` from POST /api/session or GET /api/me; required on every change.',
  });
}
