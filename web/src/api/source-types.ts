/**
 * Pollution sources (污染源, docs/sources.md, server/src/modules/sources/): the registry's
 * answers, read from the generated API contract.
 */
import type { ApiBody, ApiQuery, ApiResponse, SourceStatus } from '@envgrid/core';

/** GET /api/v1/sources: newest first. */
export type SourcePage = ApiResponse<'/api/v1/sources', 'get'>;

/**
 * A source with the actions this user may take now (`abilities`); `closesReport`: confirming
 * would also close the proposing report (this user may register it).
 */
export type Source = SourcePage['items'][number];
/** The type's own attributes (core SOURCE_ATTRIBUTES). */
export type SourceAttributeValues = Source['attributes'];

/** GET /api/v1/sources/{id}: with its history, cases, inspections and possible duplicates. */
export type SourceDetail = ApiResponse<'/api/v1/sources/{id}', 'get'>;
export type SourceHistoryEntry = SourceDetail['history'][number];
export type SourceCaseLink = SourceDetail['cases'][number];
export type SourceInspection = SourceDetail['inspections'][number];
export type SourceDuplicate = SourceDetail['possibleDuplicates'][number];

/**
 * GET /api/v1/sources (and export.csv): the filters. The API takes statuses and grids as comma
 * lists; the web may pass lists, which sources-api.ts joins.
 */
export type SourceListQuery = Omit<ApiQuery<'/api/v1/sources', 'get'>, 'status' | 'grid'> & {
  status?: SourceStatus | readonly SourceStatus[];
  grid?: string | readonly string[];
};

/** POST /api/v1/sources: register a source. */
export type NewSource = ApiBody<'/api/v1/sources', 'post'>;

/** POST /api/v1/sources/{id}/actions/{action}: the version, then the action's own fields. */
type SourceActionFields = Omit<ApiBody<'/api/v1/sources/{id}/actions/{action}', 'post'>, 'version'>;

/** The fields an edit may change (only those sent change; the type never does). */
export type SourceEdit = Omit<SourceActionFields, 'reason' | 'intoId' | 'closeReport'>;

/**
 * The body of each action besides the version. The contract has one body for every action, all
 * fields optional; this names each action's own fields, required where the action needs them.
 */
export interface SourceActionBodies {
  confirm: Pick<SourceActionFields, 'closeReport'>;
  merge: Required<Pick<SourceActionFields, 'intoId'>>;
  dismiss: Required<Pick<SourceActionFields, 'reason'>>;
  close: Required<Pick<SourceActionFields, 'reason'>>;
  reopen: Pick<SourceActionFields, 'reason'>;
  edit: SourceEdit;
}

/** POST /api/v1/sources/import */
export type SourceImportResult = ApiResponse<'/api/v1/sources/import', 'post'>;

/**
 * One problem of a refused CSV import (400 VALIDATION_FAILED). Hand-written: the contract leaves
 * an error's `details` open (`unknown`).
 */
export interface SourceImportProblem {
  row: number;
  column: string | null;
  message: string;
}
