/**
 * Validation of a GeoJSON FeatureCollection of streets, communities or unit grids for import
 * (WGS-84 lng/lat, DESIGN §2). Every problem of every feature is collected, each with the
 * feature's index (−1 for the file as a whole) and its code when known, so an admin can fix the
 * file in one go. On success the features come back parsed and normalised (2-D positions,
 * consecutive duplicate positions removed).
 */
import Flatbush from 'flatbush';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { kinks } from '@turf/kinks';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { childParentProblem, formatGridSequence, regionCodeProblem } from '../codes/region-codes.ts';
import { areaM2, bboxOf, centroidOf, overlapAreaM2, shareInside, type PolygonGeometry } from './geo-math.ts';

export type RegionImportKind = 'street' | 'community' | 'grid';

interface ImportedRegionBase {
  /** Index of the feature in the file. */
  index: number;
  code: string;
  name: string;
  geometry: Polygon | MultiPolygon;
  /** All properties as given. */
  properties: Record<string, unknown>;
}
export interface ImportedStreet extends ImportedRegionBase {
  kind: 'street';
  districtCode: string;
}
export interface ImportedCommunity extends ImportedRegionBase {
  kind: 'community';
  streetCode: string;
}
export interface ImportedGrid extends ImportedRegionBase {
  kind: 'grid';
  streetCode: string;
  communityCode: string;
}
export interface ImportedRegionByKind {
  street: ImportedStreet;
  community: ImportedCommunity;
  grid: ImportedGrid;
}

export interface GeoJsonProblem {
  /** Feature index in the file; −1 for a problem with the file as a whole. */
  index: number;
  code?: string;
  reason: string;
}

export type GeoJsonValidation<T> = { ok: true; features: T[] } | { ok: false; problems: GeoJsonProblem[] };

export interface RegionImportOptions {
  /** Every code must lie in this district (6 digits), e.g. '110101'. */
  districtCode?: string;
  /** Parent codes that exist (street codes for communities, community codes for grids). */
  knownParents?: Iterable<string>;
  /** Parent polygons by code: each feature must lie inside its parent (see {@link INSIDE_RULE}). */
  parentGeometries?: ReadonlyMap<string, PolygonGeometry>;
  /** Every position must fall in this [minLng, minLat, maxLng, maxLat] box (e.g. the city). */
  within?: readonly [number, number, number, number];
  /** Report features of the file that overlap each other (default true). */
  checkOverlaps?: boolean;
  /** Refuse files with more features than this (default 20 000). */
  maxFeatures?: number;
}

/**
 * A feature counts as inside its parent when ≥ 99% of its area is, or when its centroid is and
 * ≥ 90% of its area is (tolerates boundaries digitised separately).
 */
export const INSIDE_RULE = { minShare: 0.99, minShareWithCentroid: 0.9 } as const;
/** Two features overlap when they share more than this part of the smaller one's area. */
export const OVERLAP_TOLERANCE = 0.01;
const MAX_RING_POSITIONS = 10_000;
const PARENT_PROP: Record<RegionImportKind, string | null> = {
  street: null,
  community: 'streetCode',
  grid: 'communityCode',
};
const PARENT_KIND = { community: 'street', grid: 'community' } as const;

export function validateRegionGeoJson<K extends RegionImportKind>(
  kind: K,
  input: unknown,
  options: RegionImportOptions = {},
): GeoJsonValidation<ImportedRegionByKind[K]> {
  const problems: GeoJsonProblem[] = [];
  const fileProblem = (reason: string) => ({ ok: false as const, problems: [{ index: -1, reason }] });
  if (!isObject(input) || input.type !== 'FeatureCollection')
    return fileProblem('expected a GeoJSON FeatureCollection');
  if (!Array.isArray(input.features)) return fileProblem('FeatureCollection has no features array');
  const maxFeatures = options.maxFeatures ?? 20_000;
  if (input.features.length === 0) return fileProblem('FeatureCollection has no features');
  if (input.features.length > maxFeatures)
    return fileProblem(`too many features: ${input.features.length} (at most ${maxFeatures})`);
  if (options.districtCode !== undefined) {
    const bad = regionCodeProblem(options.districtCode, 'district');
    if (bad) return fileProblem(bad);
  }
  const known = options.knownParents ? new Set(options.knownParents) : null;

  const parsed: Array<ImportedRegionByKind[K]> = [];
  const firstIndexOfCode = new Map<string, number>();
  input.features.forEach((raw: unknown, index: number) => {
    const before = problems.length;
    const report = (reason: string, code?: string) =>
      problems.push(code === undefined ? { index, reason } : { index, code, reason });
    if (!isObject(raw) || raw.type !== 'Feature') {
      report('not a GeoJSON Feature');
      return;
    }
    const props: Record<string, unknown> = isObject(raw.properties) ? raw.properties : {};
    const code = codeValue(props.code);
    const shownCode = typeof code === 'string' && code !== '' ? code : undefined;
    const fail = (reason: string) => report(reason, shownCode);

    // Codes.
    const codeProblem =
      code === undefined ? `missing code property (${kind} code)` : regionCodeProblem(code, kind);
    if (codeProblem) fail(codeProblem);
    let parentCode: string | undefined;
    if (!codeProblem && code) {
      if (firstIndexOfCode.has(code))
        fail(`duplicate code ${code}, also at feature ${firstIndexOfCode.get(code)}`);
      else firstIndexOfCode.set(code, index);
      if (options.districtCode && !code.startsWith(options.districtCode)) {
        fail(`${kind} ${code} is not in district ${options.districtCode}`);
      }
      const parentProp = PARENT_PROP[kind];
      if (parentProp && kind !== 'street') {
        const parentKind = PARENT_KIND[kind as 'community' | 'grid'];
        const given = codeValue(props[parentProp]);
        parentCode = code.slice(0, code.length - 3);
        if (given !== undefined) {
          const bad = childParentProblem(code, kind, given, parentKind);
          if (bad) fail(`${parentProp}: ${bad}`);
        }
        if (kind === 'grid' && props.streetCode !== undefined) {
          const bad = childParentProblem(code, 'grid', codeValue(props.streetCode), 'street');
          if (bad) fail(`streetCode: ${bad}`);
        }
        if (known && !known.has(parentCode)) fail(`${parentKind} ${parentCode} does not exist`);
      }
    }

    // Name.
    let name = typeof props.name === 'string' ? props.name.trim() : '';
    if (!name) {
      // Grids may go unnamed: they are called by their sequence.
      if (kind !== 'grid') fail('missing name property');
      else if (code && !codeProblem) name = `第${formatGridSequence(Number(code.slice(12)))}网格`;
    }

    // Geometry.
    const geometry = checkGeometry(raw.geometry, options.within, fail);
    if (geometry && parentCode && options.parentGeometries?.has(parentCode)) {
      const parent = options.parentGeometries.get(parentCode)!;
      const share = shareInside(geometry, parent);
      const centreInside =
        share >= INSIDE_RULE.minShareWithCentroid && booleanPointInPolygon(centroidOf(geometry), parent);
      if (share < INSIDE_RULE.minShare && !centreInside) {
        fail(
          `${kind} lies outside its ${PARENT_KIND[kind as 'community' | 'grid']} ${parentCode}: only ${(share * 100).toFixed(1)}% of its area is inside`,
        );
      }
    }

    if (problems.length === before && code && geometry) {
      const base = { index, code, name, geometry, properties: props };
      const item =
        kind === 'street'
          ? { ...base, kind, districtCode: code.slice(0, 6) }
          : kind === 'community'
            ? { ...base, kind, streetCode: code.slice(0, 9) }
            : { ...base, kind, streetCode: code.slice(0, 9), communityCode: code.slice(0, 12) };
      parsed.push(item as unknown as ImportedRegionByKind[K]);
    }
  });

  if (options.checkOverlaps ?? true) problems.push(...findOverlaps(parsed));
  problems.sort((a, b) => a.index - b.index);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, features: parsed };
}

/** Checks a geometry; reports through `fail` and returns the normalised geometry or null. */
function checkGeometry(
  raw: unknown,
  within: RegionImportOptions['within'],
  fail: (reason: string) => void,
): PolygonGeometry | null {
  if (!isObject(raw) || (raw.type !== 'Polygon' && raw.type !== 'MultiPolygon')) {
    const type =
      isObject(raw) && typeof raw.type === 'string' ? raw.type : raw === null ? 'null' : typeof raw;
    fail(`geometry must be a Polygon or MultiPolygon, got ${type}`);
    return null;
  }
  const multi = raw.type === 'MultiPolygon';
  const polysRaw: unknown[] = multi ? asArray(raw.coordinates) : [raw.coordinates];
  if (polysRaw.length === 0) {
    fail('geometry has no polygons');
    return null;
  }
  let ok = true;
  const polys: Position[][][] = [];
  polysRaw.forEach((polyRaw, p) => {
    const ringsRaw = asArray(polyRaw);
    if (ringsRaw.length === 0) {
      fail(`${multi ? `polygon ${p}: ` : ''}polygon has no rings`);
      ok = false;
      return;
    }
    const rings: Position[][] = [];
    ringsRaw.forEach((ringRaw, r) => {
      const where = `${multi ? `polygon ${p} ` : ''}ring ${r}`;
      const ring = checkRing(ringRaw, where, within, fail);
      if (ring) rings.push(ring);
      else ok = false;
    });
    if (rings.length === ringsRaw.length) {
      for (let h = 1; h < rings.length; h++) {
        const q = rings[h]![0]!;
        const outer: Polygon = { type: 'Polygon', coordinates: [rings[0]!] };
        if (!booleanPointInPolygon([q[0]!, q[1]!], outer)) {
          fail(`${multi ? `polygon ${p} ` : ''}hole ${h} is not inside the outer ring`);
          ok = false;
        }
      }
    }
    polys.push(rings);
  });
  if (!ok) return null;
  return multi ? { type: 'MultiPolygon', coordinates: polys } : { type: 'Polygon', coordinates: polys[0]! };
}

function checkRing(
  raw: unknown,
  where: string,
  within: RegionImportOptions['within'],
  fail: (reason: string) => void,
): Position[] | null {
  if (!Array.isArray(raw)) {
    fail(`${where} is not an array of positions`);
    return null;
  }
  const ring: Position[] = [];
  for (let k = 0; k < raw.length; k++) {
    const pos: unknown = raw[k];
    if (!Array.isArray(pos) || pos.length < 2 || !Number.isFinite(pos[0]) || !Number.isFinite(pos[1])) {
      fail(`${where} position ${k} is not a [lng, lat] pair of numbers`);
      return null;
    }
    const [x, y] = [pos[0] as number, pos[1] as number];
    if (x < -180 || x > 180 || y < -90 || y > 90) {
      const hint =
        Math.abs(x) > 1000 || Math.abs(y) > 1000
          ? ' (projected metres? expected WGS-84 lng/lat)'
          : Math.abs(x) <= 90 && Math.abs(y) <= 180
            ? ' (lat/lng swapped? expected [lng, lat])'
            : '';
      fail(`${where} position ${k} [${x}, ${y}] is out of lng/lat range${hint}`);
      return null;
    }
    if (within && (x < within[0] || x > within[2] || y < within[1] || y > within[3])) {
      fail(`${where} position ${k} [${x}, ${y}] is outside the expected area [${within.join(', ')}]`);
      return null;
    }
    const last = ring[ring.length - 1];
    if (!last || last[0] !== x || last[1] !== y) ring.push([x, y]);
  }
  const first = raw[0] as number[] | undefined;
  const end = raw[raw.length - 1] as number[] | undefined;
  if (raw.length < 4) {
    fail(`${where} has ${raw.length} positions; a closed ring needs at least 4`);
    return null;
  }
  if (!first || !end || first[0] !== end[0] || first[1] !== end[1]) {
    fail(`${where} is not closed: the first and last positions differ`);
    return null;
  }
  if (ring.length < 4) {
    fail(`${where} has only ${ring.length - 1} distinct corners; a ring needs at least 3`);
    return null;
  }
  if (ring.length > MAX_RING_POSITIONS) {
    fail(`${where} has ${ring.length} positions; at most ${MAX_RING_POSITIONS} are accepted`);
    return null;
  }
  const crossings = kinks({ type: 'LineString', coordinates: ring }).features;
  if (crossings.length > 0) {
    const c = crossings[0]!.geometry.coordinates;
    fail(`${where} intersects itself near [${c[0]!.toFixed(6)}, ${c[1]!.toFixed(6)}]`);
    return null;
  }
  if (areaM2({ type: 'Polygon', coordinates: [ring] }) < 0.01) {
    fail(`${where} has zero area`);
    return null;
  }
  return ring;
}

/** Pairs of features whose overlap exceeds OVERLAP_TOLERANCE of the smaller one; reported on the later one. */
function findOverlaps(features: readonly ImportedRegionBase[]): GeoJsonProblem[] {
  if (features.length < 2) return [];
  const boxes = features.map((f) => bboxOf(f.geometry));
  const tree = new Flatbush(features.length);
  for (const b of boxes) tree.add(b[0], b[1], b[2], b[3]);
  tree.finish();
  const areas = new Map<number, number>();
  const areaOf = (i: number) => areas.get(i) ?? (areas.set(i, areaM2(features[i]!.geometry)), areas.get(i)!);
  const problems: GeoJsonProblem[] = [];
  features.forEach((f, i) => {
    const b = boxes[i]!;
    const candidates = tree.search(b[0], b[1], b[2], b[3]).filter((j) => {
      if (j >= i) return false;
      const o = boxes[j]!;
      // Boxes that only touch (shared edges of neighbouring grids) cannot overlap.
      return Math.min(b[2], o[2]) > Math.max(b[0], o[0]) && Math.min(b[3], o[3]) > Math.max(b[1], o[1]);
    });
    for (const j of candidates.sort((a, c) => a - c)) {
      const shared = overlapAreaM2(f.geometry, features[j]!.geometry);
      if (shared > OVERLAP_TOLERANCE * Math.min(areaOf(i), areaOf(j))) {
        problems.push({
          index: f.index,
          code: f.code,
          reason: `overlaps ${features[j]!.code} (feature ${features[j]!.index}) by ${Math.round(shared)} m²`,
        });
      }
    }
  });
  return problems;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** Codes may arrive as strings or (from spreadsheet tools) as safe integers. */
function codeValue(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0) return String(v);
  return v === undefined || v === null ? undefined : String(v);
}
