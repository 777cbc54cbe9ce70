import type { InspectionResult, PatrolKind, PatrolStatus } from '@envgrid/core';

/** The patrol records: domain shapes, apart from how the repository stores them. */
export interface PatrolRecord {
  id: string;
  userId: string;
  kind: PatrolKind;
  streetCode: string | null;
  status: PatrolStatus;
  startedAt: number;
  endedAt: number | null;
  pointCount: number;
  flaggedCount: number;
  distanceM: number;
  version: number;
}

export interface PointRecord {
  at: number;
  lng: number;
  lat: number;
  gridCode: string | null;
  flagged: boolean;
}

export interface InspectionRecord {
  id: string;
  sourceId: string;
  patrolId: string | null;
  userId: string;
  result: InspectionResult;
  note: string | null;
  attachmentIds: string[];
  caseId: string | null;
  at: number;
}

/** What coverage needs of a source. */
export interface InspectedSource {
  id: string;
  name: string;
  type: string;
  status: string;
  gridCode: string;
  streetCode: string;
  lng: number;
  lat: number;
  inspectionEveryDays: number;
}

export interface PatrolListQuery {
  userId?: string;
  streetCode?: string;
  from?: number;
  to?: number;
  cursor?: { key: number; id: string };
  limit: number;
}
