/**
 * Pollution sources (污染源, docs/sources.md): the registry's answers. Typed here until the API
 * contract (core/src/api/openapi.ts) is regenerated with the source routes; then these become
 * `ApiResponse<…>` aliases like the other areas.
 */
import type { RiskLevel, SourceAction, SourceStatus, SourceType } from '@envgrid/core';
import type { LngLat } from './case-types.ts';

export type SourceAttributeValues = Record<string, string | boolean>;

export interface Source {
  id: string;
  type: SourceType;
  name: string;
  address: string | null;
  location: LngLat;
  gridCode: string;
  communityCode: string;
  streetCode: string;
  departmentId: string | null;
  riskLevel: RiskLevel;
  inspectionEveryDays: number;
  status: SourceStatus;
  attributes: SourceAttributeValues;
  proposedByCaseId: string | null;
  mergedIntoId: string | null;
  repeatOffender: boolean;
  recentCaseCount: number;
  lastInspectedAt: number | null;
  version: number;
  createdAt: number;
  updatedAt: number;
  abilities: SourceAction[];
  /** Confirming would also close the proposing report (this user may register it). */
  closesReport: boolean;
}

export interface SourceHistoryEntry {
  seq: number;
  action: string;
  actorId: string | null;
  actorName: string | null;
  fromStatus: string | null;
  toStatus: string;
  reason: string | null;
  payload: Record<string, unknown> | null;
  at: number;
}

export interface SourceCaseLink {
  id: string;
  caseNo: string;
  status: string;
  itemCode: string;
  createdAt: number;
  closedAt: number | null;
}

export interface SourceInspection {
  id: string;
  patrolId: string | null;
  userId: string;
  userName: string | null;
  result: 'normal' | 'problem';
  note: string | null;
  caseId: string | null;
  at: number;
}

export interface SourceDuplicate {
  id: string;
  name: string;
  type: SourceType;
  status: SourceStatus;
  distanceM: number;
}

export interface SourceDetail extends Source {
  history: SourceHistoryEntry[];
  cases: SourceCaseLink[];
  inspections: SourceInspection[];
  possibleDuplicates: SourceDuplicate[];
}

export interface SourcePage {
  items: Source[];
  nextCursor: string | null;
}

export interface SourceListQuery {
  status?: SourceStatus | readonly SourceStatus[];
  type?: SourceType;
  street?: string;
  grid?: string | readonly string[];
  q?: string;
  repeat?: boolean;
  cursor?: string;
  limit?: number;
}

export interface NewSource {
  type: SourceType;
  name: string;
  address?: string;
  location: LngLat;
  departmentId?: string;
  riskLevel: RiskLevel;
  inspectionEveryDays?: number;
  attributes?: SourceAttributeValues;
}

export type SourceEdit = Partial<Omit<NewSource, 'type'>>;

/** The body of each action besides the version. */
export interface SourceActionBodies {
  confirm: { closeReport?: boolean };
  merge: { intoId: string };
  dismiss: { reason: string };
  close: { reason: string };
  reopen: { reason?: string };
  edit: SourceEdit;
}

export interface SourceImportResult {
  imported: number;
}

/** One problem of a refused CSV import (400 VALIDATION_FAILED). */
export interface SourceImportProblem {
  row: number;
  column: string | null;
  message: string;
}
