/** Regions and unit grids: the region list, grids and their staff, locating a point, import and export. */
import type { LngLat, LocateResult } from './case-types.ts';
import { api, buildUrl } from './client.ts';
import type {
  GridCollection,
  GridDetail,
  ImportBody,
  ImportKind,
  ImportResult,
  Region,
} from './territory-types.ts';

const gridPath = (code: string) => `/api/v1/grids/${encodeURIComponent(code)}`;

export const territoryApi = {
  /** GET /api/v1/regions: district, streets and communities as a flat list. */
  regions: (signal?: AbortSignal) => api.get<Region[]>('/api/v1/regions', { signal }),

  /** GET /api/v1/grids: the grids (of one street) as GeoJSON. */
  grids: (query: { street?: string | null }, signal?: AbortSignal) =>
    api.get<GridCollection>('/api/v1/grids', { query, signal }),

  /** GET /api/v1/grids/{code}: a grid with its officers and assignment history. */
  grid: (code: string, signal?: AbortSignal) => api.get<GridDetail>(gridPath(code), { signal }),

  /** GET /api/v1/grids/locate: the grid a point lies in. */
  locate: (point: LngLat, signal?: AbortSignal) =>
    api.get<LocateResult>('/api/v1/grids/locate', { query: { lng: point.lng, lat: point.lat }, signal }),

  /** POST /api/v1/grids/import: streets, communities or grids from a FeatureCollection, all or nothing. */
  importRegions: (kind: ImportKind, body: ImportBody) =>
    api.post<ImportResult>('/api/v1/grids/import', body, { query: { kind } }),

  /** The address of GET /api/v1/grids/export, for a download link. */
  exportUrl: (query: { kind: ImportKind; street?: string | null }) => buildUrl('/api/v1/grids/export', query),

  /** PUT /api/v1/grids/{code}/supervisor: make a user the grid's responsible supervisor. */
  assignSupervisor: (code: string, userId: string) =>
    api.put<GridDetail>(`${gridPath(code)}/supervisor`, { userId }),

  /** POST /api/v1/grids/{code}/officers: attach an officer. */
  addOfficer: (code: string, userId: string) =>
    api.post<GridDetail>(`${gridPath(code)}/officers`, { userId }),

  /** DELETE /api/v1/grids/{code}/officers/{userId}: detach an officer. */
  removeOfficer: (code: string, userId: string) =>
    api.delete<GridDetail>(`${gridPath(code)}/officers/${encodeURIComponent(userId)}`),
};
