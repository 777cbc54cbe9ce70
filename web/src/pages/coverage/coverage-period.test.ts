// Rule: "this week" starts on Monday and "this month" on the 1st, both up to today.
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { percent, presetPeriod } from './coverage-period.ts';

describe('presetPeriod', () => {
  it('starts the week on Monday', () => {
    expect(presetPeriod('week', dayjs('2026-03-05'))).toEqual({ from: '2026-03-02', to: '2026-03-05' }); // Thursday
    expect(presetPeriod('week', dayjs('2026-03-08'))).toEqual({ from: '2026-03-02', to: '2026-03-08' }); // Sunday
    expect(presetPeriod('week', dayjs('2026-03-02'))).toEqual({ from: '2026-03-02', to: '2026-03-02' }); // Monday
  });

  it('starts the month on the 1st', () => {
    expect(presetPeriod('month', dayjs('2026-02-17'))).toEqual({ from: '2026-02-01', to: '2026-02-17' });
  });

  it('shows a share as a percentage, and none when nothing was required', () => {
    expect(percent(0.8333)).toBe('83.3%');
    expect(percent(null)).toBe('—');
  });
});
