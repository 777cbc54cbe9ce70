/**
 * Validation of a GeoJSON FeatureCollection of streets, communities or unit grids for import
 * (WGS-84 lng/lat, docs/domain.md). Every problem of every feature is collected, each with the
 * feature's index (−1 for the file as a whole) and its code when known, so an admin can fix the
 * file in one go. On success the features come back parsed and normalised (2-D positions,
 * consecutive duplicate positions removed). A file over one of {@link REGION_IMPORT_LIMITS} gets a
 * single problem for the file as a whole, and `limit` says which.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { childParentProblem, formatGridSequence, regionCodeProblem } from '../codes/region-codes.ts';
import { centroidOf, shareInside, type PolygonGeometry } from './geo-math.ts';
import { checkGeometry, rawPositionCount, type WithinBox } from './geojson-geometry.ts';
import {
  findOverlaps,
  findStoredOverlaps,
  OverlayBudget,
  OverlayBudgetExceeded,
  type StoredRegion,
} from './region-overlaps.ts';

export { OVERLAP_TOLERANCE, type StoredRegion } from './region-overlaps.ts';

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

/** Which import limit a file exceeded, for clients that act on it (`actual` is at least this much). */
export interface ImportLimitExceeded {
  name: 'features' | 'positions' | 'overlayPositions';
  max: number;
  actual: number;
}

export type GeoJsonValidation<T> =
  { ok: true; features: T[] } | { ok: false; problems: GeoJsonProblem[]; limit?: ImportLimitExceeded };

export interface RegionImportLimits {
  maxFeatures: number;
  /** All positions of all rings of the file, repeats and closing positions included. */
  maxPositions: number;
  maxRingPositions: number;
  /** Positions handed to polygon overlays (parent and overlap checks, after clipping to the area concerned). */
  maxOverlayPositions: number;
}

/**
 * Work bounds of one import. Positions are counted before anything else is looked at; the
 * overlap checks (polygon overlays, the costly part) stop once they have handled
 * `maxOverlayPositions`, so no file can keep the checker busy for long, however it is shaped.
 */
export const REGION_IMPORT_LIMITS: Readonly<RegionImportLimits> = {
  maxFeatures: 20_000,
  maxPositions: 200_000,
  maxRingPositions: 10_000,
  maxOverlayPositions: 1_000_000,
};

export interface RegionImportOptions {
  /** Every code must lie in this district (6 digits), e.g. '110101'. */
  districtCode?: string;
  /** Parent codes that exist (street codes for communities, community codes for grids). */
  knownParents?: Iterable<string>;
  /** Parent polygons by code: each feature must lie inside its parent (see {@link INSIDE_RULE}). */
  parentGeometries?: ReadonlyMap<string, PolygonGeometry>;
  /** Every position must fall in this [minLng, minLat, maxLng, maxLat] box (e.g. the city). */
  within?: WithinBox;
  /** Report features of the file that overlap each other or `stored` (default true). */
  checkOverlaps?: boolean;
  /**
   * Regions of the same kind already stored: a feature overlapping one whose code the file does
   * not carry is a problem (a stored region with a code in the file is being replaced).
   */
  stored?: readonly StoredRegion[];
  /** Lower limits than {@link REGION_IMPORT_LIMITS}, e.g. for tests. */
  limits?: Partial<RegionImportLimits>;
}

/**
 * A feature counts as inside its parent when ≥ 99% of its area is, or when its centroid is and
 * ≥ 90% of its area is (tolerates boundaries digitised separately).
 */
export const INSIDE_RULE = { minShare: 0.99, minShareWithCentroid: 0.9 } as const;
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
  const limits = { ...REGION_IMPORT_LIMITS, ...options.limits };
  const fileProblem = (reason: string) => ({ ok: false as const, problems: [{ index: -1, reason }] });
  if (!isObject(input) || input.type !== 'FeatureCollection')
    return fileProblem('expected a GeoJSON FeatureCollection');
  if (!Array.isArray(input.features)) return fileProblem('FeatureCollection has no features array');
  if (input.features.length === 0) return fileProblem('FeatureCollection has no features');
  const tooBig = importSizeProblem(input, limits);
  if (tooBig) return tooBig;
  if (options.districtCode !== undefined) {
    const bad = regionCodeProblem(options.districtCode, 'district');
    if (bad) return fileProblem(bad);
  }
  const known = options.knownParents ? new Set(options.knownParents) : null;

  const parsed: Array<ImportedRegionByKind[K]> = [];
  const firstIndexOfCode = new Map<string, number>();
  const budget = new OverlayBudget(limits.maxOverlayPositions);
  // The budget throws from inside the parent and overlap checks and ends the whole check.
  try {
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
      const geometry = checkGeometry(raw.geometry, options.within, fail, limits.maxRingPositions);
      if (geometry && parentCode && options.parentGeometries?.has(parentCode)) {
        const parent = options.parentGeometries.get(parentCode)!;
        const share = shareInside(geometry, parent, budget.spend);
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

    if (options.checkOverlaps ?? true) {
      problems.push(...findOverlaps(parsed, budget));
      if (options.stored) {
        const replaced = new Set(firstIndexOfCode.keys());
        problems.push(...findStoredOverlaps(parsed, options.stored, replaced, budget, kind));
      }
    }
  } catch (e) {
    if (!(e instanceof OverlayBudgetExceeded)) throw e;
    return limitProblem(
      `the parent and overlap checks of this file need polygon overlays of more than ${fmt(e.max)} positions, the most one import may use: split the file or simplify its shapes`,
      { name: 'overlayPositions', max: e.max, actual: e.spent },
    );
  }
  problems.sort((a, b) => a.index - b.index);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, features: parsed };
}

/**
 * The file-level problem of a collection over the feature or position limit, or null. Cheap (one
 * pass over the arrays, nothing parsed), so a server can run it before handing the file on.
 */
export function importSizeProblem(
  input: unknown,
  limits: Pick<RegionImportLimits, 'maxFeatures' | 'maxPositions'> = REGION_IMPORT_LIMITS,
): (GeoJsonValidation<never> & { ok: false; limit: ImportLimitExceeded }) | null {
  const features: unknown[] = isObject(input) && Array.isArray(input.features) ? input.features : [];
  if (features.length > limits.maxFeatures) {
    return limitProblem(
      `the file has ${fmt(features.length)} features; at most ${fmt(limits.maxFeatures)} are accepted in one import`,
      { name: 'features', max: limits.maxFeatures, actual: features.length },
    );
  }
  let positions = 0;
  for (const f of features) positions += isObject(f) ? rawPositionCount(f.geometry) : 0;
  if (positions > limits.maxPositions) {
    return limitProblem(
      `the file has ${fmt(positions)} positions; at most ${fmt(limits.maxPositions)} are accepted in one import`,
      { name: 'positions', max: limits.maxPositions, actual: positions },
    );
  }
  return null;
}

function limitProblem(reason: string, limit: ImportLimitExceeded) {
  return { ok: false as const, problems: [{ index: -1, reason }], limit };
}

const fmt = (n: number) => n.toLocaleString('en-US');

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Codes may arrive as strings or (from spreadsheet tools) as safe integers. */
function codeValue(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0) return String(v);
  return v === undefined || v === null ? undefined : String(v);
}
