/**
 * Checks of one feature's geometry for region import: shape, ranges, closed simple rings, holes
 * inside their outer ring. Problems are reported through a callback in the file's words.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Polygon, Position } from 'geojson';
import { areaM2, type PolygonGeometry } from './geo-math.ts';
import { findSelfIntersection } from './ring-self-intersection.ts';

/** [minLng, minLat, maxLng, maxLat] every position must fall in. */
export type WithinBox = readonly [number, number, number, number];

/** Checks a geometry; reports through `fail` and returns the normalised geometry or null. */
export function checkGeometry(
  raw: unknown,
  within: WithinBox | undefined,
  fail: (reason: string) => void,
  maxRingPositions: number,
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
      const ring = checkRing(ringRaw, where, within, fail, maxRingPositions);
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
  within: WithinBox | undefined,
  fail: (reason: string) => void,
  maxRingPositions: number,
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
  if (ring.length > maxRingPositions) {
    fail(`${where} has ${ring.length} positions; at most ${maxRingPositions} are accepted`);
    return null;
  }
  const crossing = findSelfIntersection(ring);
  if (crossing) {
    fail(`${where} intersects itself near [${crossing[0].toFixed(6)}, ${crossing[1].toFixed(6)}]`);
    return null;
  }
  if (areaM2({ type: 'Polygon', coordinates: [ring] }) < 0.01) {
    fail(`${where} has zero area`);
    return null;
  }
  return ring;
}

/**
 * Positions in the rings of a feature's geometry as given (repeats included), without checking
 * anything else: cheap enough to run before any other work.
 */
export function rawPositionCount(geometry: unknown): number {
  if (!isObject(geometry)) return 0;
  const depth = geometry.type === 'Polygon' ? 1 : geometry.type === 'MultiPolygon' ? 2 : 0;
  let count = 0;
  const walk = (v: unknown, d: number) => {
    if (!Array.isArray(v)) return;
    if (d === 0) for (const ring of v) count += Array.isArray(ring) ? ring.length : 0;
    else for (const part of v) walk(part, d - 1);
  };
  if (depth > 0) walk(geometry.coordinates, depth - 1);
  return count;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
