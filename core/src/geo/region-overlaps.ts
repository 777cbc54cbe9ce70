/**
 * Overlap checks of region import: features of one file against each other, and against the
 * regions already stored. Flatbush narrows the pairs to those whose boxes overlap; a polygon
 * overlay measures the shared area of each, which is the costly part, so every overlay is paid
 * for from a budget of positions (see {@link OverlayBudget}).
 */
import Flatbush from 'flatbush';
import { areaM2, bboxOf, overlapAreaM2, type PolygonGeometry } from './geo-math.ts';

/** Two regions overlap when they share more than this part of the smaller one's area. */
export const OVERLAP_TOLERANCE = 0.01;

type Box = readonly [number, number, number, number];

export interface OverlapCandidate {
  /** Index of the feature in the file. */
  index: number;
  code: string;
  geometry: PolygonGeometry;
}

/** A region already stored: its box up front, its geometry only when a check needs it. */
export interface StoredRegion {
  code: string;
  bbox: Box;
  geometry: () => PolygonGeometry;
}

export interface OverlapProblem {
  index: number;
  code: string;
  reason: string;
}

/** Thrown when the overlays of one import would handle more positions than allowed. */
export class OverlayBudgetExceeded extends Error {
  constructor(
    readonly max: number,
    readonly spent: number,
  ) {
    super(`overlap checks need more than ${max} positions`);
  }
}

/** Positions the overlays of one import may handle; spending past it throws. */
export class OverlayBudget {
  private spentSoFar = 0;
  constructor(readonly max: number) {}

  readonly spend = (positions: number): void => {
    this.spentSoFar += positions;
    if (this.spentSoFar > this.max) throw new OverlayBudgetExceeded(this.max, this.spentSoFar);
  };

  get spent(): number {
    return this.spentSoFar;
  }
}

/** Boxes that overlap with positive area (neighbours sharing an edge only touch). */
function boxesCross(b: Box, o: Box): boolean {
  return Math.min(b[2], o[2]) > Math.max(b[0], o[0]) && Math.min(b[3], o[3]) > Math.max(b[1], o[1]);
}

function tooMuch(shared: number, a: number, b: number): boolean {
  return shared > OVERLAP_TOLERANCE * Math.min(a, b);
}

/** Pairs of features of the file that overlap; reported on the later one. */
export function findOverlaps(features: readonly OverlapCandidate[], budget: OverlayBudget): OverlapProblem[] {
  if (features.length < 2) return [];
  const boxes = features.map((f) => bboxOf(f.geometry));
  const tree = new Flatbush(features.length);
  for (const b of boxes) tree.add(b[0], b[1], b[2], b[3]);
  tree.finish();
  const areas = new Map<number, number>();
  const areaOf = (i: number) => areas.get(i) ?? (areas.set(i, areaM2(features[i]!.geometry)), areas.get(i)!);
  const problems: OverlapProblem[] = [];
  features.forEach((f, i) => {
    const b = boxes[i]!;
    const candidates = tree.search(b[0], b[1], b[2], b[3]).filter((j) => j < i && boxesCross(b, boxes[j]!));
    for (const j of candidates.sort((a, c) => a - c)) {
      const other = features[j]!;
      const shared = overlapAreaM2(f.geometry, other.geometry, budget.spend);
      if (tooMuch(shared, areaOf(i), areaOf(j))) {
        problems.push({
          index: f.index,
          code: f.code,
          reason: `overlaps ${other.code} (feature ${other.index}) by ${Math.round(shared)} m²`,
        });
      }
    }
  });
  return problems;
}

/**
 * Features that overlap a stored region of another code. Stored regions whose code the file
 * also carries are being replaced, so they are skipped.
 */
export function findStoredOverlaps(
  features: readonly OverlapCandidate[],
  stored: readonly StoredRegion[],
  replaced: ReadonlySet<string>,
  budget: OverlayBudget,
  noun: string,
): OverlapProblem[] {
  const kept = stored.filter((s) => !replaced.has(s.code));
  if (kept.length === 0 || features.length === 0) return [];
  const tree = new Flatbush(kept.length);
  for (const s of kept) tree.add(s.bbox[0], s.bbox[1], s.bbox[2], s.bbox[3]);
  tree.finish();
  const geometries = new Map<number, PolygonGeometry>();
  const geometryOf = (j: number) => {
    let g = geometries.get(j);
    if (!g) geometries.set(j, (g = kept[j]!.geometry()));
    return g;
  };
  const problems: OverlapProblem[] = [];
  for (const f of features) {
    const b = bboxOf(f.geometry);
    const candidates = tree.search(b[0], b[1], b[2], b[3]).filter((j) => boxesCross(b, kept[j]!.bbox));
    // Report in code order, so the answer does not depend on the index layout.
    candidates.sort((x, y) => (kept[x]!.code < kept[y]!.code ? -1 : 1));
    let area: number | undefined;
    for (const j of candidates) {
      const other = geometryOf(j);
      const shared = overlapAreaM2(f.geometry, other, budget.spend);
      if (shared <= 0) continue;
      area ??= areaM2(f.geometry);
      if (tooMuch(shared, area, areaM2(other))) {
        problems.push({
          index: f.index,
          code: f.code,
          reason: `overlaps stored ${noun} ${kept[j]!.code} by ${Math.round(shared)} m²`,
        });
      }
    }
  }
  return problems;
}
