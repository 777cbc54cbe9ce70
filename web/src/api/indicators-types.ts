/**
 * Shapes of the indicator API (server/src/modules/indicators/, plan step 8; the keys are core's
 * core/src/indicators/indicator-keys.ts), read from the generated API contract.
 */
import type { ApiQuery, ApiResponse } from '@envgrid/core';

export { SUBJECT_KINDS, type SubjectKind } from '@envgrid/core';

/** GET /api/v1/indicators: one subject kind's rows over a period. */
export type IndicatorTable = ApiResponse<'/api/v1/indicators', 'get'>;
export type IndicatorRow = IndicatorTable['rows'][number];
export type IndicatorSubject = IndicatorRow['subject'];
/** A count (value = numerator, no denominator) or a rate (numerator / denominator; null on 0/0). */
export type IndicatorValue = IndicatorRow['indicators'][string];
export type Grade = NonNullable<IndicatorRow['grade']>;

export type IndicatorQuery = ApiQuery<'/api/v1/indicators', 'get'>;
