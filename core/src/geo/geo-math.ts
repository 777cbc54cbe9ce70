/** Small geometry helpers over GeoJSON polygons (WGS-84 lng/lat) shared by the geo modules. */
import { area as turfArea } from '@turf/area';
import { intersect as turfIntersect } from '@turf/intersect';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export type PolygonGeometry = Polygon | MultiPolygon;

const asFeature = (g: PolygonGeometry): Feature<PolygonGeometry> => ({ type: 'Feature', properties: {}, geometry: g });

/** Geodesic area in square metres. */
export function areaM2(g: PolygonGeometry): number {
  return turfArea(g);
}

/** The intersection of two polygonal geometries, or null when they do not overlap. */
export function intersectGeometries(a: PolygonGeometry, b: PolygonGeometry): PolygonGeometry | null {
  const out = turfIntersect({ type: 'FeatureCollection', features: [asFeature(a), asFeature(b)] });
  return out ? out.geometry : null;
}

/** The polygons of a geometry as a list of ring lists. */
export function polygonsOf(g: PolygonGeometry): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** [minLng, minLat, maxLng, maxLat] of the outer rings. */
export function bboxOf(g: PolygonGeometry): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of polygonsOf(g)) {
    for (const p of poly[0] ?? []) {
      const x = p[0]!;
      const y = p[1]!;
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
    }
  }
  return b;
}

export function bboxesOverlap(a: readonly number[], b: readonly number[]): boolean {
  return a[0]! <= b[2]! && b[0]! <= a[2]! && a[1]! <= b[3]! && b[1]! <= a[3]!;
}

/** Signed planar area of a ring in degree units (positive = counter-clockwise). */
export function ringSignedArea(ring: readonly Position[]): number {
  let s = 0;
  for (let k = 0; k + 1 < ring.length; k++) {
    const p = ring[k]!;
    const q = ring[k + 1]!;
    s += p[0]! * q[1]! - q[0]! * p[1]!;
  }
  return s / 2;
}

/**
 * The planar area centroid of a polygonal geometry (holes subtracted), in lng/lat. Adequate at
 * district scale. Falls back to the first vertex for degenerate (zero-area) input.
 */
export function centroidOf(g: PolygonGeometry): [number, number] {
  let a = 0;
  let cx = 0;
  let cy = 0;
  let first: Position | undefined;
  for (const poly of polygonsOf(g)) {
    for (const ring of poly) {
      first ??= ring[0];
      // Reference point near the ring for numerical stability.
      const o = ring[0];
      if (!o) continue;
      const [ox, oy] = [o[0]!, o[1]!];
      const weight = ring === poly[0] ? 1 : -1;
      let ra = 0;
      let rx = 0;
      let ry = 0;
      for (let k = 0; k + 1 < ring.length; k++) {
        const x0 = ring[k]![0]! - ox;
        const y0 = ring[k]![1]! - oy;
        const x1 = ring[k + 1]![0]! - ox;
        const y1 = ring[k + 1]![1]! - oy;
        const cross = x0 * y1 - x1 * y0;
        ra += cross;
        rx += (x0 + x1) * cross;
        ry += (y0 + y1) * cross;
      }
      // Orient every ring so outer rings add and holes subtract, whatever their winding.
      const w = Math.abs(ra) / 2;
      if (w === 0) continue;
      const ringCx = rx / (3 * ra) + ox;
      const ringCy = ry / (3 * ra) + oy;
      a += weight * w;
      cx += weight * w * ringCx;
      cy += weight * w * ringCy;
    }
  }
  if (a === 0) return first ? [first[0]!, first[1]!] : [Number.NaN, Number.NaN];
  return [cx / a, cy / a];
}
