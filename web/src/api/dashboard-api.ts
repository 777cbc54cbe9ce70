/** Dashboards, the case layer of the map, case exports and the printable case sheet. */
import { api, buildUrl, type QueryValue } from './client.ts';
import type {
  CaseSheet,
  Dashboard,
  DashboardQuery,
  GridHeat,
  MapCaseQuery,
  MapCases,
} from './dashboard-types.ts';

export type ExportFormat = 'xlsx' | 'csv';

const enc = encodeURIComponent;

export const dashboardApi = {
  /** GET /api/v1/dashboard: today's numbers, breakdowns, rates by month, hot spots, rankings. */
  get: (query: DashboardQuery, signal?: AbortSignal) =>
    api.get<Dashboard>('/api/v1/dashboard', { query: { ...query }, signal }),

  /** GET /api/v1/map/cases: the case points of the map (newest first, capped at `limit`). */
  mapCases: (query: MapCaseQuery, signal?: AbortSignal) =>
    api.get<MapCases>('/api/v1/map/cases', { query: { ...query }, signal }),

  /** GET /api/v1/map/grid-heat: cases per grid, for the heat layer. */
  gridHeat: (query: MapCaseQuery, signal?: AbortSignal) =>
    api.get<GridHeat>('/api/v1/map/grid-heat', { query: { ...query, limit: undefined }, signal }),

  /** The download address of the case list (XLSX or CSV), with the list's own filters. */
  caseExportUrl: (format: ExportFormat, filters: Record<string, QueryValue>): string =>
    buildUrl(`/api/v1/cases/export.${format}`, filters),

  /** GET /api/v1/cases/{id}/sheet: 案件处理单, every name resolved, for printing. */
  caseSheet: (id: string, signal?: AbortSignal) =>
    api.get<CaseSheet>(`/api/v1/cases/${enc(id)}/sheet`, { signal }),
};
