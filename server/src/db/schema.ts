/**
 * Row shapes of every table, as Kysely sees them. Timestamps are UTC epoch milliseconds (bigint in
 * PostgreSQL, parsed back to numbers); booleans are 0/1 integers so both engines read the same;
 * JSON is stored as text and parsed by the repository that owns it.
 */
import type { ColumnType, Generated } from 'kysely';

type Millis = number;

export interface RegionsTable {
  code: string;
  kind: 'district' | 'street' | 'community';
  name: string;
  parent_code: string | null;
  /** GeoJSON geometry text (Polygon or MultiPolygon), demo geometry for streets and communities. */
  geometry: string | null;
  created_at: Millis;
  updated_at: Millis;
}

export interface GridsTable {
  code: string;
  name: string;
  community_code: string;
  street_code: string;
  geometry: string;
  min_lng: number;
  min_lat: number;
  max_lng: number;
  max_lat: number;
  area_m2: number;
  demo: number;
  created_at: Millis;
  updated_at: Millis;
}

export interface DepartmentsTable {
  id: string;
  code: string;
  name: string;
  name_en: string;
  level: 'district' | 'street';
  street_code: string | null;
  active: number;
  created_at: Millis;
  updated_at: Millis;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  /** JSON array of role codes. */
  roles: string;
  scope_kind: 'district' | 'street' | 'department';
  scope_code: string;
  disabled: number;
  phone: string | null;
  created_at: Millis;
  updated_at: Millis;
}

export interface SessionsTable {
  /** sha256 of the cookie value: a leaked table does not leak live sessions. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: Millis;
  expires_at: Millis;
  last_seen_at: Millis;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: Millis;
  last_used_at: Millis | null;
  revoked_at: Millis | null;
  /** Tokens made before expiry existed were given one by migration 0003. */
  expires_at: Millis | null;
}

/** Login attempts per key (account and source, address, account), counted atomically. */
export interface LoginAttemptsTable {
  /** `pair:<user>|ip:<addr>`, `pair:<user>|dev:<id>`, `addr:<addr>` or `acct:<user>` */
  key: string;
  /** Attempts reserved in the current window; a successful login gives its reservation back. */
  count: number;
  window_start: Millis;
  /** The account's back-off: no attempt from an untrusted source before this time. */
  blocked_until: Millis;
}

/** Browsers that have logged in as a user: their attempts are never held back by others' failures. */
export interface LoginDevicesTable {
  /** sha256 of the device cookie */
  id: string;
  user_id: string;
  created_at: Millis;
  last_used_at: Millis;
}

export interface GridAssignmentsTable {
  id: string;
  grid_code: string;
  user_id: string;
  role: 'supervisor' | 'officer';
  starts_at: Millis;
  ends_at: Millis | null;
  created_by: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  actor_id: string | null;
  action: string;
  target_kind: string;
  target_id: string;
  details: string | null;
  at: Millis;
}

/** Small key/value state shared by all processes, e.g. the generation of the grid set. */
export interface SettingsTable {
  key: string;
  value: string;
  updated_at: Millis;
}

export interface CalendarDaysTable {
  date: string;
  kind: 'workday' | 'holiday';
  name: string | null;
}

export interface AttachmentsTable {
  id: string;
  sha256: string;
  mime: string;
  size: number;
  exif_lng: number | null;
  exif_lat: number | null;
  uploaded_by: string;
  created_at: Millis;
}

export interface AttachmentUploadersTable {
  attachment_id: string;
  user_id: string;
  uploaded_at: Millis;
}

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

/** The pollution-source registry (migration 0009, docs/sources-and-patrols.md). */
export interface SourcesTable {
  id: string;
  type: string;
  name: string;
  address: string | null;
  lng: number;
  lat: number;
  grid_code: string;
  community_code: string;
  street_code: string;
  department_id: string | null;
  risk_level: string;
  inspection_every_days: number;
  status: string;
  /** JSON: the type's own attributes (permit number, fume purifier, receiving water, …). */
  attributes: string;
  proposed_by_case_id: string | null;
  merged_into_id: string | null;
  created_by: string | null;
  version: number;
  created_at: Millis;
  updated_at: Millis;
}

/** Every change of a source: who, when, why, from and to which status. */
export interface SourceEventsTable {
  id: Generated<number>;
  source_id: string;
  seq: number;
  action: string;
  actor_id: string | null;
  from_status: string | null;
  to_status: string;
  reason: string | null;
  /** JSON: what changed. */
  payload: string;
  at: Millis;
}

export interface PatrolsTable {
  id: string;
  user_id: string;
  /** `patrol` (a supervisor's 巡查) or `audit` (an auditor's 稽查). */
  kind: string;
  street_code: string | null;
  status: string;
  started_at: Millis;
  ended_at: Millis | null;
  point_count: number;
  flagged_count: number;
  distance_m: number;
  version: number;
}

export interface PatrolPointsTable {
  patrol_id: string;
  at: Millis;
  lng: number;
  lat: number;
  grid_code: string | null;
  /** 1: an implausible jump from the trusted point before it; not used for coverage. */
  flagged: number;
}

export interface PatrolGridsTable {
  patrol_id: string;
  grid_code: string;
  first_at: Millis;
}

export interface SourceInspectionsTable {
  id: string;
  source_id: string;
  patrol_id: string | null;
  user_id: string;
  result: string;
  note: string | null;
  /** JSON array of attachment ids. */
  attachment_ids: string;
  case_id: string | null;
  at: Millis;
}

export interface ConsultationsTable {
  id: string;
  asker_id: string;
  question: string;
  lng: number | null;
  lat: number | null;
  grid_code: string;
  street_code: string;
  case_id: string | null;
  source_id: string | null;
  /** JSON array of attachment ids. */
  attachment_ids: string;
  status: string;
  reply_deadline_at: Millis;
  first_reply_at: Millis | null;
  reminded_at: Millis | null;
  escalated_at: Millis | null;
  created_at: Millis;
}

export interface ConsultationRepliesTable {
  id: string;
  consultation_id: string;
  author_id: string;
  text: string;
  at: Millis;
}

/** Grid officers brought into a case by its lead department (migration 0010). */
export interface CaseOfficersTable {
  case_id: string;
  user_id: string;
  invited_by: string;
  invited_at: Millis;
}

/** Versioned composite weights and grade bands (migration 0011, docs/indicators.md). */
export interface AssessmentWeightsTable {
  version: number;
  /** JSON: subject kind → indicator key → weight. */
  weights: string;
  /** JSON: grade → lowest score. */
  grade_bands: string;
  created_by: string | null;
  created_at: Millis;
}

/** A frozen assessment of a period: never updated but for `superseded_by`. */
export interface AssessmentRunsTable {
  id: string;
  /** month, quarter, year or custom. */
  period_kind: string;
  from_date: string;
  to_date: string;
  weights_version: number;
  /** JSON: the weights, grade bands and indicator definitions used. */
  definitions: string;
  /** JSON: every subject's rows as computed then. */
  results: string;
  created_by: string;
  created_at: Millis;
  superseded_by: string | null;
}

export interface AssessmentAcksTable {
  run_id: string;
  subject_kind: string;
  subject_id: string;
  user_id: string;
  at: Millis;
}

/** 督查: a sample of a period's closed cases, stratified by department, from a stated seed. */
export interface CaseAuditRunsTable {
  id: string;
  from_date: string;
  to_date: string;
  /** Share of each department's closed cases sampled, 0–1. */
  rate: number;
  seed: number;
  sample_count: number;
  created_by: string;
  created_at: Millis;
}

/** One sampled case and its on-site re-check. */
export interface CaseAuditSamplesTable {
  id: string;
  run_id: string;
  case_id: string;
  /** The lead department that closed it. */
  department_id: string | null;
  auditor_id: string | null;
  /** null until re-checked; `passed` or `failed`. */
  result: string | null;
  note: string | null;
  /** JSON array of attachment ids. */
  attachment_ids: string;
  checked_at: Millis | null;
  /** The new linked case a failed re-check opened. */
  follow_up_case_id: string | null;
  version: number;
}

export interface Database {
  regions: RegionsTable;
  grids: GridsTable;
  departments: DepartmentsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_attempts: LoginAttemptsTable;
  login_devices: LoginDevicesTable;
  grid_assignments: GridAssignmentsTable;
  audit_log: AuditLogTable;
  settings: SettingsTable;
  calendar_days: CalendarDaysTable;
  attachments: AttachmentsTable;
  attachment_uploaders: AttachmentUploadersTable;
  cases: CasesTable;
  case_assist_departments: CaseAssistDepartmentsTable;
  case_text_ids: CaseTextIdsTable;
  case_events: CaseEventsTable;
  case_attachments: CaseAttachmentsTable;
  notifications: NotificationsTable;
  reminders_sent: RemindersSentTable;
  counters: CountersTable;
  sources: SourcesTable;
  source_events: SourceEventsTable;
  patrols: PatrolsTable;
  patrol_points: PatrolPointsTable;
  patrol_grids: PatrolGridsTable;
  source_inspections: SourceInspectionsTable;
  consultations: ConsultationsTable;
  consultation_replies: ConsultationRepliesTable;
  case_officers: CaseOfficersTable;
  assessment_weights: AssessmentWeightsTable;
  assessment_runs: AssessmentRunsTable;
  assessment_acks: AssessmentAcksTable;
  case_audit_runs: CaseAuditRunsTable;
  case_audit_samples: CaseAuditSamplesTable;
  indicator_dirty: IndicatorDirtyTable;
  indicator_case_facts: IndicatorCaseFactsTable;
  indicator_daily: IndicatorDailyTable;
}

/** Cases whose facts need counting again (migration 0014; written by a trigger on case_events). */
export interface IndicatorDirtyTable {
  id: Generated<number>;
  case_id: string;
}

/** Each counted case's facts as JSON (core CaseFact[]). */
export interface IndicatorCaseFactsTable {
  case_id: string;
  facts: string;
}

/** Every case's facts summed per local day, metric and subject. */
export interface IndicatorDailyTable {
  day: string;
  metric: string;
  subject: string;
  n: number;
}

export type { ColumnType };
