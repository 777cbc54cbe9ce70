import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { addLocalDays, isLocalDate, timeZoneProblem } from './zoned-time.ts';

describe('timeZoneProblem rules', () => {
  it('asks for a non-empty string', () => {
    expect(timeZoneProblem('')).toBe('time zone must be a non-empty string');
    expect(timeZoneProblem('   ')).toBe('time zone must be a non-empty string');
    expect(timeZoneProblem(8)).toBe('time zone must be a non-empty string');
  });

  it('names an unknown zone and accepts a real one', () => {
    expect(timeZoneProblem('Mars/Olympus')).toBe('unknown time zone "Mars/Olympus"');
    expect(timeZoneProblem('Asia/Shanghai')).toBeNull();
  });
});

describe('isLocalDate rules', () => {
  it('accepts real dates only', () => {
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2027-02-29')).toBe(false);
    expect(isLocalDate('2027-02-30')).toBe(false);
    expect(isLocalDate('2027-04-31')).toBe(false);
    expect(isLocalDate('2027-13-01')).toBe(false);
    expect(isLocalDate('2027-00-10')).toBe(false);
    expect(isLocalDate('2027-1-01')).toBe(false);
    expect(isLocalDate(20270101)).toBe(false);
  });
});

describe('date arithmetic on bad dates', () => {
  it('throws VALIDATION_FAILED naming the date', () => {
    try {
      addLocalDays('2027-02-30', 1);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('VALIDATION_FAILED');
      expect((e as AppError).message).toBe('"2027-02-30" is not a date (YYYY-MM-DD)');
    }
  });
});
