/** Row shapes of plan step 8: weights, runs, 督查 samples, the indicator rollup (migrations 0011, 0014). */
import type { Generated } from 'kysely';

type Millis = number;

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
