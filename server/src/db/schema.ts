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
}

export interface LoginFailuresTable {
  id: Generated<number>;
  /** `user:<name>` or `ip:<address>` */
  key: string;
  failed_at: Millis;
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

export interface Database {
  regions: RegionsTable;
  grids: GridsTable;
  departments: DepartmentsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_failures: LoginFailuresTable;
  grid_assignments: GridAssignmentsTable;
  audit_log: AuditLogTable;
  settings: SettingsTable;
}

export type { ColumnType };
