import type { Repos } from '../../db/repos.ts';
import type { CaseRecord } from './case.repository.ts';

export const DUPLICATE_RADIUS_M = 50;
export const DUPLICATE_WINDOW_MS = 72 * 3600 * 1000;
const M_PER_DEG_LAT = 111_320;

export interface DuplicateCandidate {
  id: string;
  caseNo: string;
  status: string;
  distanceM: number;
  createdAt: number;
}

/** Great-circle distance in metres (haversine; plenty for 50 m). */
export function distanceM(a: { lng: number; lat: number }, b: { lng: number; lat: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

/**
 * Open cases of the same item within 50 m reported in the last 72 h: intake may void the new one
 * as a duplicate. Only cases that `visible` admits are named, so a reporter never learns of
 * cases outside their scope.
 */
export async function findDuplicates(
  repos: Repos,
  c: CaseRecord,
  now: number,
  visible: (other: CaseRecord) => Promise<boolean>,
): Promise<DuplicateCandidate[]> {
  const dLat = DUPLICATE_RADIUS_M / M_PER_DEG_LAT;
  const dLng = DUPLICATE_RADIUS_M / (M_PER_DEG_LAT * Math.cos((c.location.lat * Math.PI) / 180));
  const near = await repos.cases.openNear(
    c.itemCode,
    [c.location.lng - dLng, c.location.lat - dLat, c.location.lng + dLng, c.location.lat + dLat],
    now - DUPLICATE_WINDOW_MS,
  );
  const seen: CaseRecord[] = [];
  for (const o of near) if (o.id !== c.id && (await visible(o))) seen.push(o);
  return seen
    .map((o) => ({
      id: o.id,
      caseNo: o.caseNo,
      status: o.status,
      createdAt: o.createdAt,
      distanceM: Math.round(distanceM(c.location, o.location)),
    }))
    .filter((o) => o.distanceM <= DUPLICATE_RADIUS_M)
    .sort((a, b) => a.distanceM - b.distanceM);
}
