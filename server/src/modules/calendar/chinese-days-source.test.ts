import {
  addDuration,
  addLocalDays,
  createWorkCalendar,
  deadlineAfterPause,
  trafficLight,
  workingMsBetween,
  type Duration,
} from '@envgrid/core';
import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import {
  calendarDaysFromChineseDays,
  chineseDaysCalendarData,
  loadChineseDaysData,
} from './chinese-days-source.ts';

/** UTC ms of a Beijing wall-clock time `YYYY-MM-DD HH:MM`. */
const bj = (local: string) => Date.parse(`${local.replace(' ', 'T')}:00+08:00`);
const fmt = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});
const showBj = (ms: number) => fmt.format(ms);
const wh = (amount: number): Duration => ({ amount, unit: 'hour', basis: 'working' });
const MIN = 60_000;

const calendar = createWorkCalendar(chineseDaysCalendarData());

describe('calendar from chinese-days', () => {
  it('covers the package years, 2004–2026', () => {
    const source = calendarDaysFromChineseDays();
    expect(source.firstKnownDate).toBe('2004-01-01');
    expect(source.lastKnownDate).toBe('2026-12-31');
    expect(source.years).toHaveLength(23);
    expect(calendar.isKnown('2026-12-31')).toBe(true);
    expect(calendar.isKnown('2027-01-01')).toBe(false);
  });

  it('agrees with the package on every date it covers', () => {
    const mismatches: string[] = [];
    for (let date = '2004-01-01'; date <= '2026-12-31'; date = addLocalDays(date, 1)) {
      if (calendar.isWorkday(date) !== chineseDays.isWorkday(date)) mismatches.push(date);
    }
    expect(mismatches).toEqual([]);
  });

  it('keeps only overrides that change the weekday rule', () => {
    const { days, names } = calendarDaysFromChineseDays();
    for (const [date, kind] of Object.entries(days)) {
      const weekend = [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
      expect(kind === 'holiday' ? !weekend : weekend, date).toBe(true);
    }
    expect(names['2025-10-01']).toBe('国庆节');
    expect(names['2025-10-06']).toBe('中秋');
    expect(days['2025-10-04']).toBeUndefined(); // a Saturday inside the holiday
  });

  it('has the 2025 National Day holiday: Oct 1–8 off, Sun Sep 28 and Sat Oct 11 worked', () => {
    const { days } = calendarDaysFromChineseDays();
    expect(Object.entries(days).filter(([d]) => d >= '2025-09-20' && d <= '2025-10-20')).toEqual([
      ['2025-09-28', 'workday'],
      ['2025-10-01', 'holiday'],
      ['2025-10-02', 'holiday'],
      ['2025-10-03', 'holiday'],
      ['2025-10-06', 'holiday'],
      ['2025-10-07', 'holiday'],
      ['2025-10-08', 'holiday'],
      ['2025-10-11', 'workday'],
    ]);
    const r = addDuration(calendar, bj('2025-09-30 16:00'), wh(4));
    expect(showBj(r.deadlineMs)).toBe('2025-10-09 11:00');
    expect(r.usedFallback).toBe(false);
    expect(showBj(addDuration(calendar, bj('2025-09-26 17:00'), wh(1)).deadlineMs)).toBe('2025-09-28 09:00');
    expect(showBj(addDuration(calendar, bj('2025-10-10 17:00'), wh(1)).deadlineMs)).toBe('2025-10-11 09:00');
  });

  it('has the 2026 Spring Festival: Feb 15–23 off, Sat Feb 14 and Sat Feb 28 worked', () => {
    const raw = loadChineseDaysData();
    const holidays = Object.keys(raw.holidays).filter((d) => d >= '2026-02-01' && d < '2026-03-01');
    expect(holidays.sort()).toEqual([
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
    ]);
    expect(
      Object.keys(raw.workdays)
        .filter((d) => d.startsWith('2026-02'))
        .sort(),
    ).toEqual(['2026-02-14', '2026-02-28']);
    expect(showBj(addDuration(calendar, bj('2026-02-14 17:00'), wh(2)).deadlineMs)).toBe('2026-02-24 10:00');
    const fiveDays = addDuration(calendar, bj('2026-02-12 10:00'), {
      amount: 5,
      unit: 'day',
      basis: 'working',
    });
    expect(showBj(fiveDays.deadlineMs)).toBe('2026-02-26 10:00');
    expect(workingMsBetween(calendar, bj('2026-02-13 17:00'), bj('2026-02-24 09:00'))).toBe(
      (30 + 450 + 30) * MIN,
    );
  });

  it('suspends over the 2025 holiday without losing working time', () => {
    const start = bj('2025-09-29 14:00');
    const { deadlineMs } = addDuration(calendar, start, { amount: 1, unit: 'day', basis: 'working' });
    const resumed = deadlineAfterPause(
      calendar,
      deadlineMs,
      bj('2025-09-29 16:00'),
      bj('2025-10-09 09:00'),
      'working',
    );
    expect(showBj(resumed.deadlineMs)).toBe('2025-10-09 16:00');
    const light = trafficLight({
      startMs: start,
      deadlineMs: resumed.deadlineMs,
      nowMs: bj('2025-10-09 14:30'), // 120 + 180 + 60 = 360 of 450 working minutes,
      basis: 'working',
      calendar,
      pauses: [{ from: bj('2025-09-29 16:00'), to: bj('2025-10-09 09:00') }],
    });
    expect(light).toMatchObject({ light: 'yellow', fraction: 0.8, overdue: false });
  });

  it('falls back to the weekday rule after 2026 and says so', () => {
    const r = addDuration(calendar, bj('2026-12-31 16:00'), wh(2));
    expect(showBj(r.deadlineMs)).toBe('2027-01-01 09:00');
    expect(r.usedFallback).toBe(true);
  });

  it('can start at a later year', () => {
    const recent = calendarDaysFromChineseDays(undefined, { fromYear: 2024 });
    expect(recent.firstKnownDate).toBe('2024-01-01');
    expect(Object.keys(recent.days).every((d) => d >= '2024-01-01')).toBe(true);
  });
});
