import { describe, expect, it } from 'vitest';
import { isCalendarYear, parseCalendarImport } from './calendar-import.ts';

describe('isCalendarYear', () => {
  it('accepts whole years from 1900 to 2199 only', () => {
    expect(isCalendarYear(1900)).toBe(true);
    expect(isCalendarYear(2199)).toBe(true);
    expect(isCalendarYear(1899)).toBe(false);
    expect(isCalendarYear(2200)).toBe(false);
    expect(isCalendarYear(2027.5)).toBe(false);
    expect(isCalendarYear('2027')).toBe(false);
  });
});

describe('parseCalendarImport, CSV rules', () => {
  it('reports unbalanced quotes with their line', () => {
    const r = parseCalendarImport('2027-01-01,holiday\n2027-01-02,"holiday\n');
    expect(r.errors).toEqual([{ line: 2, message: 'unbalanced quotes' }]);
    expect(r.entries.map((e) => e.date)).toEqual(['2027-01-01']);
  });

  it('rejects rows with more than three fields', () => {
    const r = parseCalendarImport('2027-01-01,holiday\n2027-01-02,holiday,元旦,extra\n');
    expect(r.errors).toEqual([{ line: 2, message: 'expected date,kind[,name], got 4 field(s)' }]);
  });

  it('skips a header row only as the first data row, matching the whole first field', () => {
    expect(parseCalendarImport('日期,类型\n2027-01-01,holiday\n').errors).toEqual([]);
    expect(parseCalendarImport('2027-01-01,holiday\ndate,kind\n').errors).toEqual([
      { line: 2, message: '"date" is not a date (YYYY-MM-DD)' },
    ]);
    expect(parseCalendarImport('dates,kind\n2027-01-01,holiday\n').errors).toEqual([
      { line: 1, message: '"dates" is not a date (YYYY-MM-DD)' },
    ]);
    expect(parseCalendarImport('xdate,kind\n2027-01-01,holiday\n').errors).toEqual([
      { line: 1, message: '"xdate" is not a date (YYYY-MM-DD)' },
    ]);
  });

  it('trims lines and fields, and ignores a leading byte-order mark', () => {
    const r = parseCalendarImport('\uFEFF   # year: 2026\n 2027-01-01 , holiday , 元旦 \n');
    expect(r.format).toBe('csv');
    expect(r.year).toBe(2026);
    expect(r.errors).toEqual([]);
    expect(r.entries).toEqual([{ date: '2027-01-01', kind: 'holiday', name: '元旦', line: 2 }]);
    expect(parseCalendarImport('\uFEFF2027-01-01,holiday\n').entries).toEqual([
      { date: '2027-01-01', kind: 'holiday', line: 1 },
    ]);
  });

  it('reads the year comment in its documented spellings only', () => {
    const yearOf = (comment: string) => parseCalendarImport(`${comment}\n2027-01-01,holiday\n`).year;
    expect(yearOf('#year:2026')).toBe(2026);
    expect(yearOf('#  year = 2026')).toBe(2026);
    expect(yearOf('# YEAR : 2026')).toBe(2026);
    expect(yearOf('# year:   2026')).toBe(2026);
    expect(yearOf('## year: 2026')).toBe(2027);
    expect(yearOf('# years: 2026')).toBe(2027);
    expect(yearOf('# year: 2026x')).toBe(2027);
    expect(yearOf('# year: 20261')).toBe(2027);
  });

  it('rejects an out-of-range year from a comment or the options', () => {
    const r = parseCalendarImport('# year: 1800\n2027-01-01,holiday\n');
    expect(r.year).toBeNull();
    expect(r.errors).toEqual([{ line: null, message: 'year must be between 1900 and 2199' }]);
    const o = parseCalendarImport('2027-01-01,holiday\n', { year: 2200 });
    expect(o.year).toBeNull();
    expect(o.errors).toEqual([{ line: null, message: 'year must be between 1900 and 2199' }]);
    expect(o.warnings).toEqual([]);
  });
});

describe('parseCalendarImport, JSON rules', () => {
  it('reports array items that are not objects', () => {
    expect(parseCalendarImport('[1]').errors).toEqual([
      { line: 1, message: 'expected an object {date, kind, name?}' },
    ]);
    expect(parseCalendarImport([1, { date: '2027-01-01', kind: 'holiday' }]).errors).toEqual([
      { line: null, message: 'expected an object {date, kind, name?}' },
    ]);
  });

  it('reports an item at the line of its date, or of the item without one', () => {
    const r = parseCalendarImport(
      '[\n  {\n    "kind": "holiday",\n    "date": "2027-01-01"\n  },\n  {"kind": "holiday"}\n]',
    );
    expect(r.entries).toEqual([{ date: '2027-01-01', kind: 'holiday', line: 4 }]);
    expect(r.errors).toEqual([{ line: 6, message: 'undefined is not a date (YYYY-MM-DD)' }]);
  });

  it('reads names from array items and from object-valued days', () => {
    expect(parseCalendarImport([{ date: '2027-01-01', kind: 'holiday', name: '元旦' }]).entries).toEqual([
      { date: '2027-01-01', kind: 'holiday', name: '元旦', line: null },
    ]);
    expect(
      parseCalendarImport({ days: { '2027-01-01': { kind: 'holiday', name: '元旦' } } }).entries,
    ).toEqual([{ date: '2027-01-01', kind: 'holiday', name: '元旦', line: null }]);
  });

  it('rejects a value that is neither an object nor an array', () => {
    const r = parseCalendarImport(5);
    expect(r.errors).toEqual([
      { line: null, message: 'expected an object with "days" or an array of entries' },
    ]);
    expect(r.entries).toEqual([]);
  });

  it('rejects a year field that is not a calendar year, and days that are not a collection', () => {
    expect(parseCalendarImport({ year: 2027.5, days: { '2027-01-01': 'holiday' } }).errors).toEqual([
      { line: null, message: 'year must be a year between 1900 and 2199' },
    ]);
    expect(parseCalendarImport({ year: '2027', days: { '2027-01-01': 'holiday' } }).errors).toEqual([
      { line: null, message: 'year must be a year between 1900 and 2199' },
    ]);
    expect(parseCalendarImport('{\n  "days": "x"\n}').errors).toEqual([
      { line: 2, message: '"days" must be an object or an array' },
    ]);
  });

  it('ignores fields starting with $ but not fields ending with it', () => {
    expect(parseCalendarImport({ $schema: 'x', days: { '2027-01-01': 'holiday' } }).errors).toEqual([]);
    expect(parseCalendarImport({ x$: 1, days: { '2027-01-01': 'holiday' } }).errors).toEqual([
      { line: null, message: 'unknown field "x$"' },
    ]);
  });

  it('describes non-text kinds and dates as JSON', () => {
    const r = parseCalendarImport([
      { date: '2027-01-01', kind: 5 },
      { date: '2027-01-02', kind: true },
      { date: '2027-01-03', kind: null },
      { date: '2027-01-04', kind: { a: 1 } },
      { date: 20270105, kind: 'holiday' },
      { date: '2027-01-06', kind: () => 1 },
    ]);
    expect(r.errors).toEqual([
      { line: null, message: '2027-01-01: unknown kind 5; use workday or holiday' },
      { line: null, message: '2027-01-02: unknown kind true; use workday or holiday' },
      { line: null, message: '2027-01-03: unknown kind null; use workday or holiday' },
      { line: null, message: '2027-01-04: unknown kind {"a":1}; use workday or holiday' },
      { line: null, message: '20270105 is not a date (YYYY-MM-DD)' },
      { line: null, message: '2027-01-06: unknown kind null; use workday or holiday' },
    ]);
  });

  it('accepts kinds in any case and with blanks', () => {
    expect(parseCalendarImport([{ date: '2027-01-01', kind: ' HOLIDAY ' }]).entries).toEqual([
      { date: '2027-01-01', kind: 'holiday', line: null },
    ]);
  });

  it('treats JSON after leading blanks or a byte-order mark as JSON', () => {
    const blank = parseCalendarImport('  \n{"days": {"2027-01-01": "holiday"}}');
    expect(blank.format).toBe('json');
    expect(blank.errors).toEqual([]);
    const bom = parseCalendarImport('\uFEFF{"days": {"2027-01-01": "holiday"}}');
    expect(bom.format).toBe('json');
    expect(bom.entries).toEqual([{ date: '2027-01-01', kind: 'holiday', line: 1 }]);
  });

  it('reports invalid JSON instead of throwing', () => {
    const r = parseCalendarImport('{"days": ');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.message).toMatch(/^invalid JSON: /);
  });
});

describe('parseCalendarImport, entry rules', () => {
  it('limits names to text of at most 50 characters; null means no name', () => {
    const r = parseCalendarImport([
      { date: '2027-01-01', kind: 'holiday', name: 'a'.repeat(50) },
      { date: '2027-01-02', kind: 'holiday', name: 'b'.repeat(51) },
      { date: '2027-01-03', kind: 'holiday', name: 7 },
      { date: '2027-01-04', kind: 'holiday', name: null },
      { date: '2027-01-05', kind: 'holiday', name: '  元旦  ' },
      { date: '2027-01-06', kind: 'holiday', name: '   ' },
    ]);
    expect(r.errors).toEqual([
      { line: null, message: '2027-01-02: name must be text of at most 50 characters' },
      { line: null, message: '2027-01-03: name must be text of at most 50 characters' },
    ]);
    expect(r.entries).toEqual([
      { date: '2027-01-01', kind: 'holiday', name: 'a'.repeat(50), line: null },
      { date: '2027-01-04', kind: 'holiday', line: null },
      { date: '2027-01-05', kind: 'holiday', name: '元旦', line: null },
      { date: '2027-01-06', kind: 'holiday', line: null },
    ]);
  });

  it('reports a duplicate of an already-parsed object without lines', () => {
    const r = parseCalendarImport([
      { date: '2027-01-01', kind: 'holiday' },
      { date: '2027-01-01', kind: 'workday' },
    ]);
    expect(r.errors).toEqual([{ line: null, message: '2027-01-01 is listed twice; first before' }]);
  });

  it('takes the year most entries fall in, the earliest on a tie', () => {
    const year = (dates: string[]) =>
      parseCalendarImport(dates.map((date) => ({ date, kind: 'holiday' }))).year;
    expect(year(['2027-01-01', '2026-12-30', '2026-12-31'])).toBe(2026);
    expect(year(['2026-12-31', '2027-01-01', '2027-01-02'])).toBe(2027);
    expect(year(['2027-01-01', '2026-12-31'])).toBe(2026);
    expect(year(['2026-12-31', '2027-01-01'])).toBe(2026);
  });

  it('warns about dates of a neighbouring year and a year without holidays', () => {
    const r = parseCalendarImport('# year: 2027\n2026-12-31,holiday\n2027-01-04,workday\n');
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      { line: 2, message: '2026-12-31 belongs to 2026; it is imported with 2027' },
      { line: null, message: 'no holidays in 2027: is this the right file?' },
    ]);
  });

  it('has nothing to warn about when there are no entries', () => {
    const r = parseCalendarImport('# year: 2027\n');
    expect(r.year).toBe(2027);
    expect(r.errors).toEqual([{ line: null, message: 'no entries to import' }]);
    expect(r.warnings).toEqual([]);
  });
});
