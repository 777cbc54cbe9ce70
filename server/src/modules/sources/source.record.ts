import type { SourceRecord } from '@envgrid/core';

/** What the source list may be asked for (services build it, the repository runs it). */
export interface SourceListQuery {
  statuses?: string[];
  type?: string;
  streetCode?: string;
  gridCodes?: string[];
  departmentId?: string;
  q?: string;
  /** Only sources whose cases in the repeat-offender window reach the threshold. */
  ids?: string[];
  cursor?: { key: number; id: string };
  limit: number;
}

export type SourcePatch = Partial<
  Pick<
    SourceRecord,
    | 'name'
    | 'address'
    | 'location'
    | 'gridCode'
    | 'communityCode'
    | 'streetCode'
    | 'departmentId'
    | 'riskLevel'
    | 'inspectionEveryDays'
    | 'status'
    | 'attributes'
    | 'mergedIntoId'
  >
>;
