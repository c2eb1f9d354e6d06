/**
 * The database's tables as Kysely sees them. Column names are snake_case, as in
 * the SQL; the model maps rows to the camelCase shapes of the API.
 *
 * Portable choices, so SQLite and PostgreSQL run the same queries:
 * ids are text (UUIDs or token hashes) made by the server; times are ISO 8601 text
 * (`Date.toISOString()`, which sorts correctly as text); flags are integers 0 or 1,
 * because SQLite has no boolean type; JSON is stored as text.
 *
 * @module
 */
import type {Generated, Kysely} from 'kysely';
import type {ReviewTables} from './review-schema.js';

/** What someone may do: see `server/model/access.ts`. */
export type Role = 'admin' | 'author' | 'supporter' | 'reviewer';

/** Where a document is in its life. */
export type DocumentStatus = 'draft' | 'in-review' | 'released';

/** A reviewer's answer about a version. */
export type Verdict = 'approve' | 'revise';

/** People who use the studio. Reviewers have no password: they review through links. */
export interface UsersTable {
  id: string;
  /** Lower-cased; `null` for reviewers who gave none. */
  email: string | null;
  name: string;
  role: Role;
  /** 1 when this author may release documents (admins always may). */
  approver: number;
  /** `scrypt$…`, see `server/model/passwords.ts`; `null` for reviewers. */
  password_hash: string | null;
  disabled: number;
  created_at: string;
}

/** Signed-in browsers. `id` is the SHA-256 of the cookie's token, so a copy of the table signs no one in. */
export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

/**
 * Attempts counted against a limit, one row per key (an email at an address, an
 * address, a person changing their password; see `server/model/login-limit.ts`).
 */
export interface LoginLimitsTable {
  key: string;
  /** Attempts counted since `window_started`. */
  attempts: number;
  window_started: string;
}

/** One-off facts about the installation, such as that setup is done. */
export interface AppStateTable {
  key: string;
  value: string;
}

/** Documents and their current draft. */
export interface DocumentsTable {
  id: string;
  owner_id: string;
  title: string;
  status: DocumentStatus;
  /** `YYYY-MM-DD` or `''`, copied from the draft's details for listing. */
  review_by: string;
  /** The draft, as document-file JSON. */
  draft_content: string;
  /** Goes up by one with every save; a save must name the revision it started from. */
  draft_revision: number;
  draft_saved_by: string;
  draft_saved_at: string;
  created_at: string;
  released_version_id: string | null;
  /** When it went to the bin, or `null`; see `server/model/bin.ts`. */
  deleted_at: string | null;
  deleted_by: string | null;
}

/** Authors a document is shared with (they may edit it). */
export interface DocumentSharesTable {
  document_id: string;
  user_id: string;
  created_by: string;
  created_at: string;
}

/** Immutable snapshots of a draft. */
export interface VersionsTable {
  id: string;
  document_id: string;
  /** 1, 2, 3 … within the document. */
  number: number;
  /** The document's title at the time. */
  title: string;
  content: string;
  /** JSON of the check summary taken with the snapshot. */
  check_summary: string;
  /** The draft revision the snapshot was taken from. */
  draft_revision: number;
  created_by: string;
  created_at: string;
}

/** Review links. Only the SHA-256 of the token is kept. */
export interface InvitesTable {
  id: string;
  document_id: string;
  version_id: string;
  token_hash: string;
  /** The reviewer the link is for, when known (a supporter may answer for them). */
  reviewer_id: string | null;
  label: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  /** The review round it belongs to (see `review-schema.ts`), or `null` for a plain link. */
  round_id: string | null;
  /** The person in the involvement register it is for, in a round. */
  person_id: string | null;
}

/** Which reviewers each supporter helps. */
export interface SupportsTable {
  supporter_id: string;
  reviewer_id: string;
  created_at: string;
}

/** Reviewers' answers about a version. */
export interface FeedbackTable {
  id: string;
  invite_id: string;
  version_id: string;
  /** Whom the feedback is from, when known. */
  reviewer_id: string | null;
  /** The supporter who wrote it down, or `null` when the reviewer used their link. */
  recorded_by: string | null;
  verdict: Verdict;
  comments: string;
  created_at: string;
}

/** The append-only audit log; triggers refuse UPDATE and DELETE. */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  /** The signed-in user, or `null` (a review link or the command line). */
  actor_id: string | null;
  /** Who it was, in words, frozen at the time: "Sam Jones", "Review link for Ali". */
  actor: string;
  action: string;
  document_id: string | null;
  version_id: string | null;
  /** JSON object with the particulars. */
  detail: string;
}

/**
 * Released versions, one frozen record each (migration `0004-releases`). Triggers
 * refuse every change except to `public` and `superseded_by`, and every DELETE.
 */
export interface ReleasesTable {
  id: string;
  document_id: string;
  /** 1, 2, 3 … within the document. */
  number: number;
  version_id: string;
  version_number: number;
  title: string;
  released_at: string;
  released_by: string;
  /** `YYYY-MM-DD` or `''`, from the version's details. */
  review_by: string;
  /** JSON of the version's check summary. */
  check_summary: string;
  /** JSON array of `{picture, credit, licence}`: who made each picture and its licence. */
  picture_credits: string;
  /** JSON of the "Checked by" credit (`server/model/checked-by.ts`). */
  checked_by: string;
  /** The `audit_log` entry that records the release. */
  audit_id: number;
  /** JSON `{reason, reviewAgainBy}` when released by override, else `null`. */
  override: string | null;
  /** 1 when anyone may read it at `/r/{id}`. */
  public: number;
  /** The newer release of the same document, once there is one. */
  superseded_by: string | null;
}

/** A release's leaflet, rendered once per format and kept (append-only). */
export interface ReleaseOutputsTable {
  release_id: string;
  format: 'html' | 'pdf' | 'docx';
  /** The file, base64 encoded (portable across both databases). */
  body: string;
  created_at: string;
}

/** Every table, for `Kysely<Database>`. */
export interface Database extends ReviewTables {
  users: UsersTable;
  sessions: SessionsTable;
  login_limits: LoginLimitsTable;
  app_state: AppStateTable;
  documents: DocumentsTable;
  document_shares: DocumentSharesTable;
  versions: VersionsTable;
  invites: InvitesTable;
  supports: SupportsTable;
  feedback: FeedbackTable;
  audit_log: AuditLogTable;
  releases: ReleasesTable;
  release_outputs: ReleaseOutputsTable;
  checker_words: CheckerWordsTable;
}

/** An admin's change to a word on the "words our checkers found hard" list (migration `0005-checker-words`). */
export interface CheckerWordsTable {
  /** Lower case, inner spaces folded. */
  word: string;
  /** The plain word to use instead, or `''`. */
  instead: string;
  /** 1 when taken off the list. */
  removed: number;
  updated_by: string;
  updated_at: string;
}

/** The typed query builder every model function takes. A transaction is also a `Db`. */
export type Db = Kysely<Database>;

/** The row a query made by `query` gives: `RowOf<typeof summaries>` for `function summaries(db) { return db.selectFrom(…)… }`. */
export type RowOf<Query extends (...args: never[]) => {executeTakeFirstOrThrow(): Promise<unknown>}> = Awaited<
  ReturnType<ReturnType<Query>['executeTakeFirstOrThrow']>
>;
