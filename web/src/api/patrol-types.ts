/**
 * Patrols (巡查 / 稽查) and coverage (全覆盖、无盲点). Typed here until the API contract is
 * regenerated with the patrol routes.
 */
import type { InspectionResult, PatrolAction, PatrolKind, PatrolStatus } from '@envgrid/core';
import type { LngLat } from './case-types.ts';

export interface TrackPoint extends LngLat {
  at: number;
}

export interface PatrolInspection {
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

export interface Patrol {
  id: string;
  userId: string;
  kind: PatrolKind;
  status: PatrolStatus;
  streetCode: string | null;
  startedAt: number;
  endedAt: number | null;
  pointCount: number;
  flaggedCount: number;
  distanceM: number;
  gridsVisited: string[];
  inspections: PatrolInspection[];
  version: number;
  abilities: PatrolAction[];
  /** On GET /api/v1/patrols/{id}: every fix in time order (flagged: an implausible jump). */
  track?: (TrackPoint & { flagged: boolean })[];
}

export interface PatrolPage {
  items: Patrol[];
  nextCursor: string | null;
}

export interface NewInspection {
  sourceId: string;
  result: InspectionResult;
  note?: string;
  attachmentIds?: string[];
  caseId?: string;
}

export interface CoverageGrid {
  code: string;
  name: string;
  streetCode: string;
  communityCode: string;
  supervisorId: string | null;
  patrols: number;
  required: number;
  covered: boolean;
  lastPatrolAt: number | null;
}

export interface CoverageSource {
  id: string;
  name: string;
  type: string;
  status: string;
  gridCode: string;
  streetCode: string;
  location: LngLat;
  inspectionEveryDays: number;
  inspections: number;
  required: number;
  overdue: boolean;
  lastInspectedAt: number | null;
}

export interface CoverageShare {
  covered: number;
  required: number;
  share: number | null;
}

export interface Coverage {
  from: string;
  to: string;
  days: number;
  startAt: number;
  endAt: number;
  street: string | null;
  grids: CoverageGrid[];
  sources: CoverageSource[];
  blindSpots: { grids: string[]; sources: string[] };
  summary: { gridShare: number | null; sourceShare: number | null };
  patrolCoverage: {
    overall: CoverageShare;
    streets: (CoverageShare & { streetCode: string })[];
    supervisors: (CoverageShare & { userId: string; displayName: string | null })[];
  };
}

export interface CoverageQuery {
  from: string;
  to: string;
  street?: string;
}
