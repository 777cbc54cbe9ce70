/** Weights versions, frozen runs and acknowledgements as the assessment repository gives them. */

export interface WeightsRecord {
  version: number;
  weights: string;
  gradeBands: string;
  createdBy: string | null;
  createdAt: number;
}

export interface RunRecord {
  id: string;
  periodKind: string;
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
