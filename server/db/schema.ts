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

/** Failed sign-ins, for rate limiting. `key` is the email and client address. */
export interface LoginFailuresTable {
  key: string;
  at: string;
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

/** Every table, for `Kysely<Database>`. */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  app_state: AppStateTable;
  documents: DocumentsTable;
  document_shares: DocumentSharesTable;
  versions: VersionsTable;
  invites: InvitesTable;
  supports: SupportsTable;
  feedback: FeedbackTable;
  audit_log: AuditLogTable;
}

/** The typed query builder every model function takes. A transaction is also a `Db`. */
export type Db = Kysely<Database>;
