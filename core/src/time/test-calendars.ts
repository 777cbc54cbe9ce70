/**
 * Fixtures for the time tests (not exported from the package): instants written as Asia/Shanghai
 * wall-clock times, and a small explicit 2025–2026 calendar with the holidays the tests cross.
 * The full calendar from chinese-days is exercised in server/src/modules/calendar.
 */
import { createWorkCalendar, type DayKind } from './work-calendar.ts';

/** UTC ms of `YYYY-MM-DD HH:MM[:SS]` on a Beijing wall clock (written out, not computed). */
export const bj = (local: string): number => {
  const ms = Date.parse(`${local.replace(' ', 'T')}${local.length === 16 ? ':00' : ''}+08:00`);
  if (Number.isNaN(ms)) throw new Error(`bad test time ${local}`);
  return ms;
};

const fmt = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** `YYYY-MM-DD HH:MM` of an instant on a Beijing wall clock. */
export const showBj = (ms: number): string => fmt.format(ms);

const range = (from: string, to: string, kind: DayKind): Record<string, DayKind> => {
  const out: Record<string, DayKind> = {};
  for (let d = Date.parse(from); d <= Date.parse(to); d += 86_400_000) {
    out[new Date(d).toISOString().slice(0, 10)] = kind;
  }
  return out;
};

/**
 * 2025 National Day + Mid-Autumn: Oct 1–8 off, make-up workdays Sun Sep 28 and Sat Oct 11.
 * 2026 Spring Festival: Feb 15–23 off, make-up workdays Sat Feb 14 and Sat Feb 28.
 * (Only these holidays: enough for the dates the tests use.)
 */
export const DAYS_2025_2026: Record<string, DayKind> = {
  '2025-09-28': 'workday',
  ...range('2025-10-01', '2025-10-08', 'holiday'),
  '2025-10-11': 'workday',
  '2026-02-14': 'workday',
  ...range('2026-02-15', '2026-02-23', 'holiday'),
  '2026-02-28': 'workday',
};

export const calendar2025To2026 = () =>
  createWorkCalendar({ days: DAYS_2025_2026, firstKnownDate: '2025-01-01', lastKnownDate: '2026-12-31' });
