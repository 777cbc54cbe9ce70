import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { addWorkingMs, durationProblem, parseDuration, workingTimeBetween } from './durations.ts';
import { clipPauses, deadlineAfterPause } from './pauses.ts';
import { bj, calendar2025To2026, showBj } from './test-calendars.ts';
import { trafficLight } from './traffic-light.ts';
import { createWorkCalendar } from './work-calendar.ts';

const known = calendar2025To2026();
const unknown = createWorkCalendar(); // no known range: every date uses the weekday fallback

describe('durations', () => {
  it('describes what is wrong with a duration', () => {
    expect(durationProblem(null)).toBe('must be an object {amount, unit, basis}');
    expect(durationProblem({ amount: 10_000_000, unit: 'minute', basis: 'working' })).toBeNull();
    expect(durationProblem({ amount: 10_000_001, unit: 'minute', basis: 'working' })).toBe(
      'amount must be at most 10000000',
    );
    for (const amount of [0, 1.5, '2']) {
      expect(durationProblem({ amount, unit: 'hour', basis: 'working' })).toEqual(expect.any(String));
    }
  });

  it('parseDuration names the field and the problem', () => {
    try {
      parseDuration({ amount: 0, unit: 'hour', basis: 'working' }, 'extension');
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).code).toBe('VALIDATION_FAILED');
      expect((e as AppError).details).toEqual({ field: 'extension', problem: expect.any(String) });
    }
  });

  it('refuses non-finite instants', () => {
    expect(() => addWorkingMs(known, Number.NaN, 60_000)).toThrow('start must be a finite epoch ms');
    expect(() => workingTimeBetween(known, Number.NaN, 0)).toThrow('from must be a finite epoch ms');
    expect(() => workingTimeBetween(known, 0, Number.POSITIVE_INFINITY)).toThrow(
      'to must be a finite epoch ms',
    );
  });

  it('adds no working time without looking at the calendar', () => {
    // Saturday, outside any known range: the deadline is the start itself, no fallback involved
    expect(addWorkingMs(unknown, bj('2030-01-05 20:00'), 0)).toEqual({
      deadlineMs: bj('2030-01-05 20:00'),
      usedFallback: false,
    });
    expect(workingTimeBetween(unknown, bj('2030-01-07 09:00'), bj('2030-01-07 09:00'))).toEqual({
      ms: 0,
      usedFallback: false,
    });
  });
});

describe('pauses', () => {
  it('refuses pauses with a non-finite bound and deadlines that are not instants', () => {
    expect(() =>
      deadlineAfterPause(known, bj('2025-06-03 10:00'), bj('2025-06-02 09:00'), Number.NaN, 'working'),
    ).toThrow('pause bounds must be finite epoch ms');
    expect(() =>
      deadlineAfterPause(known, Number.NaN, bj('2025-06-02 09:00'), bj('2025-06-02 10:00'), 'working'),
    ).toThrow('deadline must be a finite epoch ms');
    expect(() => clipPauses([{ from: Number.NaN, to: null }], 0, 1000)).toThrow('pause start must be finite');
    expect(() => clipPauses([{ from: 0, to: Number.NaN }], 0, 1000)).toThrow(AppError);
  });

  it('a zero-length pause is allowed and shifts nothing', () => {
    const t = bj('2025-06-02 09:00');
    expect(deadlineAfterPause(unknown, bj('2025-06-02 11:00'), t, t, 'natural')).toEqual({
      deadlineMs: bj('2025-06-02 11:00'),
      usedFallback: false,
    });
    expect(clipPauses([{ from: 500, to: 500 }], 0, 1000)).toEqual([]);
  });

  it('reports the fallback when the shifted deadline leaves the known calendar', () => {
    // paused 1 working hour on Wed 2026-12-30; the deadline Thu 17:00 moves past the end of 2026
    const r = deadlineAfterPause(
      known,
      bj('2026-12-31 17:00'),
      bj('2026-12-30 09:00'),
      bj('2026-12-30 10:00'),
      'working',
    );
    expect(showBj(r.deadlineMs)).toBe('2027-01-01 09:00');
    expect(r.usedFallback).toBe(true);
  });

  it('sorts pauses and merges ones that touch', () => {
    expect(
      clipPauses(
        [
          { from: 300, to: 400 },
          { from: 100, to: 200 },
        ],
        0,
        1000,
      ),
    ).toEqual([
      [100, 200],
      [300, 400],
    ]);
    expect(
      clipPauses(
        [
          { from: 100, to: 200 },
          { from: 200, to: 300 },
        ],
        0,
        1000,
      ),
    ).toEqual([[100, 300]]);
  });
});

describe('traffic light edges', () => {
  const base = { calendar: known, basis: 'working' as const };

  it('refuses non-finite instants', () => {
    const ok = { ...base, startMs: bj('2025-06-02 09:00'), deadlineMs: bj('2025-06-02 10:00') };
    expect(() => trafficLight({ ...ok, nowMs: Number.NaN })).toThrow('nowMs must be a finite epoch ms');
    expect(() => trafficLight({ ...ok, startMs: Number.NaN, nowMs: 0 })).toThrow(
      'startMs must be a finite epoch ms',
    );
  });

  it('a zero limit is yellow, fully used, but not overdue at the deadline itself', () => {
    const t = bj('2025-06-02 09:00');
    const r = trafficLight({ ...base, startMs: t, deadlineMs: t, nowMs: t });
    expect(r).toMatchObject({ light: 'yellow', fraction: 1, overdue: false, limitMs: 0 });
  });

  it('a suspension starting exactly now stops the clock; one starting later does not', () => {
    const startMs = bj('2025-06-02 09:00');
    const deadlineMs = bj('2025-06-02 10:00');
    const nowMs = bj('2025-06-02 09:30');
    expect(
      trafficLight({ ...base, startMs, deadlineMs, nowMs, pauses: [{ from: nowMs, to: null }] }).paused,
    ).toBe(true);
    const later = trafficLight({
      ...base,
      startMs,
      deadlineMs,
      nowMs,
      pauses: [{ from: bj('2025-06-02 09:45'), to: null }],
    });
    expect(later).toMatchObject({ paused: false, elapsedMs: 30 * 60_000, fraction: 0.5 });
  });

  it('natural limits never use the fallback; working ones do once time runs past the known range', () => {
    const natural = trafficLight({
      calendar: unknown,
      basis: 'natural',
      startMs: bj('2030-01-07 09:00'),
      deadlineMs: bj('2030-01-07 11:00'),
      nowMs: bj('2030-01-07 10:00'),
    });
    expect(natural).toMatchObject({ usedFallback: false, fraction: 0.5 });
    const inside = trafficLight({
      ...base,
      startMs: bj('2025-06-02 09:00'),
      deadlineMs: bj('2025-06-02 10:00'),
      nowMs: bj('2025-06-02 09:30'),
    });
    expect(inside.usedFallback).toBe(false);
    const pastEnd = trafficLight({
      ...base,
      startMs: bj('2026-12-31 09:00'),
      deadlineMs: bj('2026-12-31 10:00'),
      nowMs: bj('2027-01-04 09:00'),
    });
    expect(pastEnd).toMatchObject({ usedFallback: true, light: 'red', overdue: true });
  });
});
