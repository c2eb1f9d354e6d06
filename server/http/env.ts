/**
 * The types every route shares: what `createApp` is given, and what the request
 * context carries.
 *
 * @module
 */
import type {IncomingMessage} from 'node:http';
import type {ServerConfig} from '../config.js';
import type {Db} from '../db/schema.js';
import type {Session} from '../model/sessions.js';

/** What the app needs from outside. Building the app with these does no I/O. */
export interface AppDeps {
  /** The database, already migrated. */
  readonly db: Db;
  readonly config: ServerConfig;
  /** The clock (default: the real one). Tests move it to expire links and sessions. */
  readonly now?: () => Date;
}

/** Hono's environment for this app. */
export interface AppEnv {
  /** Set by `@hono/node-server`; absent when tests call `app.request` directly. */
  Bindings: {incoming?: IncomingMessage};
  Variables: {
    /** The signed-in session, or `null`; set for every `/api` request. */
    session: Session | null;
  };
}
