import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import type { Duration } from './durations.ts';
import { DEFAULT_TIME_LIMITS, limitFor, parseTimeLimitTable, type TimeLimitTable } from './time-limits.ts';

const w = (amount: number, unit: Duration['unit']): Duration => ({ amount, unit, basis: 'working' });
const n = (amount: number, unit: Duration['unit']): Duration => ({ amount, unit, basis: 'natural' });

/** A table whose urgent rule is "half the normal limit", with no floor. */
const halfNoFloor = (byItem: Record<string, Duration>): TimeLimitTable => ({
  ...DEFAULT_TIME_LIMITS,
  handle: {
    byUrgency: { urgent: { fractionOfNormal: 0.5 }, critical: { fixed: n(2, 'hour') } },
    byItem,
  },
});

const rawTable = () => JSON.parse(JSON.stringify(DEFAULT_TIME_LIMITS)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('urgent limits', () => {
  it('gives whole working days when half the limit is a whole number of (8-hour) days', () => {
    const t = halfNoFloor({ A: w(4, 'day') });
    expect(limitFor(t, 'handle', { itemCode: 'A', urgency: 'urgent', workingMinutesPerDay: 480 })).toEqual(
      w(2, 'day'),
    );
  });

  it('counts natural days as 24 hours whatever the working day', () => {
    const t = halfNoFloor({ B: n(2, 'day') });
    expect(limitFor(t, 'handle', { itemCode: 'B', urgency: 'urgent', workingMinutesPerDay: 480 })).toEqual(
      n(1, 'day'),
    );
  });

  it('keeps a share of an hour or less in minutes, without rounding up', () => {
    const t = halfNoFloor({ C: w(90, 'minute') });
    expect(limitFor(t, 'handle', { itemCode: 'C', urgency: 'urgent' })).toEqual(w(45, 'minute'));
  });

  it('returns the normal limit as written when the floor reaches it', () => {
    // half of 120 minutes is 60, the 2-hour floor lifts it back to 120 = the normal limit
    const t: TimeLimitTable = {
      ...DEFAULT_TIME_LIMITS,
      handle: { ...DEFAULT_TIME_LIMITS.handle, byItem: { D: w(120, 'minute') } },
    };
    expect(limitFor(t, 'handle', { itemCode: 'D', urgency: 'urgent' })).toEqual(w(120, 'minute'));
  });

  it('refuses unknown steps and urgencies', () => {
    expect(() => limitFor(DEFAULT_TIME_LIMITS, 'nap' as never)).toThrow(AppError);
    expect(() => limitFor(DEFAULT_TIME_LIMITS, 'nap' as never)).toThrow('unknown step nap');
    expect(() => limitFor(DEFAULT_TIME_LIMITS, 'handle', { urgency: 'panic' as never })).toThrow(
      'unknown urgency panic',
    );
  });
});

describe('parseTimeLimitTable', () => {
  const problemsOf = (input: unknown): unknown => {
    try {
      parseTimeLimitTable(input);
      return [];
    } catch (e) {
      return ((e as AppError).details as { problems: unknown }).problems;
    }
  };

  it('requires urgency rules to be objects', () => {
    for (const bad of [null, 'half']) {
      const t = rawTable();
      t.handle.byUrgency.urgent = bad;
      expect(problemsOf(t)).toEqual([
        { path: 'handle.byUrgency.urgent', message: 'must be {fixed} or {fractionOfNormal, min?}' },
      ]);
    }
  });

  it('takes a fraction in (0, 1]', () => {
    const at = (f: number) => {
      const t = rawTable();
      t.handle.byUrgency.urgent = { fractionOfNormal: f };
      return problemsOf(t);
    };
    const bad = [{ path: 'handle.byUrgency.urgent.fractionOfNormal', message: 'must be a number in (0, 1]' }];
    expect(at(0)).toEqual(bad);
    expect(at(1.5)).toEqual(bad);
    expect(at(1)).toEqual([]);
    expect(at(0.01)).toEqual([]);
  });

  it('checks the floor', () => {
    const t = rawTable();
    t.handle.byUrgency.urgent = { fractionOfNormal: 0.5, min: { amount: 0, unit: 'hour', basis: 'working' } };
    expect(problemsOf(t)).toEqual([{ path: 'handle.byUrgency.urgent.min', message: expect.any(String) }]);
  });

  it('ignores $-comments among steps but not other keys', () => {
    const t = rawTable();
    t.steps.$comment = 'minutes are working minutes';
    expect(problemsOf(t)).toEqual([]);
    t.steps.nap$ = w(1, 'hour');
    expect(problemsOf(t)).toEqual([{ path: 'steps.nap$', message: 'unknown step' }]);
  });

  it('requires byItem to be an object', () => {
    for (const bad of [[w(1, 'day')], 'x']) {
      const t = rawTable();
      t.handle.byItem = bad;
      expect(problemsOf(t)).toEqual([
        { path: 'handle.byItem', message: 'must be an object of item code → duration' },
      ]);
    }
  });
});
