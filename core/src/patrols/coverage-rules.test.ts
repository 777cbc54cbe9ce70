import { describe, expect, it } from 'vitest';
import {
  blindSpots,
  coveragePeriod,
  GRID_PATROL_EVERY_DAYS,
  gridCoverage,
  isOverdue,
  patrolCoverage,
  periodProblems,
  requiredCount,
  sourceCoverage,
} from './coverage-rules.ts';

const DAY = 86_400_000;

describe('coverage period', () => {
  it('runs from the first day 00:00 to the day after the last, 00:00, local time', () => {
    // Asia/Shanghai is UTC+8: 2026-03-02 00:00 local is 2026-03-01 16:00 UTC.
    const p = coveragePeriod('Asia/Shanghai', '2026-03-02', '2026-03-08');
    expect(p).toEqual({
      from: '2026-03-02',
      to: '2026-03-08',
      startMs: Date.UTC(2026, 2, 1, 16),
      endMs: Date.UTC(2026, 2, 8, 16),
      days: 7,
    });
  });

  it('refuses bad dates, reversed periods and periods over a year', () => {
    expect(periodProblems('2026-02-30', '2026-03-01')).toEqual([
      { field: 'from', message: 'must be a date YYYY-MM-DD' },
    ]);
    expect(periodProblems('2026-03-02', '2026-03-01')).toEqual([
      { field: 'to', message: 'must not be before from' },
    ]);
    expect(periodProblems('2026-01-01', '2027-01-01')).toEqual([]); // 366 days
    expect(periodProblems('2026-01-01', '2027-01-02')).toHaveLength(1);
  });
});

describe('required counts', () => {
  it('asks one patrol a week, rounded up', () => {
    expect(GRID_PATROL_EVERY_DAYS).toBe(7);
    expect([1, 7, 8, 14, 15, 31].map((d) => requiredCount(d, 7))).toEqual([1, 1, 2, 2, 3, 5]);
    expect(requiredCount(31, 30)).toBe(2);
  });

  it('counts a grid covered when its patrols reach the requirement', () => {
    const rows = gridCoverage(
      [
        { code: 'g1', streetCode: 's1', supervisorId: 'u1', patrols: 2 },
        { code: 'g2', streetCode: 's1', supervisorId: 'u1', patrols: 1 },
        { code: 'g3', streetCode: 's2', supervisorId: null, patrols: 0 },
      ],
      8,
    );
    expect(rows.map((r) => [r.code, r.required, r.covered])).toEqual([
      ['g1', 2, true],
      ['g2', 2, false],
      ['g3', 2, false],
    ]);
  });
});

describe('overdue sources', () => {
  const end = 100 * DAY;
  it('is overdue with no inspection in the last inspectionEveryDays days before the end', () => {
    expect(isOverdue(end - 7 * DAY, 7, end, end + DAY)).toBe(false);
    expect(isOverdue(end - 7 * DAY - 1, 7, end, end + DAY)).toBe(true);
    expect(isOverdue(null, 7, end, end + DAY)).toBe(true);
  });

  it('measures from now when the period has not ended', () => {
    const now = end - 3 * DAY;
    expect(isOverdue(now - 7 * DAY, 7, end, now)).toBe(false);
    expect(isOverdue(end - 8 * DAY, 7, end, now)).toBe(false);
    expect(isOverdue(now - 7 * DAY - 1, 7, end, now)).toBe(true);
  });

  it('lists uncovered grids and overdue sources as blind spots', () => {
    const sources = sourceCoverage(
      [
        { id: 'k', inspectionEveryDays: 7, inspections: 1, lastInspectedAt: end - DAY },
        { id: 'g', inspectionEveryDays: 30, inspections: 0, lastInspectedAt: end - 20 * DAY },
        { id: 'n', inspectionEveryDays: 7, inspections: 0, lastInspectedAt: null },
      ],
      { days: 14, endMs: end },
      end + DAY,
    );
    expect(sources.map((s) => [s.id, s.required, s.overdue])).toEqual([
      ['k', 2, false],
      ['g', 1, false],
      ['n', 2, true],
    ]);
    expect(
      blindSpots(
        [
          { code: 'b', covered: false },
          { code: 'a', covered: false },
          { code: 'c', covered: true },
        ],
        sources,
      ),
    ).toEqual({ grids: ['a', 'b'], sources: ['n'] });
  });
});

describe('patrolCoverage', () => {
  it('gives covered / required grids overall, per street and per supervisor', () => {
    const r = patrolCoverage([
      { streetCode: 's1', supervisorId: 'u1', required: 1, covered: true },
      { streetCode: 's1', supervisorId: 'u1', required: 1, covered: false },
      { streetCode: 's1', supervisorId: 'u2', required: 1, covered: true },
      { streetCode: 's2', supervisorId: null, required: 1, covered: false },
    ]);
    expect(r.overall).toEqual({ covered: 2, required: 4, share: 0.5 });
    expect(r.streets).toEqual([
      { streetCode: 's1', covered: 2, required: 3, share: 2 / 3 },
      { streetCode: 's2', covered: 0, required: 1, share: 0 },
    ]);
    expect(r.supervisors).toEqual([
      { userId: 'u1', covered: 1, required: 2, share: 0.5 },
      { userId: 'u2', covered: 1, required: 1, share: 1 },
    ]);
    expect(patrolCoverage([]).overall).toEqual({ covered: 0, required: 0, share: null });
  });
});
