/**
 * Demo geometry for a district whose street and community boundaries are not public
 * (docs/domain.md): the real outline is divided among the streets (nearest street centre), each
 * street among its communities (recursive bisection), and unit grids of about 2.5 ha are laid
 * over it. Everything produced is labelled `demo: true`.
 *
 * Method: a regular lattice of square cells (side chosen so the outline holds about
 * `targetGridCount` cells) covers the outline. A cell whose centre lies inside the outline is a
 * grid; a cell that only overlaps the outline with its edge is merged into a neighbouring grid,
 * and every grid is clipped to the outline, so the grids tile the district exactly and never
 * overlap. Streets and communities are unions of their grids' cells (exact lattice outlines,
 * clipped to the outline where they touch it). Pure and deterministic.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature } from 'geojson';
import { AppError } from '@envgrid/core';
import { formatGridSequence, gridCode, regionCodeProblem } from '@envgrid/core';
import { areaM2, bboxOf, type PolygonGeometry } from '@envgrid/core';
import { Lattice, outlineOfCells } from './lattice-outline.ts';
import {
  attachOrphans,
  cellsCrossingBoundary,
  clipCellsToBoundary,
  clipToBoundary,
  unitAdjacency,
} from './demo-cells.ts';
import { bisect, makeContiguous, rebalance, type Unit } from './demo-partition.ts';

export interface DemoStreetInput {
  code: string;
  name: string;
  /** A rough point inside the street, used as its Voronoi seed. */
  centerLng: number;
  centerLat: number;
}

export interface DemoCommunityInput {
  code: string;
  /** Official name, e.g. 多福巷社区居委会 (shortened to 多福巷社区 in the output). */
  name: string;
  streetCode: string;
}

export interface DemoDistrictInput {
  boundary: PolygonGeometry | Feature<PolygonGeometry>;
  streets: readonly DemoStreetInput[];
  communities: readonly DemoCommunityInput[];
  /** About how many unit grids to lay (default 1650, Dongcheng's count in 2004). */
  targetGridCount?: number;
}

export interface DemoStreetProperties {
  code: string;
  name: string;
  demo: true;
}
export interface DemoCommunityProperties extends DemoStreetProperties {
  streetCode: string;
}
export interface DemoGridProperties extends DemoCommunityProperties {
  communityCode: string;
  /** A point [lng, lat] inside the grid (its lattice cell centre): for labels and sample data. */
  center: [number, number];
}

export type DemoFeature<P> = Feature<PolygonGeometry, P>;

export interface DemoDistrict {
  streets: DemoFeature<DemoStreetProperties>[];
  communities: DemoFeature<DemoCommunityProperties>[];
  grids: DemoFeature<DemoGridProperties>[];
  /** Side of a lattice cell in metres. */
  cellSideMetres: number;
}

export const DEFAULT_DEMO_GRID_COUNT = 1650;
/** Metres per degree of latitude on the sphere used by turf (R = 6371008.8 m). */
const M_PER_DEG = (6371008.8 * Math.PI) / 180;

/** 多福巷社区居委会 → 多福巷社区; other names unchanged. */
export function shortCommunityName(name: string): string {
  return name.endsWith('社区居委会') ? name.slice(0, -3) : name.endsWith('居委会') ? name.slice(0, -3) : name;
}

/** Builds the demo streets, communities and grids; throws VALIDATION_FAILED on inconsistent input. */
export function buildDemoDistrict(input: DemoDistrictInput): DemoDistrict {
  const boundary = 'geometry' in input.boundary ? input.boundary.geometry : input.boundary;
  const { streets, communitiesByStreet } = checkInput(input, boundary);
  const target = input.targetGridCount ?? DEFAULT_DEMO_GRID_COUNT;

  // 1. The lattice.
  const [minX, minY, maxX, maxY] = bboxOf(boundary);
  const midLat = (minY + maxY) / 2;
  const cosLat = Math.cos((midLat * Math.PI) / 180);
  const side = Math.sqrt(areaM2(boundary) / target);
  const dLng = side / (M_PER_DEG * cosLat);
  const dLat = side / M_PER_DEG;
  const cols = Math.ceil((maxX - minX) / dLng) + 1;
  const rows = Math.ceil((maxY - minY) / dLat) + 1;
  const lattice = new Lattice(
    cols,
    rows,
    (minX + maxX) / 2 - (cols * dLng) / 2,
    (minY + maxY) / 2 + (rows * dLat) / 2,
    dLng,
    dLat,
  );

  // 2. Cells: anchors (centre inside → one grid each) and boundary cells (need clipping).
  const crossing = cellsCrossingBoundary(lattice, boundary);
  const anchors: number[] = [];
  const isAnchor = new Uint8Array(lattice.size);
  for (let id = 0; id < lattice.size; id++) {
    if (booleanPointInPolygon(lattice.centre(id), boundary, { ignoreBoundary: true })) {
      isAnchor[id] = 1;
      anchors.push(id);
    }
  }
  if (anchors.length < input.communities.length) {
    throw new AppError('VALIDATION_FAILED', 'the boundary is too small for one grid per community', {
      cells: anchors.length,
      communities: input.communities.length,
    });
  }
  const unitOfAnchor = new Map(anchors.map((id, u) => [id, u]));
  const cellsOfUnit: number[][] = anchors.map((id) => [id]);
  attachOrphans(lattice, boundary, crossing, isAnchor, unitOfAnchor, cellsOfUnit);

  const units: Unit[] = anchors.map((id) => ({ col: lattice.col(id), row: lattice.row(id) }));
  const adjacency = unitAdjacency(lattice, cellsOfUnit);

  // 3. Streets: nearest street centre, then contiguous.
  const streetOf = anchors.map((id) => {
    const [x, y] = lattice.centre(id);
    let best = 0;
    let bestD = Infinity;
    streets.forEach((s, k) => {
      const d = ((x - s.centerLng) * cosLat) ** 2 + (y - s.centerLat) ** 2;
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    });
    return best;
  });
  // Each street keeps at least the grid nearest its centre, even if another centre is nearer.
  const seeded = new Set<number>();
  streets.forEach((s, k) => {
    let best = -1;
    let bestD = Infinity;
    anchors.forEach((id, u) => {
      const [x, y] = lattice.centre(id);
      const d = ((x - s.centerLng) * cosLat) ** 2 + (y - s.centerLat) ** 2;
      if (d < bestD && !seeded.has(u)) {
        bestD = d;
        best = u;
      }
    });
    seeded.add(best);
    streetOf[best] = k;
  });
  makeContiguous(streetOf, adjacency);
  const unitsOfStreet = streets.map(() => [] as number[]);
  streetOf.forEach((s, u) => unitsOfStreet[s]!.push(u));
  // Every street needs at least one grid per community.
  const short = rebalance(
    streetOf,
    unitsOfStreet,
    streets.map((s) => communitiesByStreet.get(s.code)!.length),
    adjacency,
  );
  if (short !== null) {
    throw new AppError(
      'VALIDATION_FAILED',
      `street ${streets[short]!.code} is too small for its communities`,
    );
  }

  // 4. Communities: bisection inside each street, then contiguous within the street.
  const communities = streets.flatMap((s) => communitiesByStreet.get(s.code)!);
  const communityIndex = new Map(communities.map((c, k) => [c.code, k]));
  const assigned = new Map<number, number>();
  streets.forEach((s, k) => {
    const labels = communitiesByStreet.get(s.code)!.map((c) => communityIndex.get(c.code)!);
    bisect(units, unitsOfStreet[k]!, labels, assigned);
  });
  const communityOf = anchors.map((_, u) => assigned.get(u)!);
  makeContiguous(
    communityOf,
    adjacency,
    (u, label) => communities[label]!.streetCode === streets[streetOf[u]!]!.code,
  );

  // 5. Features.
  const clipped = (cells: number[], geom: PolygonGeometry): PolygonGeometry | null =>
    cells.some((id) => crossing.has(id)) ? clipToBoundary(geom, boundary, lattice) : geom;
  const regionGeometry = (unitList: number[]): PolygonGeometry => {
    const cells = unitList.flatMap((u) => cellsOfUnit[u]!);
    const geom = clipped(cells, outlineOfCells(lattice, cells));
    if (!geom) throw new Error('demo district: a region vanished when clipped');
    return geom;
  };

  const ownerOfCell = new Map<number, number>();
  cellsOfUnit.forEach((cells, u) => cells.forEach((id) => ownerOfCell.set(id, u)));
  const unitsOfCommunity = communities.map(() => [] as number[]);
  communityOf.forEach((c, u) => unitsOfCommunity[c]!.push(u));
  const streetName = new Map(streets.map((s) => [s.code, s.name]));

  const grids: DemoFeature<DemoGridProperties>[] = [];
  const communityFeatures: DemoFeature<DemoCommunityProperties>[] = [];
  communities.forEach((c, k) => {
    const list = unitsOfCommunity[k]!.sort(
      (a, b) => units[a]!.row - units[b]!.row || units[a]!.col - units[b]!.col,
    );
    if (list.length === 0) throw new Error(`demo district: community ${c.code} got no grid`);
    if (list.length > 999)
      throw new AppError('VALIDATION_FAILED', `community ${c.code} would need more than 999 grids`);
    const cName = shortCommunityName(c.name);
    list.forEach((u, i) => {
      const cells = cellsOfUnit[u]!;
      const anchor = anchors[u]!;
      const geom = cells.some((id) => crossing.has(id))
        ? clipCellsToBoundary(lattice, boundary, cells, (id) => ownerOfCell.has(id))
        : lattice.square(anchor);
      if (!geom) throw new Error(`demo district: grid cell ${anchor} vanished when clipped`);
      const code = gridCode(c.code, i + 1);
      grids.push({
        type: 'Feature',
        properties: {
          code,
          name: `${streetName.get(c.streetCode)} ${cName} 第${formatGridSequence(i + 1)}网格`,
          streetCode: c.streetCode,
          communityCode: c.code,
          center: lattice.centre(anchor),
          demo: true,
        },
        geometry: geom,
      });
    });
    communityFeatures.push({
      type: 'Feature',
      properties: { code: c.code, name: cName, streetCode: c.streetCode, demo: true },
      geometry: regionGeometry(list),
    });
  });
  const streetFeatures: DemoFeature<DemoStreetProperties>[] = streets.map((s, k) => ({
    type: 'Feature',
    properties: { code: s.code, name: s.name, demo: true },
    geometry: regionGeometry(unitsOfStreet[k]!),
  }));
  return { streets: streetFeatures, communities: communityFeatures, grids, cellSideMetres: side };
}

function checkInput(input: DemoDistrictInput, boundary: PolygonGeometry) {
  const fail = (message: string, details?: unknown): never => {
    throw new AppError('VALIDATION_FAILED', message, details);
  };
  if (!boundary || (boundary.type !== 'Polygon' && boundary.type !== 'MultiPolygon')) {
    fail('demo boundary must be a Polygon or MultiPolygon');
  }
  const target = input.targetGridCount ?? DEFAULT_DEMO_GRID_COUNT;
  if (!Number.isInteger(target) || target < 1 || target > 100_000)
    fail('targetGridCount must be an integer from 1 to 100000');
  if (input.streets.length === 0) fail('demo district needs at least one street');
  const streets = [...input.streets].sort((a, b) => (a.code < b.code ? -1 : 1));
  const communitiesByStreet = new Map<string, DemoCommunityInput[]>(streets.map((s) => [s.code, []]));
  streets.forEach((s, k) => {
    const problem = regionCodeProblem(s.code, 'street');
    if (problem) fail(problem, { street: s.code });
    if (k > 0 && streets[k - 1]!.code === s.code) fail(`duplicate street ${s.code}`);
    if (!Number.isFinite(s.centerLng) || !Number.isFinite(s.centerLat))
      fail(`street ${s.code} has no centre`);
  });
  const seen = new Set<string>();
  for (const c of [...input.communities].sort((a, b) => (a.code < b.code ? -1 : 1))) {
    const problem = regionCodeProblem(c.code, 'community');
    if (problem) fail(problem, { community: c.code });
    if (seen.has(c.code)) fail(`duplicate community ${c.code}`);
    seen.add(c.code);
    const list = communitiesByStreet.get(c.streetCode);
    if (!list) fail(`community ${c.code} names unknown street ${c.streetCode}`);
    if (!c.code.startsWith(c.streetCode))
      fail(`community ${c.code} does not belong to street ${c.streetCode}`);
    list!.push(c);
  }
  for (const s of streets) {
    if (communitiesByStreet.get(s.code)!.length === 0) fail(`street ${s.code} has no community`);
  }
  return { streets, communitiesByStreet };
}
