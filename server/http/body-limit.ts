/**
 * Refuses request bodies over the server's limit (`maxBodyBytes`) with 413, before
 * reading them all.
 *
 * Hono's `bodyLimit` looks at `request.body` first, and on Node that one look makes
 * @hono/node-server build a full web `Request` with a stream for every request, GETs
 * included: about a tenth of the server's time per write under load. Here a body with
 * a declared `Content-Length` is judged by the header alone (Node's parser never reads
 * past it), GET and HEAD have no body to judge, and only a body sent in chunks of
 * unknown length goes through Hono's `bodyLimit`, which counts as it reads.
 *
 * @module
 */
import type {Context, MiddlewareHandler} from 'hono';
import {bodyLimit} from 'hono/body-limit';
import type {AppEnv} from './env.js';

/** Middleware for `/api/*`: `onError` answers a body of more than `maxSize` bytes. */
export function limitBodySize(maxSize: number, onError: (c: Context<AppEnv>) => Response | Promise<Response>): MiddlewareHandler<AppEnv> {
  const counted = bodyLimit({maxSize, onError});
  return async function limitBody(c, next) {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const declared = c.req.header('content-length');
    if (declared !== undefined && c.req.header('transfer-encoding') === undefined) {
      return Number(declared) > maxSize ? onError(c) : next();
    }
    return counted(c, next);
  };
}
