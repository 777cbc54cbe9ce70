// Rule: the time-limit form turns the table into editable values and back, refuses incomplete input, maps problem paths.
import { describe, expect, it } from 'vitest';
import type { TimeLimitTable } from './settings-types.ts';
import { fieldOfPath, fromValues, toValues, type LimitValues } from './time-limits-form.ts';

const wm = (amount: number) => ({ amount, unit: 'minute', basis: 'working' }) as const;
const wh = (amount: number) => ({ amount, unit: 'hour', basis: 'working' }) as const;
const wd = (amount: number) => ({ amount, unit: 'day', basis: 'working' }) as const;
const nh = (amount: number) => ({ amount, unit: 'hour', basis: 'natural' }) as const;

/** The shipped defaults (docs/workflow.md): urgent = half, at least 2 working hours; critical = 2 natural hours. */
const TABLE: TimeLimitTable = {
  steps: { verify: wm(60), file: wm(30), dispatch: wm(30), handle: wd(1), check: wh(2), close: wm(30) },
  handle: {
    byUrgency: { urgent: { fractionOfNormal: 0.5, min: wh(2) }, critical: { fixed: nh(2) } },
    byItem: { 'air.open_burning': wh(2) },
  },
};

const VALUES: LimitValues = {
  steps: { verify: wm(60), file: wm(30), dispatch: wm(30), handle: wd(1), check: wh(2), close: wm(30) },
  urgent: { mode: 'relative', percent: 50, hasMin: true, min: wh(2), fixed: nh(2) },
  critical: { mode: 'fixed', fixed: nh(2), percent: 50, hasMin: true, min: wh(2) },
};

describe('toValues', () => {
  it('shows the shipped table as the form values, with defaults ready for the other mode', () => {
    expect(toValues(TABLE)).toEqual(VALUES);
  });

  it('shows a fraction as a percent (two decimals) and a rule without floor as hasMin false', () => {
    const table: TimeLimitTable = {
      ...TABLE,
      handle: {
        ...TABLE.handle,
        byUrgency: { urgent: { fractionOfNormal: 0.3333 }, critical: { fixed: nh(1) } },
      },
    };
    expect(toValues(table).urgent).toEqual({
      mode: 'relative',
      percent: 33.33,
      hasMin: false,
      min: wh(2),
      fixed: nh(2),
    });
  });

  it('copies durations, so editing the form does not change the table', () => {
    const values = toValues(TABLE);
    values.steps.verify.amount = 99;
    expect(TABLE.steps.verify).toEqual(wm(60));
  });
});

describe('fromValues', () => {
  it('turns the form values back into the table, with the given per-item limits', () => {
    expect(fromValues(VALUES, { 'air.open_burning': wh(2) })).toEqual(TABLE);
  });

  it('sends a relative rule without its floor when the floor is off, and a percent as a fraction', () => {
    const v: LimitValues = {
      ...VALUES,
      urgent: { mode: 'relative', percent: 33.33, hasMin: false, min: wh(2) },
    };
    expect(fromValues(v, {})!.handle.byUrgency.urgent).toEqual({ fractionOfNormal: 0.3333 });
  });

  it('sends a fixed rule as its duration only', () => {
    const v: LimitValues = { ...VALUES, urgent: { mode: 'fixed', fixed: wh(4), percent: 50, hasMin: true } };
    expect(fromValues(v, {})!.handle.byUrgency.urgent).toEqual({ fixed: wh(4) });
  });

  it('accepts a percent of exactly 100', () => {
    const v: LimitValues = { ...VALUES, urgent: { mode: 'relative', percent: 100, hasMin: false } };
    expect(fromValues(v, {})!.handle.byUrgency.urgent).toEqual({ fractionOfNormal: 1 });
  });

  it.each([
    [
      'a zero amount',
      { ...VALUES, steps: { ...VALUES.steps, check: { amount: 0, unit: 'hour', basis: 'working' } } },
    ],
    ['a missing unit', { ...VALUES, steps: { ...VALUES.steps, file: { amount: 30, basis: 'working' } } }],
    ['a fractional amount', { ...VALUES, steps: { ...VALUES.steps, close: { ...wm(30), amount: 1.5 } } }],
    ['a percent of 0', { ...VALUES, urgent: { ...VALUES.urgent, percent: 0 } }],
    ['a percent above 100', { ...VALUES, urgent: { ...VALUES.urgent, percent: 100.5 } }],
    ['no percent', { ...VALUES, urgent: { ...VALUES.urgent, percent: null } }],
    ['an incomplete floor', { ...VALUES, urgent: { ...VALUES.urgent, min: { unit: 'hour' } } }],
    ['an incomplete fixed limit', { ...VALUES, critical: { ...VALUES.critical, fixed: { amount: 2 } } }],
  ] as [string, LimitValues][])('is null while there is %s', (_what, values) => {
    expect(fromValues(values, {})).toBeNull();
  });

  it('ignores an incomplete floor when the floor is off, and an incomplete fixed limit in relative mode', () => {
    const v: LimitValues = {
      ...VALUES,
      urgent: { mode: 'relative', percent: 50, hasMin: false, min: {}, fixed: {} },
    };
    expect(fromValues(v, {})!.handle.byUrgency.urgent).toEqual({ fractionOfNormal: 0.5 });
  });

  it('is null for values the form has not filled yet', () => {
    expect(fromValues({} as LimitValues, {})).toBeNull();
  });
});

describe('fieldOfPath', () => {
  it.each([
    ['steps.verify', ['steps', 'verify']],
    ['steps.close', ['steps', 'close']],
    ['handle.byUrgency.urgent', ['urgent', 'mode']],
    ['handle.byUrgency.urgent.fractionOfNormal', ['urgent', 'percent']],
    ['handle.byUrgency.critical.min', ['critical', 'min']],
    ['handle.byUrgency.critical.fixed', ['critical', 'fixed']],
  ])('places %s on the form field %j', (path, field) => {
    expect(fieldOfPath(path)).toEqual(field);
  });

  it.each([
    'steps.review',
    'steps',
    'handle.byUrgency.normal',
    'handle.byUrgency.urgent.amount',
    'handle.byItem.air.dust',
    'x.steps.verify',
  ])('places %s on no field', (path) => {
    expect(fieldOfPath(path)).toBeNull();
  });
});
