/**
 * Spatial index over unit-grid polygons: places a point (a report, a patrol fix) in its grid.
 * Flatbush on the grids' bounding boxes narrows the candidates, then an exact
 * point-in-polygon test (boundary included) decides. A point on an edge or vertex shared by
 * several grids gets ONE answer: the smallest grid code among the grids containing it, so the
 * result never depends on the order the grids were given in.
 *
 * Pure and immutable: when grids change, build a new index from the new list.
 */
import Flatbush from 'flatbush';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { AppError } from '../errors.ts';

export interface IndexedGrid {
  code: string;
  geometry: Polygon | MultiPolygon;
}

export type BBox = [minLng: number, minLat: number, maxLng: number, maxLat: number];

export class GridIndex {
  /** Grids sorted by code. */
  private readonly grids: readonly IndexedGrid[];
  private readonly boxes: readonly BBox[];
  private readonly byCode: ReadonlyMap<string, number>;
  private readonly tree: Flatbush | null;

  private constructor(grids: IndexedGrid[], boxes: BBox[], tree: Flatbush | null) {
    this.grids = grids;
    this.boxes = boxes;
    this.tree = tree;
    this.byCode = new Map(grids.map((g, i) => [g.code, i]));
  }

  /**
   * Builds an index. Throws VALIDATION_FAILED on a duplicate code, a geometry that is not a
   * Polygon/MultiPolygon, or non-finite coordinates.
   */
  static build(grids: readonly IndexedGrid[]): GridIndex {
    const sorted = [...grids].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    const boxes: BBox[] = [];
    for (let i = 0; i < sorted.length; i++) {
      const g = sorted[i]!;
      if (i > 0 && sorted[i - 1]!.code === g.code) {
        throw new AppError('VALIDATION_FAILED', `duplicate grid code ${g.code}`, { code: g.code });
      }
      boxes.push(geometryBBox(g));
    }
    let tree: Flatbush | null = null;
    if (sorted.length > 0) {
      tree = new Flatbush(sorted.length);
      for (const b of boxes) tree.add(b[0], b[1], b[2], b[3]);
      tree.finish();
    }
    return new GridIndex(sorted, boxes, tree);
  }

  get size(): number {
    return this.grids.length;
  }

  /** All indexed grid codes, sorted. */
  codes(): string[] {
    return this.grids.map((g) => g.code);
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  /** The geometry of a grid, if indexed. */
  geometryOf(code: string): Polygon | MultiPolygon | undefined {
    const i = this.byCode.get(code);
    return i === undefined ? undefined : this.grids[i]!.geometry;
  }

  /** The bounding box of all grids, or null when empty. */
  extent(): BBox | null {
    if (this.boxes.length === 0) return null;
    const out: BBox = [Infinity, Infinity, -Infinity, -Infinity];
    for (const b of this.boxes) {
      out[0] = Math.min(out[0], b[0]);
      out[1] = Math.min(out[1], b[1]);
      out[2] = Math.max(out[2], b[2]);
      out[3] = Math.max(out[3], b[3]);
    }
    return out;
  }

  /**
   * The grid containing (lng, lat), boundary included; the smallest code if the point lies
   * on a boundary shared by several grids; null if it is in no grid (or not a finite number).
   */
  locate(lng: number, lat: number): string | null {
    const all = this.candidates(lng, lat);
    let best: number | null = null;
    for (const i of all) {
      if ((best === null || i < best) && this.contains(i, lng, lat)) best = i;
    }
    return best === null ? null : this.grids[best]!.code;
  }

  /** Every grid containing (lng, lat), boundary included, sorted by code. */
  locateAll(lng: number, lat: number): string[] {
    return this.candidates(lng, lat)
      .filter((i) => this.contains(i, lng, lat))
      .sort((a, b) => a - b)
      .map((i) => this.grids[i]!.code);
  }

  /** Codes of grids whose bounding box intersects the given box, sorted. */
  searchBBox(minLng: number, minLat: number, maxLng: number, maxLat: number): string[] {
    if (!this.tree) return [];
    return this.tree
      .search(minLng, minLat, maxLng, maxLat)
      .sort((a, b) => a - b)
      .map((i) => this.grids[i]!.code);
  }

  private candidates(lng: number, lat: number): number[] {
    if (!this.tree || !Number.isFinite(lng) || !Number.isFinite(lat)) return [];
    return this.tree.search(lng, lat, lng, lat);
  }

  private contains(i: number, lng: number, lat: number): boolean {
    return booleanPointInPolygon([lng, lat], this.grids[i]!.geometry);
  }
}

/** Builds a grid index from a list of grids (see {@link GridIndex}). */
export function buildGridIndex(grids: readonly IndexedGrid[]): GridIndex {
  return GridIndex.build(grids);
}

function geometryBBox(g: IndexedGrid): BBox {
  const geom = g.geometry;
  if (!geom || (geom.type !== 'Polygon' && geom.type !== 'MultiPolygon')) {
    throw new AppError('VALIDATION_FAILED', `grid ${g.code}: geometry must be a Polygon or MultiPolygon`, {
      code: g.code,
    });
  }
  const polygons = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of polygons) {
    // The outer ring bounds the polygon; holes lie inside it.
    for (const p of poly[0] ?? []) {
      const x = p[0]!;
      const y = p[1]!;
      if (!Number.isFinite(x) || !Number.isFinite(y)) {
        throw new AppError('VALIDATION_FAILED', `grid ${g.code}: coordinates must be finite numbers`, {
          code: g.code,
        });
      }
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  }
  if (!(box[0] <= box[2] && box[1] <= box[3])) {
    throw new AppError('VALIDATION_FAILED', `grid ${g.code}: geometry has no coordinates`, { code: g.code });
  }
  return box;
}
