/** Regions and unit grids (docs/domain.md). */
import type { ApiBody, ApiResponse } from '@envgrid/core';

// Read from the API contract (core/src/api/openapi.ts, generated from the routes' schemas).

/** GET /api/v1/regions → one region of the tree. */
export type Region = ApiResponse<'/api/v1/regions', 'get'>[number];
export type RegionKind = Region['kind'];

/** GET /api/v1/grids: a GeoJSON FeatureCollection of grids. */
export type GridCollection = ApiResponse<'/api/v1/grids', 'get'>;
export type GridFeature = GridCollection['features'][number];
export type GridProperties = GridFeature['properties'];
export type GridGeometry = GridFeature['geometry'];
export type UserSummary = NonNullable<GridProperties['supervisor']>;

/** GET /api/v1/grids/{code}: a grid with its staff and their assignment history. */
export type GridDetail = ApiResponse<'/api/v1/grids/{code}', 'get'>;
export type GridAssignment = GridDetail['assignments'][number];

/** POST /api/v1/grids/import: a GeoJSON FeatureCollection of one kind of region. */
export type ImportBody = ApiBody<'/api/v1/grids/import', 'post'>;
export type ImportResult = ApiResponse<'/api/v1/grids/import', 'post'>;
export type ImportKind = ImportResult['kind'];

export interface ImportProblem {
  index: number;
  code?: string;
  reason: string;
}
