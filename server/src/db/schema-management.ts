/** Row shapes of sources, patrols, consultations and case officers (migrations 0009, 0010). */
import type { Generated } from 'kysely';

type Millis = number;

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
