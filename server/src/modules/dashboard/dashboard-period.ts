import { AppError, addLocalDays, daysBetween, fromLocal, isLocalDate, localDateOf } from '@envgrid/core';

/** The longest period a dashboard, the map or the heat layer covers: two years of days. */
export const MAX_PERIOD_DAYS = 731;

/** Local dates `from`–`to` (both included) as the instants [startMs, endMs). */
export interface Period {
  from: string;
  to: string;
  startMs: number;
  endMs: number;
}

/** A calendar month of the business time zone, clipped to the period: [startMs, endMs). */
export interface MonthBucket {
  month: string;
  startMs: number;
  endMs: number;
}

const bad = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', `${field} ${message}`, [{ path: `querystring/${field}`, message }]);

/**
 * The period asked for, with its defaults: `to` today, `from` the first of `to`'s month (or
 * `defaultDays` before `to`). A date that is not one, `from` after `to` or more than two years → 400
 * naming the field.
 */
export function periodOf(
  timeZone: string,
  now: number,
  q: { from?: string; to?: string },
  defaultDays?: number,
): Period {
  if (q.from !== undefined && !isLocalDate(q.from)) throw bad('from', 'must be a date YYYY-MM-DD');
  if (q.to !== undefined && !isLocalDate(q.to)) throw bad('to', 'must be a date YYYY-MM-DD');
  const to = q.to ?? localDateOf(timeZone, now);
  const from =
    q.from ?? (defaultDays === undefined ? `${to.slice(0, 7)}-01` : addLocalDays(to, -(defaultDays - 1)));
  const days = daysBetween(from, to) + 1;
  if (days < 1) throw bad('to', 'must not be before from');
  if (days > MAX_PERIOD_DAYS) throw bad('to', `must be at most ${MAX_PERIOD_DAYS} days after from`);
  return { from, to, startMs: fromLocal(timeZone, from), endMs: fromLocal(timeZone, to, 1440) };
}

/** The months the period touches, in order, each clipped to the period. */
export function monthBuckets(timeZone: string, p: Period): MonthBucket[] {
  const out: MonthBucket[] = [];
  let month = p.from.slice(0, 7);
  const last = p.to.slice(0, 7);
  for (;;) {
    const next = nextMonth(month);
    out.push({
      month,
      startMs: Math.max(p.startMs, fromLocal(timeZone, `${month}-01`)),
      endMs: Math.min(p.endMs, fromLocal(timeZone, `${next}-01`)),
    });
    if (month === last) return out;
    month = next;
  }
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The local day of `now` as [startMs, endMs). */
export function dayOf(timeZone: string, now: number): { date: string; startMs: number; endMs: number } {
  const date = localDateOf(timeZone, now);
  return { date, startMs: fromLocal(timeZone, date), endMs: fromLocal(timeZone, date, 1440) };
}

/** part / whole, rounded to 4 places; null when there is no whole. */
export const shareOf = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;
