import { describe, expect, it } from 'vitest';
import { dayOf, monthBuckets, periodOf, shareOf } from './dashboard-period.ts';

const TZ = 'Asia/Shanghai';
/** Shanghai wall time as UTC: always 8 hours earlier. */
const sh = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h - 8);
const NOW = sh(2026, 5, 6, 12);

describe('dashboard periods', () => {
  it('defaults to the month of to, up to today; or to a number of days', () => {
    expect(periodOf(TZ, NOW, {})).toEqual({
      from: '2026-05-01',
      to: '2026-05-06',
      startMs: sh(2026, 5, 1),
      endMs: sh(2026, 5, 7),
    });
    expect(periodOf(TZ, NOW, { to: '2026-02-10' }).from).toBe('2026-02-01');
    expect(periodOf(TZ, NOW, {}, 30).from).toBe('2026-04-07');
    // Shanghai's 00:30 on May 1st is still April 30th in UTC: today is local.
    expect(periodOf(TZ, Date.UTC(2026, 3, 30, 16, 30), {}).from).toBe('2026-05-01');
  });

  it('refuses dates that are none, a reversed period and more than two years, naming the field', () => {
    const fieldOf = (q: { from?: string; to?: string }) => {
      try {
        periodOf(TZ, NOW, q);
        return 'accepted';
      } catch (e) {
        return (e as { details: { path: string }[] }).details[0]!.path;
      }
    };
    expect(fieldOf({ from: '2026-02-29', to: '2026-03-01' })).toBe('querystring/from');
    expect(fieldOf({ from: '2026-03-01', to: '2026-13-01' })).toBe('querystring/to');
    expect(fieldOf({ from: '2026-03-02', to: '2026-03-01' })).toBe('querystring/to');
    // 2024-02-29 → 2025-03-01 is 366 days, → 2026-03-01 365 more: 732 days with both ends.
    expect(fieldOf({ from: '2024-02-29', to: '2026-03-01' })).toBe('querystring/to');
    expect(fieldOf({ from: '2024-03-01', to: '2026-03-01' })).toBe('accepted'); // 731 days
    expect(fieldOf({ from: '2026-03-01', to: '2026-03-01' })).toBe('accepted');
  });

  it('splits a period into local months, clipped at both ends, across a year', () => {
    const p = periodOf(TZ, NOW, { from: '2025-11-15', to: '2026-01-10' });
    expect(monthBuckets(TZ, p)).toEqual([
      { month: '2025-11', startMs: sh(2025, 11, 15), endMs: sh(2025, 12, 1) },
      { month: '2025-12', startMs: sh(2025, 12, 1), endMs: sh(2026, 1, 1) },
      { month: '2026-01', startMs: sh(2026, 1, 1), endMs: sh(2026, 1, 11) },
    ]);
    expect(monthBuckets(TZ, periodOf(TZ, NOW, { from: '2026-05-03', to: '2026-05-03' }))).toEqual([
      { month: '2026-05', startMs: sh(2026, 5, 3), endMs: sh(2026, 5, 4) },
    ]);
  });

  it('gives today as a local day and shares rounded to 4 places', () => {
    expect(dayOf(TZ, NOW)).toEqual({ date: '2026-05-06', startMs: sh(2026, 5, 6), endMs: sh(2026, 5, 7) });
    expect([shareOf(1, 3), shareOf(2, 3), shareOf(0, 0), shareOf(0, 5)]).toEqual([0.3333, 0.6667, null, 0]);
  });
});
