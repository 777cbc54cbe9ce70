// Rule: the sources to inspect are listed nearest first; distances read in metres or kilometres.
import { describe, expect, it } from 'vitest';
import { byDistance, formatDistance, metresBetween } from './patrol-format.ts';

const t = (key: string, p?: Record<string, string | number>) => `${key}:${JSON.stringify(p)}`;

describe('patrol helpers', () => {
  it('measures about 111 m for a thousandth of a degree of latitude', () => {
    expect(metresBetween({ lng: 116.4, lat: 39.9 }, { lng: 116.4, lat: 39.901 })).toBeCloseTo(111.2, 0);
  });

  it('orders sources nearest first, and keeps the order without a position', () => {
    const items = [
      { id: 'far', location: { lng: 116.41, lat: 39.9 } },
      { id: 'near', location: { lng: 116.401, lat: 39.9 } },
    ];
    expect(byDistance(items, { lng: 116.4, lat: 39.9 }).map((s) => s.id)).toEqual(['near', 'far']);
    expect(byDistance(items, null).map((s) => [s.id, s.distanceM])).toEqual([
      ['far', null],
      ['near', null],
    ]);
  });

  it('writes metres below a kilometre and kilometres above', () => {
    expect(formatDistance(349.6, t)).toBe('patrol.distanceM:{"m":350}');
    expect(formatDistance(1234, t)).toBe('patrol.distanceKm:{"km":"1.2"}');
  });
});
