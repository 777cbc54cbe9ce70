/** Row shapes of the case workflow's tables (migrations 0002, 0004–0008), as Kysely sees them. */
import type { Generated } from 'kysely';

type Millis = number;

/**
 * Searched by text through SQLite's `cases_fts` (FTS5 trigram, contentless, keyed by
 * `case_text_ids.text_id`, kept by triggers on this table: migrations 0005, 0007) or PostgreSQL's
 * `cases_text_trgm_idx` (pg_trgm: migration 0005).
 */
export interface CasesTable {
  id: string;
  case_no: string;
  status: string;
  channel: string;
  item_code: string;
  urgency: string;
  level: string;
  description: string;
  lng: number;
  lat: number;
  address: string | null;
  grid_code: string;
  community_code: string;
  street_code: string;
  reporter_id: string | null;
  reporter_contact: string | null;
  lead_department_id: string | null;
  assist_department_ids: string;
  assist_done_ids: string;
  source_id: string | null;
  duplicate_of: string | null;
  resolved_on_site: number;
  step: string | null;
  step_started_at: Millis | null;
  step_deadline_at: Millis | null;
  step_basis: string | null;
  paused_at: Millis | null;
  pending_request: string | null;
  returned_count: number;
  reworked_count: number;
  extended_count: number;
  suspended_count: number;
  urged_count: number;
  supervised_at: Millis | null;
  evaluation: string | null;
  version: number;
  created_at: Millis;
  updated_at: Millis;
  closed_at: Millis | null;
}

/**
 * The assisting departments of a case as rows (migration 0005), kept equal to the case's
 * `assist_department_ids` JSON by whoever writes that column: the list reads these through an index.
 */
export interface CaseAssistDepartmentsTable {
  case_id: string;
  department_id: string;
  /** The case's `created_at`, copied: the rows read in the list's order. */
  created_at: Millis;
}

/**
 * SQLite only (migration 0007): each case's key in the text index `cases_fts`. An INTEGER PRIMARY
 * KEY, so VACUUM keeps it, where it may renumber `cases`' implicit rowid. Written by triggers on
 * `cases` only.
 */
export interface CaseTextIdsTable {
  text_id: Generated<number>;
  case_id: string;
}

export interface CaseEventsTable {
  id: Generated<number>;
  case_id: string;
  seq: number;
  action: string;
  actor_id: string | null;
  from_status: string | null;
  to_status: string;
  payload: string;
  at: Millis;
  prev_hash: string;
  hash: string;
}

export interface CaseAttachmentsTable {
  case_id: string;
  attachment_id: string;
  event_seq: number;
  kind: string;
}

export interface NotificationsTable {
  id: Generated<number>;
  user_id: string;
  kind: string;
  case_id: string | null;
  title: string;
  body: string | null;
  created_at: Millis;
  read_at: Millis | null;
}

export interface RemindersSentTable {
  case_id: string;
  step_started_at: Millis;
  light: string;
  sent_at: Millis;
}

export interface CountersTable {
  key: string;
  value: number;
}
