/** Small geometry helpers over GeoJSON polygons (WGS-84 lng/lat) shared by the geo modules. */
import { area as turfArea } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { intersect as turfIntersect } from '@turf/intersect';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export type PolygonGeometry = Polygon | MultiPolygon;

const asFeature = (g: PolygonGeometry): Feature<PolygonGeometry> => ({
  type: 'Feature',
  properties: {},
  geometry: g,
});

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

/**
 * Sutherland–Hodgman clip of a closed ring to an axis-aligned box. Exact for the part inside the
 * box (points on the border are snapped onto it exactly). Zero-width spikes along the border
 * are removed; where the ring leaves the box and re-enters it elsewhere the pieces stay joined
 * by a bridge along the border, so the result is a simple ring only when the ring crosses the box
 * border at most twice (see {@link boxBorderCrossings}). Area and centroid are exact either way.
 * Returns a closed ring, or [] if nothing is left.
 */
export function clipRingToBox(
  ring: readonly Position[],
  box: readonly [number, number, number, number],
): Position[] {
  let pts: Position[] = ring.slice(0, -1) as Position[];
  // [axis, border value, +1 keep ≥ / −1 keep ≤]
  const sides: Array<[0 | 1, number, 1 | -1]> = [
    [0, box[0], 1],
    [0, box[2], -1],
    [1, box[1], 1],
    [1, box[3], -1],
  ];
  for (const [axis, value, keep] of sides) {
    if (pts.length === 0) break;
    const next: Position[] = [];
    for (let k = 0; k < pts.length; k++) {
      const a = pts[k]!;
      const b = pts[(k + 1) % pts.length]!;
      const da = (a[axis]! - value) * keep;
      const db = (b[axis]! - value) * keep;
      if (da >= 0) next.push(a);
      if (da >= 0 !== db >= 0) {
        const t = da / (da - db);
        const other = 1 - axis;
        const cut: Position = [0, 0];
        cut[axis] = value;
        cut[other] = a[other]! + t * (b[other]! - a[other]!);
        next.push(cut);
      }
    }
    pts = next;
  }
  const out = dropDegenerateVertices(pts);
  if (out.length < 3) return [];
  return [...out, [out[0]![0]!, out[0]![1]!]];
}

/** Removes repeated and collinear vertices (spikes included) from an open ring, cyclically. */
export function dropDegenerateVertices(points: readonly Position[]): Position[] {
  const pts = [...points];
  let changed = true;
  while (changed && pts.length >= 3) {
    changed = false;
    for (let k = 0; k < pts.length && pts.length >= 3; k++) {
      const a = pts[(k - 1 + pts.length) % pts.length]!;
      const b = pts[k]!;
      const c = pts[(k + 1) % pts.length]!;
      const cross = (b[0]! - a[0]!) * (c[1]! - b[1]!) - (b[1]! - a[1]!) * (c[0]! - b[0]!);
      if (cross === 0) {
        pts.splice(k, 1);
        k--;
        changed = true;
      }
    }
  }
  return pts.length >= 3 ? pts : [];
}

/** `clipRingToBox` over every ring of a geometry; outer rings that vanish drop their polygon. */
export function clipGeometryToBox(
  g: PolygonGeometry,
  box: readonly [number, number, number, number],
): PolygonGeometry | null {
  const polys: Position[][][] = [];
  for (const poly of polygonsOf(g)) {
    const outer = clipRingToBox(poly[0] ?? [], box);
    if (outer.length === 0) continue;
    const holes = poly
      .slice(1)
      .map((h) => clipRingToBox(h, box))
      .filter((h) => h.length > 0);
    polys.push([outer, ...holes]);
  }
  if (polys.length === 0) return null;
  return polys.length === 1
    ? { type: 'Polygon', coordinates: polys[0]! }
    : { type: 'MultiPolygon', coordinates: polys };
}

/**
 * How many times the rings of a geometry cross the border of a box (entries plus exits; a ring
 * that only grazes a side or corner counts too). Two crossings mean `clipGeometryToBox` yields
 * one clean piece with no spike along the box border.
 */
export function boxBorderCrossings(
  g: PolygonGeometry,
  box: readonly [number, number, number, number],
): number {
  let count = 0;
  for (const poly of polygonsOf(g)) {
    for (const ring of poly) {
      for (let k = 0; k + 1 < ring.length; k++) {
        const a = ring[k]!;
        const b = ring[k + 1]!;
        const hit = segmentBoxInterval(a[0]!, a[1]!, b[0]!, b[1]!, box);
        if (!hit) continue;
        if (hit[0] > 0) count++;
        if (hit[1] < 1) count++;
      }
    }
  }
  return count;
}

/** Liang–Barsky: the parameter interval [t0, t1] ⊆ [0, 1] of segment a→b inside the box, or null. */
export function segmentBoxInterval(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  box: readonly [number, number, number, number],
): [number, number] | null {
  let t0 = 0;
  let t1 = 1;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const checks: Array<[number, number]> = [
    [-dx, x0 - box[0]],
    [dx, box[2] - x0],
    [-dy, y0 - box[1]],
    [dy, box[3] - y0],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return null;
    }
  }
  return [t0, t1];
}

/**
 * Called with the number of positions about to go into a polygon overlay (the costly step), so
 * a caller can bound the total work; it throws to stop.
 */
export type OverlaySpend = (positions: number) => void;

/** Number of positions in all rings of a geometry. */
export function positionCount(g: PolygonGeometry): number {
  let n = 0;
  for (const poly of polygonsOf(g)) for (const ring of poly) n += ring.length;
  return n;
}

/**
 * The share (0–1) of `inner`'s area that lies inside `outer`. Cheap when no edge of `outer`
 * crosses `inner`'s bbox (then it is 0 or 1); otherwise an exact overlay on the nearby part.
 */
export function shareInside(inner: PolygonGeometry, outer: PolygonGeometry, spend?: OverlaySpend): number {
  const box = bboxOf(inner);
  if (boxBorderCrossings(outer, box) === 0 && !anyVertexInBox(outer, box)) {
    // Nothing of outer's border near inner: inner is wholly inside or wholly outside.
    const ring = polygonsOf(inner)[0]?.[0];
    const p = ring?.[0];
    return p && booleanPointInPolygon([p[0]!, p[1]!], outer) ? 1 : 0;
  }
  const total = areaM2(inner);
  if (total <= 0) return 0;
  const near = clipGeometryToBox(outer, widen(box));
  if (!near) return 0;
  spend?.(positionCount(inner) + positionCount(near));
  const common = intersectGeometries(inner, near);
  return common ? Math.min(1, areaM2(common) / total) : 0;
}

/**
 * Area (m²) shared by two polygonal geometries; 0 when they only touch. Both are first clipped to
 * a little more than the box their bboxes share: the overlap lies inside it, so the area is
 * unchanged, and the overlay sees only the nearby positions. The margin keeps the clipped borders
 * of the two apart (on each side of the box at most one of them reaches it).
 */
export function overlapAreaM2(a: PolygonGeometry, b: PolygonGeometry, spend?: OverlaySpend): number {
  const ba = bboxOf(a);
  const bb = bboxOf(b);
  const shared: [number, number, number, number] = [
    Math.max(ba[0], bb[0]),
    Math.max(ba[1], bb[1]),
    Math.min(ba[2], bb[2]),
    Math.min(ba[3], bb[3]),
  ];
  if (shared[0] > shared[2] || shared[1] > shared[3]) return 0;
  const box = widen(shared);
  const nearA = clipGeometryToBox(a, box);
  const nearB = clipGeometryToBox(b, box);
  if (!nearA || !nearB) return 0;
  spend?.(positionCount(nearA) + positionCount(nearB));
  const common = intersectGeometries(nearA, nearB);
  return common ? areaM2(common) : 0;
}

/** A box grown by a tenth of its size on every side (and a little more, for flat boxes). */
function widen([w, s, e, n]: readonly [number, number, number, number]): [number, number, number, number] {
  const mx = (e - w) * 0.1 + 1e-9;
  const my = (n - s) * 0.1 + 1e-9;
  return [w - mx, s - my, e + mx, n + my];
}

function anyVertexInBox(g: PolygonGeometry, box: readonly [number, number, number, number]): boolean {
  for (const poly of polygonsOf(g)) {
    for (const ring of poly) {
      for (const p of ring) {
        if (p[0]! >= box[0] && p[0]! <= box[2] && p[1]! >= box[1] && p[1]! <= box[3]) return true;
      }
    }
  }
  return false;
}
