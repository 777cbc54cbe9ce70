// Rule: the year calendar's weeks start on Monday: weekdayOf gives 0 for Monday through 6 for Sunday.
import { describe, expect, it } from 'vitest';
import { weekdayOf } from './year-calendar.tsx';

describe('weekdayOf', () => {
  it('counts a known week from Monday 0 to Sunday 6', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((d) => weekdayOf(2024, 1, d))).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('reads months from 1 (January) to 12 (December)', () => {
    expect(weekdayOf(2025, 1, 1)).toBe(2);
    expect(weekdayOf(2025, 12, 31)).toBe(2);
    expect(weekdayOf(2025, 10, 1)).toBe(2);
  });

  it('handles leap days and days not in the browser zone', () => {
    expect(weekdayOf(2024, 2, 29)).toBe(3);
    expect(weekdayOf(2024, 3, 31)).toBe(6);
  });
});
