/** Shapes of the assessment API (server/src/modules/assessments/): runs, acknowledgements, weights. */
import type { IndicatorRow, SubjectKind } from './indicators-types.ts';

export type PeriodKind = 'month' | 'quarter' | 'year' | 'custom';

export interface AssessmentAck {
  subjectKind: SubjectKind;
  subjectId: string;
  userId?: string;
  at: number;
}

export interface AssessmentRunSummary {
  id: string;
  periodKind: PeriodKind;
  from: string;
  to: string;
  weightsVersion: number;
  createdBy?: string;
  createdAt: number;
  supersededBy: string | null;
}

export interface AssessmentRun extends AssessmentRunSummary {
  /** Subject kind → its frozen rows. */
  results: Partial<Record<SubjectKind, IndicatorRow[]>>;
  acks?: AssessmentAck[];
}

export interface NewAssessmentRun {
  periodKind: PeriodKind;
  from: string;
  to: string;
}

/** The lowest score of each grade but E (E is everything below D). */
export type GradeBands = Record<'A' | 'B' | 'C' | 'D', number>;

/** Subject kind → indicator key → weight (rates only; the weights of a kind need not sum to 100). */
export type Weights = Record<SubjectKind, Record<string, number>>;

export interface AssessmentWeights {
  version: number;
  weights: Weights;
  gradeBands: GradeBands;
  createdAt?: number;
  createdBy?: string | null;
}

export interface WeightsBody {
  weights: Weights;
  gradeBands: GradeBands;
}
