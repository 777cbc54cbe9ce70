import { describe, expect, it } from 'vitest';
import limitsJson from '../../../data/time-limits.json?raw';
import { AppError } from '../errors.ts';
import type { Duration } from './durations.ts';
import {
  DEFAULT_TIME_LIMITS,
  limitFor,
  parseTimeLimitTable,
  TIME_LIMIT_STEPS,
  type TimeLimitTable,
} from './time-limits.ts';

const w = (amount: number, unit: Duration['unit']): Duration => ({ amount, unit, basis: 'working' });
const table: TimeLimitTable = {
  ...DEFAULT_TIME_LIMITS,
  handle: {
    ...DEFAULT_TIME_LIMITS.handle,
    byItem: { 'open-burning': w(2, 'hour'), 'catering-fumes': w(5, 'day'), 'quick-fix': w(45, 'minute') },
  },
};

describe('time limits', () => {
  it('has the documented defaults', () => {
    expect(limitFor(table, 'verify')).toEqual(w(60, 'minute'));
    expect(limitFor(table, 'file')).toEqual(w(30, 'minute'));
    expect(limitFor(table, 'dispatch')).toEqual(w(30, 'minute'));
    expect(limitFor(table, 'handle')).toEqual(w(1, 'day'));
    expect(limitFor(table, 'check')).toEqual(w(2, 'hour'));
    expect(limitFor(table, 'close')).toEqual(w(30, 'minute'));
    expect(TIME_LIMIT_STEPS).toHaveLength(6);
  });

  it('handles normal cases by item, with the default for other items', () => {
    expect(limitFor(table, 'handle', { itemCode: 'open-burning', urgency: 'normal' })).toEqual(w(2, 'hour'));
    expect(limitFor(table, 'handle', { itemCode: 'catering-fumes' })).toEqual(w(5, 'day'));
    expect(limitFor(table, 'handle', { itemCode: 'unknown-item' })).toEqual(w(1, 'day'));
    // urgency only matters for handling
    expect(limitFor(table, 'verify', { itemCode: 'open-burning', urgency: 'critical' })).toEqual(
      w(60, 'minute'),
    );
  });

  it('critical: 2 natural hours whatever the item', () => {
    const natural2h: Duration = { amount: 2, unit: 'hour', basis: 'natural' };
    expect(limitFor(table, 'handle', { itemCode: 'catering-fumes', urgency: 'critical' })).toEqual(natural2h);
    expect(limitFor(table, 'handle', { urgency: 'critical' })).toEqual(natural2h);
  });

  it('urgent: half the normal limit rounded up to hours, at least 2 hours, at most the normal limit', () => {
    expect(limitFor(table, 'handle', { urgency: 'urgent' })).toEqual(w(4, 'hour')); // 225 min → 4 h
    expect(limitFor(table, 'handle', { itemCode: 'catering-fumes', urgency: 'urgent' })).toEqual(
      w(19, 'hour'),
    );
    expect(limitFor(table, 'handle', { itemCode: 'open-burning', urgency: 'urgent' })).toEqual(w(2, 'hour'));
    expect(limitFor(table, 'handle', { itemCode: 'quick-fix', urgency: 'urgent' })).toEqual(w(45, 'minute'));
    // an 8-hour working day (09:00–17:00) makes 5 working days 40 h → 20 h
    expect(
      limitFor(table, 'handle', { itemCode: 'catering-fumes', urgency: 'urgent', workingMinutesPerDay: 480 }),
    ).toEqual(w(20, 'hour'));
    const naturalItem: TimeLimitTable = {
      ...table,
      handle: { ...table.handle, byItem: { x: { amount: 3, unit: 'day', basis: 'natural' } } },
    };
    expect(limitFor(naturalItem, 'handle', { itemCode: 'x', urgency: 'urgent' })).toEqual({
      amount: 36,
      unit: 'hour',
      basis: 'natural',
    });
  });

  it('ships data/time-limits.json equal to the defaults', () => {
    expect(parseTimeLimitTable(JSON.parse(limitsJson))).toEqual(DEFAULT_TIME_LIMITS);
  });

  it('validates a table and names every bad path', () => {
    const bad = {
      steps: {
        ...DEFAULT_TIME_LIMITS.steps,
        verify: { amount: 0, unit: 'minute', basis: 'working' },
        triage: w(1, 'hour'),
      },
      handle: {
        byUrgency: { urgent: { fractionOfNormal: 2 }, critical: { fixed: { amount: 2, unit: 'hour' } } },
        byItem: { a: w(1, 'day'), b: 'soon' },
      },
    };
    try {
      parseTimeLimitTable(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      const problems = ((e as AppError).details as { problems: { path: string }[] }).problems.map(
        (p) => p.path,
      );
      expect(problems).toEqual([
        'steps.verify',
        'steps.triage',
        'handle.byUrgency.urgent.fractionOfNormal',
        'handle.byUrgency.critical.fixed',
        'handle.byItem.b',
      ]);
    }
  });
});
