/** Regions and unit grids (docs/domain.md). */

export type RegionKind = 'district' | 'street' | 'community';

export interface Region {
  code: string;
  kind: RegionKind;
  name: string;
  parentCode: string | null;
}

export interface UserSummary {
  id: string;
  username: string;
  displayName: string;
}

export interface GridProperties {
  code: string;
  name: string;
  communityCode: string;
  streetCode: string;
  areaM2: number;
  /** True for generated demo geometry. */
  demo: boolean;
  supervisor: UserSummary | null;
}

export interface GridGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: unknown[];
}

export interface GridFeature {
  type: 'Feature';
  id: string;
  properties: GridProperties;
  geometry: GridGeometry;
}

export interface GridCollection {
  type: 'FeatureCollection';
  features: GridFeature[];
}

export interface GridAssignment {
  id: string;
  role: 'supervisor' | 'officer';
  startsAt: number;
  endsAt: number | null;
  user: UserSummary;
}

export interface GridDetail {
  grid: GridFeature;
  officers: UserSummary[];
  /** History, newest first. */
  assignments: GridAssignment[];
}

export type ImportKind = 'street' | 'community' | 'grid';

export interface ImportResult {
  kind: ImportKind;
  created: number;
  updated: number;
}

export interface ImportProblem {
  index: number;
  code?: string;
  reason: string;
}
