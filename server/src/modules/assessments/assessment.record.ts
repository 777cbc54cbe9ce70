/** Weights versions, frozen runs and acknowledgements as the assessment repository gives them. */
import type { PeriodKind } from '@envgrid/core';

export interface WeightsRecord {
  version: number;
  weights: string;
  gradeBands: string;
  createdBy: string | null;
  createdAt: number;
}

export interface RunRecord {
  id: string;
  periodKind: PeriodKind;
  from: string;
  to: string;
  weightsVersion: number;
  definitions: string;
  results: string;
  createdBy: string;
  createdAt: number;
  supersededBy: string | null;
}

export interface AckRecord {
  runId: string;
  subjectKind: string;
  subjectId: string;
  userId: string;
  at: number;
}
