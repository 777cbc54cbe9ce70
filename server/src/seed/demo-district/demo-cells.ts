/**
 * Lattice-cell work for the demo district: which cells the outline crosses, how boundary cells
 * are clipped, and how outline slivers join a neighbouring grid. See demo-district.ts.
 */
import type { PolygonGeometry } from '@envgrid/core';
import {
  areaM2,
  bboxOf,
  boxBorderCrossings,
  centroidOf,
  clipGeometryToBox,
  intersectGeometries,
  polygonsOf,
  ringSignedArea,
  segmentBoxInterval,
} from '@envgrid/core';
import { outlineOfCells, type Lattice } from './lattice-outline.ts';

/** Boundary slivers smaller than this are left out rather than merged into a grid. */
const MIN_PIECE_M2 = 1;

/**
 * geom ∩ boundary. The boundary is first cut down to geom's bbox (plus a margin) so the exact
 * overlay only sees the nearby boundary edges: several times faster for small shapes.
 */
export function clipToBoundary(
  geom: PolygonGeometry,
  boundary: PolygonGeometry,
  lattice: Lattice,
): PolygonGeometry | null {
  const [w, s, e, n] = bboxOf(geom);
  const near = clipGeometryToBox(boundary, [
    w - lattice.dLng / 2,
    s - lattice.dLat / 2,
    e + lattice.dLng / 2,
    n + lattice.dLat / 2,
  ]);
  return near ? intersectGeometries(geom, near) : null;
}

/**
 * The part of the boundary inside a grid made of `cells`. When the cells fill their bounding
 * rectangle (apart from cells no grid owns, which hold no part of the outline worth keeping) and the
 * outline crosses that rectangle cleanly, a box cut is exact and much faster than an overlay.
 */
export function clipCellsToBoundary(
  lattice: Lattice,
  boundary: PolygonGeometry,
  cells: readonly number[],
  isOwned: (id: number) => boolean,
): PolygonGeometry | null {
  let [c0, c1, r0, r1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const id of cells) {
    c0 = Math.min(c0, lattice.col(id));
    c1 = Math.max(c1, lattice.col(id));
    r0 = Math.min(r0, lattice.row(id));
    r1 = Math.max(r1, lattice.row(id));
  }
  const mine = new Set(cells);
  let fillsRectangle = true;
  for (let r = r0; r <= r1 && fillsRectangle; r++) {
    for (let c = c0; c <= c1; c++) {
      const id = lattice.id(c, r);
      if (!mine.has(id) && isOwned(id)) {
        fillsRectangle = false;
        break;
      }
    }
  }
  if (fillsRectangle) {
    const box: [number, number, number, number] = [
      lattice.xs[c0]!,
      lattice.ys[r1 + 1]!,
      lattice.xs[c1 + 1]!,
      lattice.ys[r0]!,
    ];
    if (boxBorderCrossings(boundary, box) === 2) {
      const cut = clipGeometryToBox(boundary, box);
      if (cut?.type === 'Polygon') {
        // RFC 7946 winding: outer ring counter-clockwise, holes clockwise.
        return {
          type: 'Polygon',
          coordinates: cut.coordinates.map((ring, k) =>
            ringSignedArea(ring) > 0 === (k === 0) ? ring : [...ring].reverse(),
          ),
        };
      }
    }
  }
  return clipToBoundary(outlineOfCells(lattice, [...cells]), boundary, lattice);
}

/** Ids of lattice cells that a boundary edge passes through (Liang–Barsky segment/box test). */
export function cellsCrossingBoundary(lattice: Lattice, boundary: PolygonGeometry): Set<number> {
  const out = new Set<number>();
  const west = lattice.xs[0]!;
  const north = lattice.ys[0]!;
  const clampC = (v: number) => Math.min(lattice.cols - 1, Math.max(0, v));
  const clampR = (v: number) => Math.min(lattice.rows - 1, Math.max(0, v));
  for (const poly of polygonsOf(boundary)) {
    for (const ring of poly) {
      for (let k = 0; k + 1 < ring.length; k++) {
        const [x0, y0] = [ring[k]![0]!, ring[k]![1]!];
        const [x1, y1] = [ring[k + 1]![0]!, ring[k + 1]![1]!];
        const c0 = clampC(Math.floor((Math.min(x0, x1) - west) / lattice.dLng) - 1);
        const c1 = clampC(Math.floor((Math.max(x0, x1) - west) / lattice.dLng) + 1);
        const r0 = clampR(Math.floor((north - Math.max(y0, y1)) / lattice.dLat) - 1);
        const r1 = clampR(Math.floor((north - Math.min(y0, y1)) / lattice.dLat) + 1);
        for (let r = r0; r <= r1; r++) {
          for (let c = c0; c <= c1; c++) {
            const id = lattice.id(c, r);
            if (!out.has(id) && segmentBoxInterval(x0, y0, x1, y1, lattice.bbox(id)) !== null) out.add(id);
          }
        }
      }
    }
  }
  return out;
}

/**
 * Boundary cells whose centre is outside the outline but which overlap it: each joins the grid of
 * an edge-neighbouring cell (closest to the overlapping piece), layer by layer outward; pieces
 * that reach no grid that way join the nearest grid.
 */
export function attachOrphans(
  lattice: Lattice,
  boundary: PolygonGeometry,
  crossing: Set<number>,
  isAnchor: Uint8Array,
  unitOfAnchor: Map<number, number>,
  cellsOfUnit: number[][],
): void {
  // orphan cell → centroid of its piece and how much of each side (N, E, S, W) the piece covers
  const pending = new Map<number, { centroid: [number, number]; sides: number[] }>();
  for (const id of [...crossing].sort((a, b) => a - b)) {
    if (isAnchor[id]) continue;
    // The Sutherland–Hodgman cut is exact for area, centroid and the parts on the cell's sides.
    const box = lattice.bbox(id);
    const piece = clipGeometryToBox(boundary, box);
    if (piece && areaM2(piece) >= MIN_PIECE_M2) {
      pending.set(id, { centroid: centroidOf(piece), sides: sideCoverage(piece, box, lattice) });
    }
  }
  const unitOfCell = new Map(unitOfAnchor);
  const dist2 = (p: [number, number], id: number) => {
    const [x, y] = lattice.centre(id);
    return ((p[0] - x) / lattice.dLng) ** 2 + ((p[1] - y) / lattice.dLat) ** 2;
  };
  const sideIndex = (id: number, n: number) =>
    n === id - lattice.cols ? 0 : n === id + 1 ? 1 : n === id + lattice.cols ? 2 : 3;
  while (pending.size > 0) {
    const layer: Array<[number, number]> = [];
    for (const [id, { centroid, sides }] of pending) {
      // Prefer the grid next door that the piece shares the longest side with (so the merged
      // grid stays in one piece), then the one closest to the piece.
      let best: number | null = null;
      let bestKey: [number, number] = [-Infinity, Infinity];
      for (const n of lattice.neighbours4(id)) {
        if (!unitOfCell.has(n)) continue;
        const key: [number, number] = [sides[sideIndex(id, n)]!, dist2(centroid, n)];
        if (key[0] > bestKey[0] || (key[0] === bestKey[0] && key[1] < bestKey[1])) {
          best = n;
          bestKey = key;
        }
      }
      if (best !== null) layer.push([id, unitOfCell.get(best)!]);
    }
    if (layer.length === 0) break;
    for (const [id, u] of layer) {
      unitOfCell.set(id, u);
      cellsOfUnit[u]!.push(id);
      pending.delete(id);
    }
  }
  for (const [id, { centroid: p }] of pending) {
    let best = -1;
    let bestD = Infinity;
    for (const [anchor, u] of unitOfAnchor) {
      const d = dist2(p, anchor);
      if (d < bestD || (d === bestD && u < best)) {
        bestD = d;
        best = u;
      }
    }
    cellsOfUnit[best]!.push(id);
  }
}

/** Units are adjacent when any of their cells share an edge. */
export function unitAdjacency(lattice: Lattice, cellsOfUnit: number[][]): number[][] {
  const unitOfCell = new Map<number, number>();
  cellsOfUnit.forEach((cells, u) => cells.forEach((id) => unitOfCell.set(id, u)));
  return cellsOfUnit.map((cells, u) => {
    const set = new Set<number>();
    for (const id of cells) {
      for (const n of lattice.neighbours4(id)) {
        const v = unitOfCell.get(n);
        if (v !== undefined && v !== u) set.add(v);
      }
    }
    return [...set].sort((a, b) => a - b);
  });
}

/** Length of a piece's edges lying on each side (N, E, S, W) of a cell box, in cell-side units. */
function sideCoverage(
  piece: PolygonGeometry,
  box: [number, number, number, number],
  lattice: Lattice,
): number[] {
  const [w, south, e, n] = box;
  const sides = [0, 0, 0, 0];
  for (const poly of polygonsOf(piece)) {
    for (const ring of poly) {
      for (let k = 0; k + 1 < ring.length; k++) {
        const [x0, y0] = [ring[k]![0]!, ring[k]![1]!];
        const [x1, y1] = [ring[k + 1]![0]!, ring[k + 1]![1]!];
        if (y0 === n && y1 === n) sides[0]! += Math.abs(x1 - x0) / lattice.dLng;
        else if (x0 === e && x1 === e) sides[1]! += Math.abs(y1 - y0) / lattice.dLat;
        else if (y0 === south && y1 === south) sides[2]! += Math.abs(x1 - x0) / lattice.dLng;
        else if (x0 === w && x1 === w) sides[3]! += Math.abs(y1 - y0) / lattice.dLat;
      }
    }
  }
  return sides;
}
