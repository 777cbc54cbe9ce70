/**
 * Shapes of the indicator API (server/src/modules/indicators/, plan step 8; the keys are core's
 * core/src/indicators/indicator-keys.ts).
 */

import type { SubjectKind } from '@envgrid/core';

export { SUBJECT_KINDS, type SubjectKind } from '@envgrid/core';

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';

export interface IndicatorSubject {
  kind: SubjectKind;
  id: string;
  code?: string;
  username?: string;
  name: string;
}

/** A count (value = numerator, no denominator) or a rate (numerator / denominator; null on 0/0). */
export interface IndicatorValue {
  value: number | null;
  numerator: number;
  denominator: number | null;
}

export interface IndicatorRow {
  subject: IndicatorSubject;
  indicators: Record<string, IndicatorValue>;
  score: number | null;
  grade: Grade | null;
  /** Null when not comparable (too small a sample) or without a score. */
  rank: number | null;
  comparable: boolean;
}

export interface IndicatorTable {
  rows: IndicatorRow[];
  subject?: SubjectKind;
  from?: string;
  to?: string;
  weightsVersion?: number;
}

export interface IndicatorQuery {
  subject: SubjectKind;
  from?: string;
  to?: string;
}
