import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { importCalendarYear, mergeCalendarYear } from './calendar-merge.ts';
import { createWorkCalendar, type WorkCalendarData } from './work-calendar.ts';

const known = (
  firstKnownDate: string | null,
  lastKnownDate: string | null,
  extra: Partial<WorkCalendarData> = {},
): WorkCalendarData => ({
  ...createWorkCalendar().toData(),
  days: {},
  firstKnownDate,
  lastKnownDate,
  ...extra,
});

const caught = (f: () => unknown): AppError => {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
};

describe('mergeCalendarYear rules', () => {
  it('refuses a year outside 1900–2199', () => {
    for (const year of [1899, 2200]) {
      const e = caught(() => mergeCalendarYear(known(null, null), { year, entries: [] }));
      expect(e.code).toBe('VALIDATION_FAILED');
      expect(e.message).toBe('year must be between 1900 and 2199');
    }
  });

  it('explains a gap, counting from the day after the last known date', () => {
    const e = caught(() => mergeCalendarYear(known('2025-01-01', '2026-12-30'), { year: 2027, entries: [] }));
    expect(e.code).toBe('UNPROCESSABLE');
    expect(e.message).toBe(
      'Importing 2027 would leave a gap: the calendar is known from 2025-01-01 to 2026-12-30; import the years in between first',
    );
    const next = mergeCalendarYear(known('2025-01-01', '2026-12-31'), { year: 2027, entries: [] });
    expect([next.data.firstKnownDate, next.data.lastKnownDate]).toEqual(['2025-01-01', '2027-12-31']);
  });

  it('merges into a range known at one end only', () => {
    const r = mergeCalendarYear(known('2025-01-01', null), { year: 2030, entries: [] });
    expect([r.data.firstKnownDate, r.data.lastKnownDate]).toEqual(['2025-01-01', '2030-12-31']);
    const l = mergeCalendarYear(known(null, '2026-12-31'), { year: 2020, entries: [] });
    expect([l.data.firstKnownDate, l.data.lastKnownDate]).toEqual(['2020-01-01', '2026-12-31']);
  });

  it('keeps the known end when importing an earlier year', () => {
    const r = mergeCalendarYear(known('2025-01-01', '2026-12-31'), { year: 2024, entries: [] });
    expect([r.data.firstKnownDate, r.data.lastKnownDate]).toEqual(['2024-01-01', '2026-12-31']);
  });

  it('keeps other years and their names, works without names, and counts changes', () => {
    const withoutNames = known('2026-01-01', '2026-12-31', {
      days: { '2026-10-01': 'holiday', '2026-10-10': 'workday' },
    });
    delete withoutNames.names;
    const r = mergeCalendarYear(withoutNames, {
      year: 2027,
      entries: [{ date: '2027-01-01', kind: 'holiday' }],
    });
    expect(r.data.days).toStrictEqual({
      '2026-10-01': 'holiday',
      '2026-10-10': 'workday',
      '2027-01-01': 'holiday',
    });
    expect(r.data.names).toStrictEqual({});

    const named = known('2026-01-01', '2027-12-31', {
      days: {
        '2026-10-01': 'holiday',
        '2026-10-10': 'workday',
        '2027-01-01': 'holiday',
        '2027-02-01': 'workday',
      },
      names: { '2026-10-01': '国庆节', '2027-01-01': '元旦' },
    });
    const m = mergeCalendarYear(named, {
      year: 2027,
      entries: [
        { date: '2027-01-01', kind: 'holiday' },
        { date: '2027-02-01', kind: 'holiday', name: '春节' },
        { date: '2027-02-02', kind: 'holiday' },
      ],
    });
    expect(m).toMatchObject({ added: 1, changed: 1, removed: 0 });
    expect(m.data.names).toStrictEqual({ '2026-10-01': '国庆节', '2027-02-01': '春节' });
  });
});

describe('importCalendarYear rules', () => {
  it('rejects an import with errors even when it has a year', () => {
    const e = caught(() => importCalendarYear(known(null, null), '2027-01-01,holiday\n2027-01-02,weekend\n'));
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.message).toBe(
      'Calendar import rejected: line 2: 2027-01-02: unknown kind "weekend"; use workday or holiday',
    );
  });

  it('rejects without a line when the problem has none', () => {
    const e = caught(() => importCalendarYear(known(null, null), []));
    expect(e.message).toBe('Calendar import rejected: no entries to import');
    expect(e.details).toEqual({ errors: [{ line: null, message: 'no entries to import' }] });
  });
});
