import type {CurrentDraft} from '../../server/api-types.js';

/** A request the server refused or could not answer. `message` is plain and safe to show. */
export class ApiError extends Error {
  override readonly name: string = 'ApiError';
  /** The HTTP status, or 0 when the server could not be reached. */
  readonly status: number;
  /** The whole error body the server sent (`{error, …}`), for routes that say more than `error`. */
  readonly body: unknown;

  constructor(status: number, message: string, body: unknown = null) {
    super(message);
    this.status = status;
    this.body = body;
  }

  /** Whether signing in (again) would help: the session is missing or has ended. */
  get signInNeeded(): boolean {
    return this.status === 401;
  }
}

/**
 * A draft save refused because someone saved since the revision it started from.
 * Nothing was written; `current` is the draft as stored now.
 */
export class ConflictError extends ApiError {
  override readonly name = 'ConflictError';
  /** The stored draft: its revision, content, who saved it and when. */
  readonly current: CurrentDraft;

  constructor(message: string, current: CurrentDraft) {
    super(409, message);
    this.current = current;
  }
}
