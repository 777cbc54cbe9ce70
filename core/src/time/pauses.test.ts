import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { addDuration } from './durations.ts';
import { clipPauses, deadlineAfterPause, effectiveElapsed, pausedMs } from './pauses.ts';
import { bj, calendar2025To2026, showBj } from './test-calendars.ts';

const cal = calendar2025To2026();
const MIN = 60_000;

describe('deadlineAfterPause (挂账)', () => {
  it('shifts a working-basis deadline by the working time paused', () => {
    // Paused Wed 10:00–15:00: 120 + 90 = 210 working minutes.
    const r = deadlineAfterPause(
      cal,
      bj('2025-11-13 16:00'),
      bj('2025-11-12 10:00'),
      bj('2025-11-12 15:00'),
      'working',
    );
    expect(showBj(r.deadlineMs)).toBe('2025-11-14 10:30');
    expect(r.usedFallback).toBe(false);
  });

  it('moves nothing for a pause that only covers a weekend or a holiday', () => {
    const deadline = bj('2025-11-17 10:00');
    const weekend = deadlineAfterPause(
      cal,
      deadline,
      bj('2025-11-14 17:30'),
      bj('2025-11-17 08:30'),
      'working',
    );
    expect(weekend.deadlineMs).toBe(deadline);
    const holiday = deadlineAfterPause(
      cal,
      bj('2025-10-09 11:00'),
      bj('2025-10-01 09:00'),
      bj('2025-10-08 18:00'),
      'working',
    );
    expect(showBj(holiday.deadlineMs)).toBe('2025-10-09 11:00');
  });

  it('equals restarting the remaining working time at resume', () => {
    const start = bj('2025-09-29 14:00');
    const { deadlineMs } = addDuration(cal, start, { amount: 1, unit: 'day', basis: 'working' });
    expect(showBj(deadlineMs)).toBe('2025-09-30 14:00');
    // Suspended Mon 16:00, resumed after the holiday on Oct 9 09:00: 120 working minutes were
    // used before the pause, 330 remain from 09:00 on Oct 9: 180 before lunch, 150 after.
    const r = deadlineAfterPause(cal, deadlineMs, bj('2025-09-29 16:00'), bj('2025-10-09 09:00'), 'working');
    expect(showBj(r.deadlineMs)).toBe('2025-10-09 16:00');
  });

  it('shifts a natural deadline by clock time', () => {
    const r = deadlineAfterPause(
      cal,
      bj('2025-10-01 12:00'),
      bj('2025-10-01 09:00'),
      bj('2025-10-02 10:30'),
      'natural',
    );
    expect(showBj(r.deadlineMs)).toBe('2025-10-02 13:30');
  });

  it('keeps an overdue step exactly as overdue after a pause', () => {
    const deadline = bj('2025-11-12 10:00');
    const r = deadlineAfterPause(cal, deadline, bj('2025-11-12 11:00'), bj('2025-11-13 11:00'), 'working');
    // Overdue by 60 working minutes at the pause; still 60 at the resume.
    expect(showBj(r.deadlineMs)).toBe('2025-11-13 10:00');
  });

  it('rejects a pause that ends before it starts', () => {
    expect(() => deadlineAfterPause(cal, 0, 10, 5, 'working')).toThrow(AppError);
  });
});

describe('effectiveElapsed', () => {
  it('subtracts pauses once, including an open one', () => {
    const start = bj('2025-11-12 08:30');
    const now = bj('2025-11-12 17:30');
    const pauses = [
      { from: bj('2025-11-12 09:00'), to: bj('2025-11-12 10:00') },
      { from: bj('2025-11-12 09:30'), to: bj('2025-11-12 10:30') }, // overlaps the first
      { from: bj('2025-11-12 16:30'), to: null }, // still suspended
    ];
    expect(clipPauses(pauses, start, now)).toEqual([
      [bj('2025-11-12 09:00'), bj('2025-11-12 10:30')],
      [bj('2025-11-12 16:30'), now],
    ]);
    expect(pausedMs(cal, start, now, pauses, 'working')).toBe(150 * MIN);
    expect(effectiveElapsed(cal, start, now, pauses, 'working')).toBe((450 - 150) * MIN);
    expect(effectiveElapsed(cal, start, now, pauses, 'natural')).toBe((540 - 150) * MIN);
    expect(effectiveElapsed(cal, start, now, [], 'working')).toBe(450 * MIN);
  });

  it('ignores pauses outside the interval and returns 0 before the start', () => {
    const start = bj('2025-11-12 08:30');
    expect(
      effectiveElapsed(
        cal,
        start,
        bj('2025-11-12 09:30'),
        [{ from: bj('2025-11-11 09:00'), to: bj('2025-11-11 12:00') }],
        'working',
      ),
    ).toBe(60 * MIN);
    expect(effectiveElapsed(cal, start, bj('2025-11-11 09:30'), [], 'natural')).toBe(0);
  });
});
