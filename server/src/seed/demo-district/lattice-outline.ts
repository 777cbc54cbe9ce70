/**
 * A regular lng/lat lattice of square-ish cells and exact outlines of sets of its cells.
 * Used to build demo geometry: a region made of lattice cells gets its outline by walking the
 * cell edges, which is exact, fast and free of floating-point slivers (shared edges use the
 * very same coordinates), unlike a general polygon union.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Cells are numbered row by row from the north-west corner: id = row * cols + col.
 * Vertical line i (0…cols) is at lng xs[i]; horizontal line j (0…rows) at lat ys[j], north first.
 */
export class Lattice {
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  constructor(
    readonly cols: number,
    readonly rows: number,
    west: number,
    north: number,
    readonly dLng: number,
    readonly dLat: number,
    decimals = 7,
  ) {
    const f = 10 ** decimals;
    this.xs = Array.from({ length: cols + 1 }, (_, i) => Math.round((west + i * dLng) * f) / f);
    this.ys = Array.from({ length: rows + 1 }, (_, j) => Math.round((north - j * dLat) * f) / f);
  }
  get size(): number {
    return this.cols * this.rows;
  }
  id(col: number, row: number): number {
    return row * this.cols + col;
  }
  col(id: number): number {
    return id % this.cols;
  }
  row(id: number): number {
    return Math.floor(id / this.cols);
  }
  /** Centre of a cell, [lng, lat]. */
  centre(id: number): [number, number] {
    const c = this.col(id);
    const r = this.row(id);
    return [(this.xs[c]! + this.xs[c + 1]!) / 2, (this.ys[r]! + this.ys[r + 1]!) / 2];
  }
  /** Cell bbox [west, south, east, north]. */
  bbox(id: number): [number, number, number, number] {
    const c = this.col(id);
    const r = this.row(id);
    return [this.xs[c]!, this.ys[r + 1]!, this.xs[c + 1]!, this.ys[r]!];
  }
  /** The cell as a counter-clockwise square polygon. */
  square(id: number): Polygon {
    const [w, s, e, n] = this.bbox(id);
    return {
      type: 'Polygon',
      coordinates: [
        [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
          [w, s],
        ],
      ],
    };
  }
  /** Ids of the 4 edge neighbours (N, E, S, W) that lie on the lattice. */
  neighbours4(id: number): number[] {
    const c = this.col(id);
    const r = this.row(id);
    const out: number[] = [];
    if (r > 0) out.push(id - this.cols);
    if (c < this.cols - 1) out.push(id + 1);
    if (r < this.rows - 1) out.push(id + this.cols);
    if (c > 0) out.push(id - 1);
    return out;
  }
}

interface Edge {
  /** start / end vertex (i, j) */
  i0: number;
  j0: number;
  i1: number;
  j1: number;
  used: boolean;
}

/**
 * The outline of a set of cells as a Polygon (one connected piece) or MultiPolygon, with holes.
 * Outer rings are counter-clockwise, holes clockwise (RFC 7946). Cells touching only at a corner
 * become separate polygons; no ring touches itself. Throws on an empty set.
 */
export function outlineOfCells(lattice: Lattice, cellIds: Iterable<number>): Polygon | MultiPolygon {
  const set = new Set(cellIds);
  if (set.size === 0) throw new Error('outlineOfCells: no cells');
  const { cols, rows } = lattice;
  const has = (c: number, r: number) => c >= 0 && r >= 0 && c < cols && r < rows && set.has(r * cols + c);
  const vkey = (i: number, j: number) => i * (rows + 1) + j;

  // Directed boundary edges with the set on their left (geographic orientation: x east, y north;
  // j grows southward, so "north" is j - 1).
  const edges: Edge[] = [];
  const out = new Map<number, Edge[]>();
  const add = (i0: number, j0: number, i1: number, j1: number) => {
    const e: Edge = { i0, j0, i1, j1, used: false };
    edges.push(e);
    const k = vkey(i0, j0);
    const list = out.get(k);
    if (list) list.push(e);
    else out.set(k, [e]);
  };
  const sorted = [...set].sort((a, b) => a - b);
  for (const id of sorted) {
    const c = id % cols;
    const r = Math.floor(id / cols);
    if (!has(c, r + 1)) add(c, r + 1, c + 1, r + 1); // south edge, eastward
    if (!has(c + 1, r)) add(c + 1, r + 1, c + 1, r); // east edge, northward
    if (!has(c, r - 1)) add(c + 1, r, c, r); // north edge, westward
    if (!has(c - 1, r)) add(c, r, c, r + 1); // west edge, southward
  }

  // Geographic direction of an edge: (dx, dy) with dy = -(dj).
  const dir = (e: Edge): [number, number] => [e.i1 - e.i0, -(e.j1 - e.j0)];

  const rings: Array<Array<[number, number]>> = [];
  for (const start of edges) {
    if (start.used) continue;
    const ring: Array<[number, number]> = [];
    let e = start;
    for (;;) {
      e.used = true;
      ring.push([e.i0, e.j0]);
      const candidates = (out.get(vkey(e.i1, e.j1)) ?? []).filter((x) => !x.used || x === start);
      if (candidates.length === 0) throw new Error('outlineOfCells: open ring');
      let next = candidates[0]!;
      if (candidates.length > 1) {
        // At a corner shared by two diagonal cells, turn left so each cell keeps its own ring.
        const [dx, dy] = dir(e);
        let best = -Infinity;
        for (const cand of candidates) {
          const [cx, cy] = dir(cand);
          const turn = dx * cy - dy * cx; // > 0 left, 0 straight, < 0 right
          if (turn > best) {
            best = turn;
            next = cand;
          }
        }
      }
      if (next === start) break;
      e = next;
    }
    rings.push(dropCollinear(ring));
  }

  // Classify rings: counter-clockwise (positive area) outer, clockwise holes.
  const outers: Array<{
    ring: Array<[number, number]>;
    area: number;
    holes: Array<Array<[number, number]>>;
  }> = [];
  const holes: Array<Array<[number, number]>> = [];
  for (const ring of rings) {
    const a = signedArea(ring);
    if (a > 0) outers.push({ ring, area: a, holes: [] });
    else holes.push(ring);
  }
  for (const hole of holes) {
    // Any point just outside the hole is inside its outer ring; test the hole's first edge
    // midpoint nudged to its left (into the set).
    const [p, q] = [hole[0]!, hole[1]!];
    const mx = (p[0] + q[0]) / 2;
    const my = (p[1] + q[1]) / 2;
    const [dx, dy] = [q[0] - p[0], -(q[1] - p[1])];
    const len = Math.hypot(dx, dy);
    const tx = mx + (-dy / len) * 0.25; // left normal in (x, y-north), mapped back to j-down
    const ty = my - (dx / len) * 0.25;
    let owner: (typeof outers)[number] | null = null;
    for (const o of outers) {
      if (pointInRing(tx, ty, o.ring) && (!owner || o.area < owner.area)) owner = o;
    }
    if (!owner) throw new Error('outlineOfCells: hole without an outer ring');
    owner.holes.push(hole);
  }

  outers.sort((a, b) => firstVertexOrder(a.ring, b.ring));
  const toLngLat = (ring: Array<[number, number]>): Position[] => {
    const coords = ring.map(([i, j]) => [lattice.xs[i]!, lattice.ys[j]!] as Position);
    coords.push([...coords[0]!]);
    return coords;
  };
  const polygons = outers.map((o) => [toLngLat(o.ring), ...o.holes.map(toLngLat)]);
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0]! }
    : { type: 'MultiPolygon', coordinates: polygons };
}

function dropCollinear(ring: Array<[number, number]>): Array<[number, number]> {
  const n = ring.length;
  const out: Array<[number, number]> = [];
  for (let k = 0; k < n; k++) {
    const a = ring[(k - 1 + n) % n]!;
    const b = ring[k]!;
    const c = ring[(k + 1) % n]!;
    const cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
    if (cross !== 0) out.push(b);
  }
  // Start at the lowest (north-west-most) vertex so output does not depend on edge order.
  let best = 0;
  for (let k = 1; k < out.length; k++) {
    const v = out[k]!;
    const w = out[best]!;
    if (v[1] < w[1] || (v[1] === w[1] && v[0] < w[0])) best = k;
  }
  return [...out.slice(best), ...out.slice(0, best)];
}

/** Shoelace area in geographic orientation (j points south, so flip its sign). */
function signedArea(ring: Array<[number, number]>): number {
  let s = 0;
  for (let k = 0; k < ring.length; k++) {
    const [x0, j0] = ring[k]!;
    const [x1, j1] = ring[(k + 1) % ring.length]!;
    s += x0 * -j1 - x1 * -j0;
  }
  return s / 2;
}

function pointInRing(x: number, y: number, ring: Array<[number, number]>): boolean {
  let inside = false;
  for (let k = 0, m = ring.length - 1; k < ring.length; m = k++) {
    const [xi, yi] = ring[k]!;
    const [xj, yj] = ring[m]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function firstVertexOrder(a: Array<[number, number]>, b: Array<[number, number]>): number {
  const [p, q] = [a[0]!, b[0]!];
  return p[1] - q[1] || p[0] - q[0];
}
