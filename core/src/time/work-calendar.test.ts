import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { bj, calendar2025To2026, showBj } from './test-calendars.ts';
import { createWorkCalendar, DEFAULT_TIME_ZONE, workCalendarDataProblems } from './work-calendar.ts';

describe('WorkCalendar', () => {
  const cal = calendar2025To2026();

  it('defaults to Asia/Shanghai and 08:30–12:00, 13:30–17:30 (450 working minutes)', () => {
    expect(cal.timeZone).toBe(DEFAULT_TIME_ZONE);
    expect(cal.windows).toEqual([
      { start: '08:30', end: '12:00' },
      { start: '13:30', end: '17:30' },
    ]);
    expect(cal.workingMinutesPerDay).toBe(450);
  });

  it('lets explicit overrides win over the weekday rule', () => {
    expect(cal.isWorkday('2025-09-26')).toBe(true); // Friday
    expect(cal.isWorkday('2025-09-27')).toBe(false); // Saturday
    expect(cal.isWorkday('2025-09-28')).toBe(true); // Sunday, make-up workday
    expect(cal.isWorkday('2025-10-06')).toBe(false); // Monday, holiday
    expect(cal.isWorkday('2025-10-11')).toBe(true); // Saturday, make-up workday
    expect(cal.isWorkday('2025-10-12')).toBe(false); // Sunday
    expect(cal.isWorkday('2026-02-14')).toBe(true); // Saturday, make-up workday
    expect(cal.isWorkday('2026-02-23')).toBe(false); // Monday, Spring Festival
    expect(cal.dayInfo('2025-09-28')).toMatchObject({ workday: true, decidedBy: 'override', known: true });
    expect(cal.dayInfo('2025-09-29')).toMatchObject({ workday: true, decidedBy: 'weekday' });
  });

  it('knows its known range', () => {
    expect(cal.isKnown('2025-01-01')).toBe(true);
    expect(cal.isKnown('2026-12-31')).toBe(true);
    expect(cal.isKnown('2024-12-31')).toBe(false);
    expect(cal.isKnown('2027-01-01')).toBe(false);
    expect(createWorkCalendar().isKnown('2025-06-01')).toBe(false);
  });

  it('gives the work windows of a day as UTC spans, none on a day off', () => {
    const spans = cal.workSpans('2025-09-28');
    expect(spans.map((s) => [showBj(s.startMs), showBj(s.endMs)])).toEqual([
      ['2025-09-28 08:30', '2025-09-28 12:00'],
      ['2025-09-28 13:30', '2025-09-28 17:30'],
    ]);
    expect(spans[0]!.startMs).toBe(bj('2025-09-28 08:30'));
    expect(cal.workSpans('2025-10-01')).toEqual([]);
    expect(cal.localDateOf(bj('2025-10-01 00:05'))).toBe('2025-10-01');
  });

  it('round-trips its data', () => {
    const data = cal.toData();
    expect(createWorkCalendar(data).toData()).toEqual(data);
  });

  it('rejects bad data with every problem listed', () => {
    const bad = {
      timeZone: 'Nowhere/Town',
      windows: [
        { start: '13:30', end: '12:00' },
        { start: '8:30', end: '12:00' },
      ],
      days: { '2025-02-30': 'holiday', '2025-10-01': 'party' },
      firstKnownDate: '2026-01-01',
      lastKnownDate: '2025-01-01',
    };
    const paths = workCalendarDataProblems(bad).map((p) => p.path);
    expect(paths).toEqual([
      'timeZone',
      'windows[0]',
      'windows[1]',
      'days.2025-02-30',
      'days.2025-10-01',
      'lastKnownDate',
    ]);
    expect(() => createWorkCalendar(bad as never)).toThrow(AppError);
    expect(workCalendarDataProblems({ ...cal.toData(), windows: [] })[0]?.path).toBe('windows');
    const overlapping = [
      { start: '08:30', end: '12:00' },
      { start: '11:00', end: '17:30' },
    ];
    expect(workCalendarDataProblems({ ...cal.toData(), windows: overlapping })[0]?.message).toMatch(
      /overlaps/,
    );
  });

  it('supports other windows and time zones', () => {
    const berlin = createWorkCalendar({
      timeZone: 'Europe/Berlin',
      windows: [{ start: '09:00', end: '17:00' }],
    });
    expect(berlin.workingMinutesPerDay).toBe(480);
    expect(berlin.workSpans('2025-03-31')).toEqual([
      { startMs: Date.parse('2025-03-31T07:00:00Z'), endMs: Date.parse('2025-03-31T15:00:00Z') },
    ]);
  });
});
