/**
 * The errors model functions throw. They know nothing about HTTP: the app maps each
 * `kind` to a status code in one place (`server/http/errors.ts`). Every `message` is
 * plain English, safe to show to the person using the studio.
 *
 * @module
 */

/** Why a model function refused. */
export type ProblemKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'gone'
  | 'rate-limited';

/** A refusal with a plain message. */
export class ModelError extends Error {
  override readonly name = 'ModelError';
  /** Why it was refused. */
  readonly kind: ProblemKind;

  constructor(kind: ProblemKind, message: string) {
    super(message);
    this.kind = kind;
  }
}

/** A person, by id and name, as the API shows them. */
export interface PersonRef {
  readonly id: string;
  readonly name: string;
}

/** The draft as it is now, sent back with a revision conflict. */
export interface CurrentDraft {
  readonly revision: number;
  /** The document file, as stored. */
  readonly content: unknown;
  readonly savedBy: PersonRef;
  readonly savedAt: string;
}

/**
 * Thrown when a save names a revision that is no longer the latest: someone else
 * saved in between. Carries the current draft so the editor can show both and let
 * the author choose. Nothing was written.
 */
export class RevisionConflictError extends ModelError {
  /** The draft that is stored now. */
  readonly current: CurrentDraft;

  constructor(current: CurrentDraft) {
    super('conflict', 'Someone else saved this document while you were editing it. Choose which version to keep.');
    this.current = current;
  }
}

/**
 * Whether `error` is a database unique-constraint violation, from either SQLite
 * (better-sqlite3 `code`) or PostgreSQL (SQLSTATE 23505).
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = error.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
