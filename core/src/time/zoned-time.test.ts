import { describe, expect, it } from 'vitest';
import {
  addLocalDays,
  daysBetween,
  fromLocal,
  isLocalDate,
  localDateOf,
  timeZoneProblem,
  toLocal,
  weekdayOf,
  zoneOffsetMs,
} from './zoned-time.ts';

describe('local dates', () => {
  it('validates real calendar dates only', () => {
    expect(isLocalDate('2025-10-01')).toBe(true);
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2027-02-29')).toBe(false);
    expect(isLocalDate('2027-13-01')).toBe(false);
    expect(isLocalDate('2027-1-1')).toBe(false);
    expect(isLocalDate(20270101)).toBe(false);
  });

  it('adds days across months and years, and knows the weekday', () => {
    expect(addLocalDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addLocalDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2025-09-28', '2025-10-11')).toBe(13);
    expect(weekdayOf('2025-09-28')).toBe(0); // Sunday
    expect(weekdayOf('2025-10-11')).toBe(6); // Saturday
    expect(weekdayOf('1969-12-31')).toBe(3); // before the epoch: Wednesday
    expect(() => addLocalDays('2025-02-30', 1)).toThrow(/not a date/);
  });
});

describe('time zones via Intl', () => {
  it('derives the Asia/Shanghai offset (+8 h, no DST)', () => {
    expect(zoneOffsetMs('Asia/Shanghai', Date.UTC(2025, 0, 15))).toBe(8 * 3_600_000);
    expect(zoneOffsetMs('Asia/Shanghai', Date.UTC(2025, 6, 15))).toBe(8 * 3_600_000);
  });

  it('maps instants to local dates and back', () => {
    const ms = Date.parse('2025-09-30T16:05:00Z'); // 00:05 on Oct 1 in Beijing
    expect(toLocal('Asia/Shanghai', ms)).toEqual({ date: '2025-10-01', minuteOfDay: 5 });
    expect(localDateOf('UTC', ms)).toBe('2025-09-30');
    expect(fromLocal('Asia/Shanghai', '2025-10-01', 5)).toBe(ms);
    expect(fromLocal('Asia/Shanghai', '2025-10-01', 1440)).toBe(Date.parse('2025-10-01T16:00:00Z'));
  });

  it('follows daylight saving where a zone has it (no fixed offset assumed)', () => {
    // Berlin switched to CEST (+2) on 2025-03-30.
    expect(fromLocal('Europe/Berlin', '2025-03-28', 510)).toBe(Date.parse('2025-03-28T07:30:00Z'));
    expect(fromLocal('Europe/Berlin', '2025-03-31', 510)).toBe(Date.parse('2025-03-31T06:30:00Z'));
    expect(toLocal('Europe/Berlin', Date.parse('2025-03-31T06:30:00Z'))).toEqual({
      date: '2025-03-31',
      minuteOfDay: 510,
    });
  });

  it('rejects unknown zones', () => {
    expect(timeZoneProblem('Asia/Shanghai')).toBeNull();
    expect(timeZoneProblem('Mars/Olympus')).toMatch(/unknown time zone/);
    expect(timeZoneProblem('')).toMatch(/non-empty/);
  });
});
