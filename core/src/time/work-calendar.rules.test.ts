import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import {
  createWorkCalendar,
  parseTimeOfDay,
  workCalendarDataProblems,
  workWindowProblems,
} from './work-calendar.ts';

const valid = {
  timeZone: 'Asia/Shanghai',
  windows: [{ start: '08:30', end: '12:00' }],
  days: {},
  firstKnownDate: null,
  lastKnownDate: null,
};

describe('parseTimeOfDay', () => {
  it('reads HH:MM as minutes since midnight, up to 24:00', () => {
    expect(parseTimeOfDay('08:30')).toBe(510);
    expect(parseTimeOfDay('17:30')).toBe(1050);
    expect(parseTimeOfDay('24:00')).toBe(1440);
    expect(parseTimeOfDay('24:30')).toBeNull();
    expect(parseTimeOfDay(['08:30'])).toBeNull();
  });
});

describe('workWindowProblems', () => {
  it('requires at least one window', () => {
    expect(workWindowProblems([])).toEqual([
      { path: 'windows', message: 'at least one work window is required' },
    ]);
  });

  it('rejects a bad start or a bad end alone', () => {
    const msg = 'start and end must be HH:MM between 00:00 and 24:00';
    expect(workWindowProblems([{ start: '08:30', end: '25:00' }])).toEqual([
      { path: 'windows[0]', message: msg },
    ]);
    expect(workWindowProblems([{ start: '8:30', end: '12:00' }])).toEqual([
      { path: 'windows[0]', message: msg },
    ]);
  });

  it('rejects an empty window, allows a window from midnight and windows that touch', () => {
    expect(workWindowProblems([{ start: '09:00', end: '09:00' }])).toEqual([
      { path: 'windows[0]', message: 'ends (09:00) before it starts' },
    ]);
    expect(workWindowProblems([{ start: '00:00', end: '01:00' }])).toEqual([]);
    expect(
      workWindowProblems([
        { start: '08:30', end: '12:00' },
        { start: '12:00', end: '13:00' },
      ]),
    ).toEqual([]);
  });
});

describe('workCalendarDataProblems', () => {
  it('rejects non-objects', () => {
    expect(workCalendarDataProblems(null)).toEqual([{ path: '', message: 'calendar must be an object' }]);
    expect(workCalendarDataProblems('calendar')).toEqual([
      { path: '', message: 'calendar must be an object' },
    ]);
  });

  it('accepts valid data', () => {
    expect(workCalendarDataProblems(valid)).toEqual([]);
    expect(workCalendarDataProblems({ ...valid, names: {} })).toEqual([]);
  });

  it('requires days to be a plain object', () => {
    const problem = [{ path: 'days', message: 'days must be an object of date → kind' }];
    expect(workCalendarDataProblems({ ...valid, days: null })).toEqual(problem);
    expect(workCalendarDataProblems({ ...valid, days: [] })).toEqual(problem);
    expect(workCalendarDataProblems({ ...valid, days: 'none' })).toEqual(problem);
  });

  it('checks day keys and kinds', () => {
    expect(
      workCalendarDataProblems({ ...valid, days: { '2025-02-30': 'holiday', '2025-10-01': 'off' } }),
    ).toEqual([
      { path: 'days.2025-02-30', message: 'not a date (YYYY-MM-DD)' },
      { path: 'days.2025-10-01', message: 'kind must be workday or holiday, got off' },
    ]);
  });

  it('requires names, when given, to be an object', () => {
    const problem = [{ path: 'names', message: 'names must be an object of date → name' }];
    expect(workCalendarDataProblems({ ...valid, names: null })).toEqual(problem);
    expect(workCalendarDataProblems({ ...valid, names: 'x' })).toEqual(problem);
  });

  it('checks the known range', () => {
    const range = (first: unknown, last: unknown) =>
      workCalendarDataProblems({ ...valid, firstKnownDate: first, lastKnownDate: last });
    expect(range('2025-13-01', '2025-12-31')).toEqual([{ path: 'firstKnownDate', message: 'not a date' }]);
    expect(range('2025-01-01', '2025-02-30')).toEqual([{ path: 'lastKnownDate', message: 'not a date' }]);
    // an invalid first date that sorts after the last one: only "not a date"
    expect(range('2025-99-01', '2025-01-01')).toEqual([{ path: 'firstKnownDate', message: 'not a date' }]);
    expect(range('2025-06-01', '1999-13-01')).toEqual([{ path: 'lastKnownDate', message: 'not a date' }]);
    expect(range('2025-01-01', null)).toEqual([
      { path: 'lastKnownDate', message: 'firstKnownDate and lastKnownDate go together' },
    ]);
    expect(range(null, '2025-12-31')).toEqual([
      { path: 'lastKnownDate', message: 'firstKnownDate and lastKnownDate go together' },
    ]);
    expect(range('2025-06-02', '2025-06-01')).toEqual([
      { path: 'lastKnownDate', message: 'lastKnownDate is before firstKnownDate' },
    ]);
    expect(range('2025-06-01', '2025-06-01')).toEqual([]);
  });
});

describe('WorkCalendar', () => {
  it('throws VALIDATION_FAILED naming the first problem', () => {
    try {
      createWorkCalendar({ windows: [{ start: '09:00', end: '08:00' }] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('VALIDATION_FAILED');
      expect((e as AppError).message).toBe('Invalid work calendar: windows[0] ends (08:00) before it starts');
      expect((e as AppError).details).toEqual({
        problems: [{ path: 'windows[0]', message: 'ends (08:00) before it starts' }],
      });
    }
  });

  it('keeps names only for override dates and shows them in dayInfo', () => {
    const cal = createWorkCalendar({
      days: { '2025-10-01': 'holiday' },
      names: { '2025-10-01': '国庆节', '2025-10-20': '不是假日' },
      firstKnownDate: '2025-01-01',
      lastKnownDate: '2025-12-31',
    });
    expect(cal.toData().names).toEqual({ '2025-10-01': '国庆节' });
    expect(cal.dayInfo('2025-10-01')).toStrictEqual({
      date: '2025-10-01',
      workday: false,
      known: true,
      decidedBy: 'override',
      name: '国庆节',
    });
    // Monday 2025-10-20: no override, so no name
    expect(cal.dayInfo('2025-10-20')).toStrictEqual({
      date: '2025-10-20',
      workday: true,
      known: true,
      decidedBy: 'weekday',
    });
    expect(cal.dayInfo('2026-01-05').known).toBe(false);
  });
});
