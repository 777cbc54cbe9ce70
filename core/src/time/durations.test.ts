import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import {
  addDuration,
  describeDuration,
  elapsedMs,
  parseDuration,
  workingMsBetween,
  workingTimeBetween,
  type Duration,
} from './durations.ts';
import { bj, calendar2025To2026, showBj } from './test-calendars.ts';
import { createWorkCalendar } from './work-calendar.ts';

const cal = calendar2025To2026();
const wm = (amount: number): Duration => ({ amount, unit: 'minute', basis: 'working' });
const wh = (amount: number): Duration => ({ amount, unit: 'hour', basis: 'working' });
const wd = (amount: number): Duration => ({ amount, unit: 'day', basis: 'working' });
const due = (start: string, d: Duration) => showBj(addDuration(cal, bj(start), d).deadlineMs);
const MIN = 60_000;

describe('addDuration, working minutes and hours', () => {
  it('skips the lunch break: 11:50 + 20 working minutes → 13:40', () => {
    expect(due('2025-11-12 11:50', wm(20))).toBe('2025-11-12 13:40');
  });

  it('is due at the end of a window rather than at the next one', () => {
    expect(due('2025-11-12 11:00', wm(60))).toBe('2025-11-12 12:00');
    expect(due('2025-11-12 16:30', wh(1))).toBe('2025-11-12 17:30');
  });

  it('carries a Friday afternoon over the weekend: Fri 16:30 + 2 working hours → Mon 09:30', () => {
    expect(due('2025-11-14 16:30', wh(2))).toBe('2025-11-17 09:30');
  });

  it('starts inside lunch, the night, the early morning or a weekend at the next working moment', () => {
    expect(due('2025-11-12 12:10', wm(30))).toBe('2025-11-12 14:00');
    expect(due('2025-11-12 20:00', wh(1))).toBe('2025-11-13 09:30');
    expect(due('2025-11-13 02:00', wh(1))).toBe('2025-11-13 09:30');
    expect(due('2025-11-13 07:00', wm(30))).toBe('2025-11-13 09:00');
    expect(due('2025-11-15 10:00', wh(1))).toBe('2025-11-17 09:30'); // Saturday
    expect(due('2025-11-12 17:30', wm(1))).toBe('2025-11-13 08:31');
  });

  it('skips the 2025 National Day holiday: Tue Sep 30 16:00 + 4 working hours → Thu Oct 9 11:00', () => {
    const r = addDuration(cal, bj('2025-09-30 16:00'), wh(4));
    expect(showBj(r.deadlineMs)).toBe('2025-10-09 11:00');
    expect(r.usedFallback).toBe(false);
  });

  it('counts the make-up workdays Sun Sep 28 and Sat Oct 11, 2025', () => {
    expect(due('2025-09-26 17:00', wh(1))).toBe('2025-09-28 09:00');
    expect(due('2025-09-27 10:00', wm(30))).toBe('2025-09-28 09:00');
    expect(due('2025-10-10 17:00', wh(1))).toBe('2025-10-11 09:00');
  });

  it('skips the 2026 Spring Festival (Feb 15–23) and counts Sat Feb 14 and Sat Feb 28', () => {
    expect(due('2026-02-13 17:00', wh(1))).toBe('2026-02-14 09:00');
    expect(due('2026-02-14 17:00', wh(2))).toBe('2026-02-24 10:00');
    expect(due('2026-02-27 17:00', wh(1))).toBe('2026-02-28 09:00');
  });
});

describe('addDuration, working days', () => {
  it('keeps the point in the working day: N × 450 working minutes', () => {
    expect(due('2025-11-12 10:00', wd(1))).toBe('2025-11-13 10:00');
    expect(due('2025-11-14 14:00', wd(1))).toBe('2025-11-17 14:00');
    expect(due('2025-09-30 10:00', wd(1))).toBe('2025-10-09 10:00');
    // Thu Feb 12 → Fri 13, Sat 14 (make-up), Tue 24, Wed 25, Thu 26.
    expect(due('2026-02-12 10:00', wd(5))).toBe('2026-02-26 10:00');
  });

  it('from the start of a working day is due at its end; from outside working time at the next end', () => {
    expect(due('2025-11-12 08:30', wd(1))).toBe('2025-11-12 17:30');
    expect(due('2025-11-14 19:00', wd(1))).toBe('2025-11-17 17:30');
    expect(due('2025-11-12 12:30', wd(1))).toBe('2025-11-13 12:00');
  });
});

describe('addDuration, natural time and the calendar range', () => {
  it('ignores calendars for natural limits', () => {
    const hours = addDuration(cal, bj('2025-09-30 16:00'), { amount: 2, unit: 'hour', basis: 'natural' });
    expect(showBj(hours.deadlineMs)).toBe('2025-09-30 18:00');
    expect(due('2025-10-04 23:30', { amount: 45, unit: 'minute', basis: 'natural' })).toBe(
      '2025-10-05 00:15',
    );
    expect(due('2025-09-30 16:00', { amount: 3, unit: 'day', basis: 'natural' })).toBe('2025-10-03 16:00');
    const far = addDuration(cal, bj('2026-12-31 16:00'), { amount: 2, unit: 'day', basis: 'natural' });
    expect(far.usedFallback).toBe(false);
  });

  it('uses the weekday rule past the last known date and says so', () => {
    const inside = addDuration(cal, bj('2026-12-30 10:00'), wh(1));
    expect(inside).toEqual({ deadlineMs: bj('2026-12-30 11:00'), usedFallback: false });
    // 2027-01-01 is a Friday: a workday by the weekday rule (the real calendar is not known yet).
    const past = addDuration(cal, bj('2026-12-31 16:00'), wh(2));
    expect(showBj(past.deadlineMs)).toBe('2027-01-01 09:00');
    expect(past.usedFallback).toBe(true);
    // A Friday-evening start looks at the unknown weekend too.
    expect(addDuration(cal, bj('2026-12-31 18:00'), wm(10)).usedFallback).toBe(true);
    expect(addDuration(cal, bj('2024-12-31 10:00'), wm(10)).usedFallback).toBe(true);
  });

  it('inverts with workingMsBetween for many starts and limits', () => {
    const limits = [wm(1), wm(20), wh(2), wd(1), wd(5)];
    for (let start = bj('2025-09-24 00:00'); start < bj('2025-10-14 00:00'); start += 97 * MIN) {
      for (const d of limits) {
        const { deadlineMs } = addDuration(cal, start, d);
        const minutes = d.unit === 'minute' ? d.amount : d.unit === 'hour' ? d.amount * 60 : d.amount * 450;
        expect(workingMsBetween(cal, start, deadlineMs)).toBe(minutes * MIN);
      }
    }
  });
});

describe('elapsed time', () => {
  it('counts only working time on the working basis', () => {
    expect(workingMsBetween(cal, bj('2025-11-12 11:50'), bj('2025-11-12 13:40'))).toBe(20 * MIN);
    expect(workingMsBetween(cal, bj('2025-11-14 17:00'), bj('2025-11-17 09:00'))).toBe(60 * MIN);
    expect(workingMsBetween(cal, bj('2025-09-30 16:00'), bj('2025-10-09 11:00'))).toBe(240 * MIN);
    expect(workingMsBetween(cal, bj('2025-09-27 00:00'), bj('2025-09-29 00:00'))).toBe(450 * MIN);
    expect(workingMsBetween(cal, bj('2025-11-13 00:00'), bj('2025-11-12 00:00'))).toBe(0);
    expect(workingTimeBetween(cal, bj('2026-12-31 09:00'), bj('2027-01-04 09:00'))).toEqual({
      ms: (420 + 450 + 30) * MIN,
      usedFallback: true,
    });
  });

  it('elapsedMs switches on the basis', () => {
    const from = bj('2025-11-14 17:00');
    const to = bj('2025-11-17 09:00');
    expect(elapsedMs(cal, from, to, 'working')).toBe(60 * MIN);
    expect(elapsedMs(cal, from, to, 'natural')).toBe(64 * 60 * MIN);
    expect(elapsedMs(cal, to, from, 'natural')).toBe(0);
  });
});

describe('Duration values', () => {
  it('parses valid durations and rejects the rest', () => {
    expect(parseDuration({ amount: 5, unit: 'day', basis: 'working' })).toEqual(wd(5));
    for (const bad of [
      null,
      { amount: 0, unit: 'hour', basis: 'working' },
      { amount: 1.5, unit: 'hour', basis: 'working' },
      { amount: 2, unit: 'week', basis: 'working' },
      { amount: 2, unit: 'hour', basis: 'lunar' },
      { amount: 2, unit: 'hour', basis: 'working', ammount: 3 },
    ]) {
      expect(() => parseDuration(bad, 'limit')).toThrow(AppError);
    }
    expect(() =>
      addDuration(cal, bj('2025-11-12 10:00'), { amount: -1, unit: 'hour', basis: 'working' }),
    ).toThrow(/positive integer/);
  });

  it('describes durations', () => {
    expect(describeDuration(wm(60))).toBe('60 个工作分钟');
    expect(describeDuration(wd(5))).toBe('5 个工作日');
    expect(describeDuration({ amount: 2, unit: 'hour', basis: 'natural' })).toBe('2 小时');
    expect(describeDuration(wd(1), 'en')).toBe('1 working day');
    expect(describeDuration({ amount: 2, unit: 'hour', basis: 'natural' }, 'en')).toBe('2 hours');
  });

  it('gives up on a calendar without working time', () => {
    const days: Record<string, 'holiday'> = {};
    for (let d = Date.UTC(2025, 0, 1); d < Date.UTC(2036, 0, 1); d += 86_400_000) {
      days[new Date(d).toISOString().slice(0, 10)] = 'holiday';
    }
    const never = createWorkCalendar({ days, firstKnownDate: '2025-01-01', lastKnownDate: '2035-12-31' });
    expect(() => addDuration(never, bj('2025-11-12 10:00'), wm(1))).toThrow(/no working time/);
  });
});
