import type { CaseRecord } from './case-record.ts';
import { isOpenStatus, OPEN_STATUSES, type CaseStatus } from './case-states.ts';

/**
 * The duplicate rule (docs/workflow.md): an open case of the same item reported within 50 m in
 * the last 72 hours may be the same problem, and intake may void the new one as its duplicate.
 */
export const DUPLICATE_RADIUS_M = 50;
export const DUPLICATE_WINDOW_MS = 72 * 3600 * 1000;
const M_PER_DEG_LAT = 111_320;
const EARTH_RADIUS_M = 6_371_008.8;

export interface DuplicateCandidate {
  id: string;
  caseNo: string;
  status: CaseStatus;
  distanceM: number;
  createdAt: number;
}

type Point = { lng: number; lat: number };

/** Great-circle distance in metres (haversine; plenty for 50 m). */
export function distanceM(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
}

/**
 * Where to look for duplicates of a case at `now`, as a query a store can answer with an
 * index: open cases of the same item, inside a box a little larger than the 50 m circle, reported since `since`.
 */
export function duplicateSearch(
  c: Pick<CaseRecord, 'itemCode' | 'location'>,
  now: number,
): {
  itemCode: string;
  statuses: readonly CaseStatus[];
  bbox: [number, number, number, number];
  since: number;
} {
  const dLat = DUPLICATE_RADIUS_M / M_PER_DEG_LAT;
  const dLng = DUPLICATE_RADIUS_M / (M_PER_DEG_LAT * Math.cos((c.location.lat * Math.PI) / 180));
  const { lng, lat } = c.location;
  return {
    itemCode: c.itemCode,
    statuses: OPEN_STATUSES,
    bbox: [lng - dLng, lat - dLat, lng + dLng, lat + dLat],
    since: now - DUPLICATE_WINDOW_MS,
  };
}

/**
 * The duplicates of `c` among `others` (open cases the store found near it): the same item, not
 * the case itself, within 50 m and reported in the 72 hours before `now`; nearest first.
 */
export function rankDuplicates(
  c: Pick<CaseRecord, 'id' | 'itemCode' | 'location'>,
  others: readonly Pick<CaseRecord, 'id' | 'caseNo' | 'status' | 'itemCode' | 'location' | 'createdAt'>[],
  now: number,
): DuplicateCandidate[] {
  return others
    .filter(
      (o) =>
        o.id !== c.id &&
        o.itemCode === c.itemCode &&
        isOpenStatus(o.status) &&
        o.createdAt >= now - DUPLICATE_WINDOW_MS,
    )
    .map((o) => ({
      id: o.id,
      caseNo: o.caseNo,
      status: o.status,
      createdAt: o.createdAt,
      distanceM: Math.round(distanceM(c.location, o.location)),
    }))
    .filter((o) => o.distanceM <= DUPLICATE_RADIUS_M)
    .sort((a, b) => a.distanceM - b.distanceM || a.createdAt - b.createdAt);
}
