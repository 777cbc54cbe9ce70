import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { addDuration } from './durations.ts';
import { deadlineAfterPause } from './pauses.ts';
import { bj, calendar2025To2026 } from './test-calendars.ts';
import { trafficLight } from './traffic-light.ts';

const cal = calendar2025To2026();
const MIN = 60_000;
const HOUR = 60 * MIN;

describe('trafficLight', () => {
  it('natural limit: yellow at exactly 80 %, still yellow at the deadline, red 1 ms later', () => {
    const startMs = bj('2025-10-01 08:00'); // a holiday: natural limits ignore the calendar
    const deadlineMs = startMs + 10 * HOUR;
    const at = (nowMs: number) =>
      trafficLight({ startMs, deadlineMs, nowMs, basis: 'natural', calendar: cal });
    expect(at(startMs)).toMatchObject({
      light: 'green',
      fraction: 0,
      overdue: false,
      remainingMs: 10 * HOUR,
    });
    expect(at(startMs + 8 * HOUR - 1).light).toBe('green');
    expect(at(startMs + 8 * HOUR)).toMatchObject({ light: 'yellow', fraction: 0.8, overdue: false });
    expect(at(deadlineMs)).toMatchObject({ light: 'yellow', fraction: 1, overdue: false, remainingMs: 0 });
    expect(at(deadlineMs + 1)).toMatchObject({ light: 'red', overdue: true, remainingMs: -1 });
    expect(at(startMs - HOUR)).toMatchObject({ light: 'green', fraction: 0 });
  });

  it('working limit: thresholds measured in working time', () => {
    // 60 working minutes from Mon 11:30: 30 before lunch, 30 after → due 14:00.
    const startMs = bj('2025-11-17 11:30');
    const { deadlineMs } = addDuration(cal, startMs, { amount: 60, unit: 'minute', basis: 'working' });
    expect(deadlineMs).toBe(bj('2025-11-17 14:00'));
    const at = (now: string) =>
      trafficLight({ startMs, deadlineMs, nowMs: bj(now), basis: 'working', calendar: cal });
    expect(at('2025-11-17 12:45')).toMatchObject({ light: 'green', fraction: 0.5 }); // lunch: clock stands still
    expect(at('2025-11-17 13:47:59').light).toBe('green');
    expect(at('2025-11-17 13:48')).toMatchObject({ light: 'yellow', fraction: 0.8 });
    expect(at('2025-11-17 14:00')).toMatchObject({ light: 'yellow', fraction: 1, overdue: false });
    expect(at('2025-11-17 14:01')).toMatchObject({ light: 'red', overdue: true, remainingMs: -MIN });
  });

  it('does not turn red over a weekend or a holiday for working limits', () => {
    const startMs = bj('2025-09-30 17:00');
    const { deadlineMs } = addDuration(cal, startMs, { amount: 2, unit: 'hour', basis: 'working' });
    const r = trafficLight({
      startMs,
      deadlineMs,
      nowMs: bj('2025-10-05 12:00'),
      basis: 'working',
      calendar: cal,
    });
    expect(r).toMatchObject({ light: 'green', fraction: 0.25, overdue: false, remainingMs: 90 * MIN });
  });

  it('is red during the lunch break right after a deadline that fell at 12:00', () => {
    const startMs = bj('2025-11-17 11:00');
    const deadlineMs = bj('2025-11-17 12:00');
    const r = trafficLight({
      startMs,
      deadlineMs,
      nowMs: bj('2025-11-17 12:30'),
      basis: 'working',
      calendar: cal,
    });
    expect(r).toMatchObject({ light: 'red', overdue: true, fraction: 1, remainingMs: 0 });
  });

  it('freezes while suspended and never becomes overdue during the pause', () => {
    const startMs = bj('2025-11-17 08:30');
    const deadlineMs = bj('2025-11-17 10:30'); // 2 working hours
    const pauses = [{ from: bj('2025-11-17 10:06'), to: null }]; // at 80 %
    const r = trafficLight({
      startMs,
      deadlineMs,
      nowMs: bj('2025-11-19 09:00'),
      basis: 'working',
      calendar: cal,
      pauses,
    });
    expect(r).toMatchObject({
      light: 'yellow',
      fraction: 0.8,
      overdue: false,
      paused: true,
      remainingMs: 24 * MIN,
    });
  });

  it('stays red while suspended after the deadline had passed', () => {
    const startMs = bj('2025-11-17 08:30');
    const deadlineMs = bj('2025-11-17 09:30');
    const pauses = [{ from: bj('2025-11-17 10:00'), to: null }];
    const r = trafficLight({
      startMs,
      deadlineMs,
      nowMs: bj('2025-11-18 09:00'),
      basis: 'working',
      calendar: cal,
      pauses,
    });
    expect(r).toMatchObject({ light: 'red', overdue: true, paused: true, remainingMs: -30 * MIN });
  });

  it('after resume, uses the shifted deadline and leaves the pause out of both sides', () => {
    const startMs = bj('2025-11-17 08:30');
    const original = bj('2025-11-17 10:30'); // 2 working hours
    const pause = { from: bj('2025-11-17 09:30'), to: bj('2025-11-18 09:30') }; // 450 working minutes
    const { deadlineMs } = deadlineAfterPause(cal, original, pause.from, pause.to, 'working');
    expect(deadlineMs).toBe(bj('2025-11-18 10:30'));
    const nowMs = bj('2025-11-18 10:06');
    const r = trafficLight({ startMs, deadlineMs, nowMs, basis: 'working', calendar: cal, pauses: [pause] });
    expect(r).toMatchObject({ light: 'yellow', fraction: 0.8, limitMs: 120 * MIN, elapsedMs: 96 * MIN });
  });

  it('reports the fallback past the known range, and rejects a deadline before the start', () => {
    const startMs = bj('2026-12-31 16:00');
    const { deadlineMs, usedFallback } = addDuration(cal, startMs, {
      amount: 2,
      unit: 'hour',
      basis: 'working',
    });
    expect(usedFallback).toBe(true);
    const r = trafficLight({
      startMs,
      deadlineMs,
      nowMs: bj('2027-01-01 08:45'),
      basis: 'working',
      calendar: cal,
    });
    expect(r).toMatchObject({ light: 'yellow', usedFallback: true, elapsedMs: 105 * MIN });
    expect(() =>
      trafficLight({ startMs, deadlineMs: startMs - 1, nowMs: startMs, basis: 'working', calendar: cal }),
    ).toThrow(AppError);
  });
});
