import { describe, expect, it } from 'vitest';
import example2027 from '../../../data/calendar/example-2027.csv?raw';
import { AppError } from '../errors.ts';
import { parseCalendarImport } from './calendar-import.ts';
import { importCalendarYear, mergeCalendarYear } from './calendar-merge.ts';
import { addDuration } from './durations.ts';
import { bj, calendar2025To2026, showBj } from './test-calendars.ts';
import { createWorkCalendar } from './work-calendar.ts';

describe('parseCalendarImport, CSV', () => {
  it('reads the shipped 2027 example without problems', () => {
    const r = parseCalendarImport(example2027);
    expect(r.format).toBe('csv');
    expect(r.year).toBe(2027);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.entries.find((e) => e.date === '2027-10-09')).toMatchObject({
      kind: 'workday',
      name: '国庆节补班',
    });
    expect(r.entries.every((e) => e.date.startsWith('2027-'))).toBe(true);
  });

  it('reports bad dates, unknown kinds, duplicates and bad rows with their lines', () => {
    const csv = [
      'date,kind,name', // 1
      '2028-01-01,holiday,元旦', // 2
      '2028-02-30,holiday,春节', // 3
      '2028-01-29,weekend', // 4
      '', // 5
      '# a comment', // 6
      '2028-01-01,workday', // 7
      '2028-01-02', // 8
      '"2028-01-03",休息,"元旦, 延长"', // 9
      '2031-05-01,holiday', // 10
    ].join('\r\n');
    const r = parseCalendarImport(csv);
    expect(r.year).toBe(2028);
    expect(r.errors).toEqual([
      { line: 8, message: 'expected date,kind[,name], got 1 field(s)' },
      { line: 3, message: '"2028-02-30" is not a date (YYYY-MM-DD)' },
      { line: 4, message: '2028-01-29: unknown kind "weekend"; use workday or holiday' },
      { line: 7, message: '2028-01-01 is listed twice (line 7); first on line 2' },
      { line: 10, message: '2031-05-01 is not in or next to the imported year 2028' },
    ]);
    expect(r.entries.find((e) => e.date === '2028-01-03')).toEqual({
      date: '2028-01-03',
      kind: 'holiday',
      name: '元旦, 延长',
      line: 9,
    });
  });

  it('accepts Chinese kinds, a year comment and spill-over dates of a neighbouring year', () => {
    const r = parseCalendarImport(
      '# year: 2018\n2017-12-30,放假,元旦\n2017-12-31,放假,元旦\n2018-01-01,放假,元旦\n2018-02-11,补班\n',
    );
    expect(r.year).toBe(2018);
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => e.kind)).toEqual(['holiday', 'holiday', 'holiday', 'workday']);
    expect(r.warnings.map((w) => w.line)).toEqual([2, 3]);
  });

  it('refuses an empty file and warns when a year has no holidays', () => {
    expect(parseCalendarImport('date,kind\n').errors).toEqual([
      { line: null, message: 'no entries to import' },
    ]);
    expect(parseCalendarImport('2028-01-08,workday').warnings[0]?.message).toMatch(/no holidays in 2028/);
  });
});

describe('parseCalendarImport, JSON', () => {
  it('reads the days object form with line numbers and catches duplicate keys', () => {
    const json = `{
  "year": 2027,
  "days": {
    "2027-01-01": "holiday",
    "2027-01-31": { "kind": "workday", "name": "春节补班" },
    "2027-02-29": "holiday",
    "2027-01-01": "holiday",
    "2027-02-05": "off"
  }
}`;
    const r = parseCalendarImport(json);
    expect(r.format).toBe('json');
    expect(r.year).toBe(2027);
    expect(r.entries.map((e) => [e.date, e.kind, e.line])).toEqual([
      ['2027-01-01', 'holiday', 4],
      ['2027-01-31', 'workday', 5],
    ]);
    expect(r.errors.map((e) => e.line)).toEqual([6, 7, 8]);
    expect(r.errors[1]!.message).toBe('2027-01-01 is listed twice (line 7); first on line 4');
  });

  it('reads arrays of entries, and parsed objects without line numbers', () => {
    const text =
      '[\n {"date": "2027-10-01", "kind": "holiday", "name": "国庆节"},\n {"date": "2027-10-09", "kind": "workday"}\n]';
    const r = parseCalendarImport(text);
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => e.line)).toEqual([2, 3]);
    const parsed = parseCalendarImport({
      days: [
        { date: '2027-10-01', kind: 'holiday' },
        { date: 'soon', kind: 'holiday' },
      ],
    });
    expect(parsed.entries).toEqual([{ date: '2027-10-01', kind: 'holiday', line: null }]);
    expect(parsed.errors).toEqual([{ line: null, message: '"soon" is not a date (YYYY-MM-DD)' }]);
  });

  it('reports syntax errors and unexpected shapes by line', () => {
    expect(parseCalendarImport('{\n  "days": {\n    "2027-01-01": holiday\n  }\n}').errors).toEqual([
      { line: 3, message: 'invalid JSON: unexpected "h" (line 3)' },
    ]);
    expect(parseCalendarImport('{"dayz": {}}').errors.map((e) => e.message)).toEqual([
      'unknown field "dayz"',
      'missing "days"',
    ]);
    expect(parseCalendarImport({ year: 1800, days: {} }).errors[0]?.message).toMatch(/year must be/);
  });
});

describe('mergeCalendarYear', () => {
  const base = calendar2025To2026().toData();

  it('extends the known range, after which 2027 deadlines no longer use the fallback', () => {
    const merged = importCalendarYear(base, example2027);
    expect(merged).toMatchObject({ year: 2027, added: 34, changed: 0, removed: 0, warnings: [] });
    expect(merged.data.firstKnownDate).toBe('2025-01-01');
    expect(merged.data.lastKnownDate).toBe('2027-12-31');
    expect(merged.data.names?.['2027-01-01']).toBe('元旦');
    const cal = createWorkCalendar(merged.data);
    expect(cal.isWorkday('2027-01-01')).toBe(false);
    expect(cal.isWorkday('2027-01-31')).toBe(true);
    const r = addDuration(cal, bj('2026-12-31 16:00'), { amount: 2, unit: 'hour', basis: 'working' });
    expect(showBj(r.deadlineMs)).toBe('2027-01-04 09:00');
    expect(r.usedFallback).toBe(false);
    expect(cal.isWorkday('2025-09-28')).toBe(true); // earlier years untouched
  });

  it('replaces a year on re-import', () => {
    const first = importCalendarYear(base, example2027).data;
    const again = mergeCalendarYear(first, {
      year: 2027,
      entries: [
        { date: '2027-01-01', kind: 'holiday' },
        { date: '2027-01-04', kind: 'holiday', name: '元旦' },
      ],
    });
    expect(again).toMatchObject({ added: 1, changed: 0, removed: 33 });
    expect(Object.keys(again.data.days).filter((d) => d.startsWith('2027'))).toEqual([
      '2027-01-01',
      '2027-01-04',
    ]);
    expect(again.data.names?.['2027-01-01']).toBeUndefined();
  });

  it('refuses a year that would leave a gap, and imports with errors', () => {
    expect(() => mergeCalendarYear(base, { year: 2028, entries: [] })).toThrow(/gap/);
    expect(() => mergeCalendarYear(base, { year: 2023, entries: [] })).toThrow(/gap/);
    expect(mergeCalendarYear(base, { year: 2024, entries: [] }).data.firstKnownDate).toBe('2024-01-01');
    try {
      importCalendarYear(base, 'date,kind\n2027-02-30,holiday\n');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).message).toBe(
        'Calendar import rejected: line 2: "2027-02-30" is not a date (YYYY-MM-DD)',
      );
      expect((e as AppError).details).toEqual({
        errors: [{ line: 2, message: '"2027-02-30" is not a date (YYYY-MM-DD)' }],
      });
    }
  });

  it('starts a calendar from nothing', () => {
    const empty = createWorkCalendar().toData();
    const r = importCalendarYear(empty, example2027);
    expect([r.data.firstKnownDate, r.data.lastKnownDate]).toEqual(['2027-01-01', '2027-12-31']);
  });
});
