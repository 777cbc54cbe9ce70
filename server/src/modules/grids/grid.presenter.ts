import type { MultiPolygon, Polygon } from 'geojson';
import type { GridRow } from './grid.record.ts';

export function presentGridFeature(g: GridRow) {
  return {
    type: 'Feature' as const,
    id: g.code,
    properties: {
      code: g.code,
      name: g.name,
      communityCode: g.communityCode,
      streetCode: g.streetCode,
      areaM2: Math.round(g.areaM2),
      demo: g.demo,
      supervisor: g.supervisor,
    },
    geometry: JSON.parse(g.geometry) as Polygon | MultiPolygon,
  };
}

export function presentGridCollection(grids: GridRow[]) {
  return { type: 'FeatureCollection' as const, features: grids.map(presentGridFeature) };
}
