/** Small pure helpers of the patrol screen: distances and the order of sources to inspect. */
import type { LngLat } from '../../api/case-types.ts';
import type { Translate } from '../../i18n/i18n-context.tsx';

const EARTH_M = 6_371_008.8;

/** Great-circle distance in metres. */
export function metresBetween(a: LngLat, b: LngLat): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** "350 米" below a kilometre, "1.2 公里" above. */
export function formatDistance(m: number, t: Translate): string {
  return m < 1000
    ? t('patrol.distanceM', { m: Math.round(m) })
    : t('patrol.distanceKm', { km: (m / 1000).toFixed(1) });
}

/** Sources nearest first (all of them as they are, without a position). */
export function byDistance<T extends { location: LngLat }>(
  items: readonly T[],
  from: LngLat | null,
): (T & { distanceM: number | null })[] {
  const withD = items.map((s) => ({ ...s, distanceM: from ? metresBetween(from, s.location) : null }));
  return from ? withD.sort((a, b) => a.distanceM! - b.distanceM!) : withD;
}
