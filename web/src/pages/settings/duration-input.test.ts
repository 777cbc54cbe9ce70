// Rule: a duration form value is complete only with a positive whole amount, a unit and a basis; limits cap it.
import { describe, expect, it } from 'vitest';
import { durationIssue } from './duration-input.tsx';

const NINETY_DAYS = 90 * 24 * 60;

describe('durationIssue', () => {
  it.each([
    [{ amount: 1, unit: 'minute', basis: 'working' }],
    [{ amount: 5, unit: 'day', basis: 'natural' }],
    [{ amount: 2, unit: 'hour', basis: 'working' }],
  ] as const)('accepts the complete value %j', (v) => {
    expect(durationIssue(v)).toBeNull();
  });

  it.each([
    ['nothing', undefined],
    ['an empty value', {}],
    ['no amount', { unit: 'hour', basis: 'working' }],
    ['a zero amount', { amount: 0, unit: 'hour', basis: 'working' }],
    ['a negative amount', { amount: -3, unit: 'hour', basis: 'working' }],
    ['a fractional amount', { amount: 1.5, unit: 'hour', basis: 'working' }],
    ['a text amount', { amount: '2', unit: 'hour', basis: 'working' }],
    ['no unit', { amount: 2, basis: 'working' }],
    ['no basis', { amount: 2, unit: 'hour' }],
  ] as [string, never][])('calls %s incomplete', (_what, v) => {
    expect(durationIssue(v)).toBe('settings.duration.incomplete');
  });

  it('allows exactly the maximum and refuses one unit more', () => {
    expect(
      durationIssue({ amount: 90, unit: 'day', basis: 'working' }, { maxMinutes: NINETY_DAYS }),
    ).toBeNull();
    expect(durationIssue({ amount: 91, unit: 'day', basis: 'working' }, { maxMinutes: NINETY_DAYS })).toBe(
      'settings.duration.tooLong',
    );
    expect(
      durationIssue({ amount: 2160, unit: 'hour', basis: 'natural' }, { maxMinutes: NINETY_DAYS }),
    ).toBeNull();
    expect(durationIssue({ amount: 2161, unit: 'hour', basis: 'natural' }, { maxMinutes: NINETY_DAYS })).toBe(
      'settings.duration.tooLong',
    );
    expect(
      durationIssue({ amount: 129601, unit: 'minute', basis: 'natural' }, { maxMinutes: NINETY_DAYS }),
    ).toBe('settings.duration.tooLong');
  });

  it('sets no upper bound without a maximum', () => {
    expect(durationIssue({ amount: 1000, unit: 'day', basis: 'working' })).toBeNull();
  });

  it('reports an incomplete value before a too long one', () => {
    expect(durationIssue({ amount: 1000, unit: 'day' }, { maxMinutes: NINETY_DAYS })).toBe(
      'settings.duration.incomplete',
    );
  });
});
