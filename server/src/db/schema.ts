/**
 * Row shapes of every table, as Kysely sees them. Timestamps are UTC epoch milliseconds (bigint in
 * PostgreSQL, parsed back to numbers); booleans are 0/1 integers so both engines read the same;
 * JSON is stored as text and parsed by the repository that owns it.
 */
import type { ColumnType, Generated } from 'kysely';
import type {
  CaseAssistDepartmentsTable,
  CaseAttachmentsTable,
  CaseEventsTable,
  CasesTable,
  CaseTextIdsTable,
  CountersTable,
  NotificationsTable,
  RemindersSentTable,
} from './schema-cases.ts';
import type {
  CaseOfficersTable,
  ConsultationRepliesTable,
  ConsultationsTable,
  PatrolGridsTable,
  PatrolPointsTable,
  PatrolsTable,
  SourceEventsTable,
  SourceInspectionsTable,
  SourcesTable,
} from './schema-management.ts';
import type {
  AssessmentAcksTable,
  AssessmentRunsTable,
  AssessmentWeightsTable,
  CaseAuditRunsTable,
  CaseAuditSamplesTable,
  IndicatorCaseFactsTable,
  IndicatorDailyTable,
  IndicatorDirtyTable,
} from './schema-assessment.ts';

export type * from './schema-cases.ts';
export type * from './schema-management.ts';
export type * from './schema-assessment.ts';

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

export type { ColumnType };
