/**
 * Shapes of the dashboard and case-map API (server/src/modules/dashboard/dashboard.schemas.ts):
 * GET /api/v1/dashboard, GET /api/v1/map/cases, GET /api/v1/map/grid-heat and the printable
 * case sheet GET /api/v1/cases/{id}/sheet, read from the generated API contract.
 */
import type { ApiQuery, ApiResponse } from '@envgrid/core';

/** The filters every dashboard request takes (dates are business dates, YYYY-MM-DD). */
export type DashboardQuery = ApiQuery<'/api/v1/dashboard', 'get'>;

/** Today's figures, breakdowns, rates by month, hot spots and rankings of the actor's scope. */
export type Dashboard = ApiResponse<'/api/v1/dashboard', 'get'>;

/** A share part / whole, 0–1; null when the whole is 0. */
export type Share = Dashboard['totals']['closeRate'];

export type Named = NonNullable<Dashboard['scope']['street']>;

export type DepartmentRef = NonNullable<Dashboard['scope']['department']>;

/** GET /api/v1/map/cases and /map/grid-heat: the filters of the case layer. */
export type MapCaseQuery = ApiQuery<'/api/v1/map/cases', 'get'>;

/** GET /api/v1/map/cases: the case points (newest first); `capped`: only the newest `limit` are listed. */
export type MapCases = ApiResponse<'/api/v1/map/cases', 'get'>;
export type MapCasePoint = MapCases['items'][number];
export type Light = NonNullable<MapCasePoint['light']>;

/** GET /api/v1/map/grid-heat: grids with at least one case, most first; `mine`: the user is its supervisor. */
export type GridHeat = ApiResponse<'/api/v1/map/grid-heat', 'get'>;

/** GET /api/v1/cases/{id}/sheet: 案件处理单, every name resolved, with its timeline and photos. */
export type CaseSheet = ApiResponse<'/api/v1/cases/{id}/sheet', 'get'>;
