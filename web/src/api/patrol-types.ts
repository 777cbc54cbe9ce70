/**
 * Patrols (巡查 / 稽查) and coverage (全覆盖、无盲点), server/src/modules/patrols/, read from the
 * generated API contract.
 */
import type { ApiBody, ApiQuery, ApiResponse } from '@envgrid/core';

/** POST /api/v1/patrols/{id}/points: one GPS fix and when it was taken. */
export type TrackPoint = ApiBody<'/api/v1/patrols/{id}/points', 'post'>['points'][number];

/** POST /api/v1/patrols/{id}/inspections: a source inspected on a patrol. */
export type PatrolInspection = ApiResponse<'/api/v1/patrols/{id}/inspections', 'post', 201>;

type PatrolDetail = ApiResponse<'/api/v1/patrols/{id}', 'get'>;

/** A patrol with the actions this user may take now (`abilities`). */
export type Patrol = ApiResponse<'/api/v1/patrols', 'post', 201> & {
  /** On GET /api/v1/patrols/{id}: every fix in time order (flagged: an implausible jump). */
  track?: PatrolDetail['track'];
};

/** GET /api/v1/patrols: newest first. */
export type PatrolPage = ApiResponse<'/api/v1/patrols', 'get'>;

/** POST /api/v1/patrols/{id}/inspections */
export type NewInspection = ApiBody<'/api/v1/patrols/{id}/inspections', 'post'>;

/** GET /api/v1/coverage: patrol coverage of grids, inspection coverage of sources, blind spots. */
export type Coverage = ApiResponse<'/api/v1/coverage', 'get'>;
export type CoverageGrid = Coverage['grids'][number];
export type CoverageSource = Coverage['sources'][number];
/** Covered / required; `share` is null when none is required. */
export type CoverageShare = Coverage['patrolCoverage']['overall'];

export type CoverageQuery = ApiQuery<'/api/v1/coverage', 'get'>;
