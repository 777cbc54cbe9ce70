import { describe, expect, it } from 'vitest';
import { calendarPeriod, percent, presetPeriod } from './period.ts';

describe('reporting periods', () => {
  it('reads presets from today', () => {
    expect(presetPeriod('month', '2026-05-17')).toEqual({ from: '2026-05-01', to: '2026-05-17' });
    expect(presetPeriod('lastMonth', '2026-03-31')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetPeriod('quarter', '2026-05-17')).toEqual({ from: '2026-04-01', to: '2026-05-17' });
    expect(presetPeriod('year', '2026-05-17')).toEqual({ from: '2026-01-01', to: '2026-05-17' });
    expect(presetPeriod('last12', '2026-05-17')).toEqual({ from: '2025-06-01', to: '2026-05-17' });
  });

  it('gives whole calendar periods', () => {
    expect(calendarPeriod('month', '2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(calendarPeriod('quarter', '2026-11-03')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(calendarPeriod('year', '2026-11-03')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('formats shares', () => {
    expect(percent(0.9234)).toBe('92.3%');
    expect(percent(null)).toBe('—');
  });
});
