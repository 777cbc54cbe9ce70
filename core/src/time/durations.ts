/**
 * Durations of time limits and deadline arithmetic on a {@link WorkCalendar}.
 *
 * Two bases:
 * - `natural`: plain clock time. A minute is 60 s, an hour 60 min, a day 24 h; calendars are ignored.
 * - `working`: only time inside the work windows of workdays counts.
 *   · working minutes/hours: that many minutes of working time (an hour = 60 working minutes);
 *   · working days: **N working days = N × the length of one working day** (the sum of the daily
 *     windows: 450 working minutes with the default 08:30–12:00 + 13:30–17:30). Because every
 *     workday has the same windows, a limit started at 10:00 on a workday is due at 10:00 on the
 *     N-th following workday, holidays skipped and make-up workdays counted.
 *   · A start outside working time (lunch, night, weekend, holiday) counts from the next working
 *     moment: received Friday 19:00 with 1 working day → due Monday 17:30.
 *   · The deadline is the earliest instant at which the working time is used up, so a limit that
 *     runs out exactly at the end of a window is due then (12:00, 17:30), not at the next window.
 *
 * `usedFallback` is true when a computation looked at a date outside the calendar's known range,
 * where the weekday rule stood in for the missing holiday data.
 */
import { AppError } from '../errors.ts';
import type { WorkCalendar } from './work-calendar.ts';
import { addLocalDays } from './zoned-time.ts';

export type DurationUnit = 'minute' | 'hour' | 'day';
export type TimeBasis = 'natural' | 'working';
export const DURATION_UNITS: readonly DurationUnit[] = ['minute', 'hour', 'day'];

/** Clock minutes in one unit of natural time (the one table of unit sizes). */
export const NATURAL_UNIT_MINUTES: Readonly<Record<DurationUnit, number>> = {
  minute: 1,
  hour: 60,
  day: 24 * 60,
};

/** The longest time limit or extension anyone may set: 90 days of clock time. */
export const MAX_LIMIT_MINUTES = 90 * 24 * 60;
export const TIME_BASES: readonly TimeBasis[] = ['natural', 'working'];

export interface Duration {
  /** A positive integer. */
  amount: number;
  unit: DurationUnit;
  basis: TimeBasis;
}

export interface DeadlineResult {
  deadlineMs: number;
  /** A date outside the calendar's known range was passed; the weekday rule was used there. */
  usedFallback: boolean;
}

export interface WorkingTime {
  ms: number;
  usedFallback: boolean;
}

const MINUTE_MS = 60_000;

/** The largest accepted amount (about 19 years in minutes); bigger limits are a typo. */
export const MAX_DURATION_AMOUNT = 10_000_000;
/** How far the working-time scan looks for working time before giving up (about ten years). */
export const MAX_SCAN_DAYS = 3660;

/** Why `value` is not a Duration, or null if it is. */
export function durationProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'must be an object {amount, unit, basis}';
  const d = value as Partial<Record<keyof Duration, unknown>>;
  if (typeof d.amount !== 'number' || !Number.isInteger(d.amount) || d.amount <= 0) {
    return 'amount must be a positive integer';
  }
  if (d.amount > MAX_DURATION_AMOUNT) return `amount must be at most ${MAX_DURATION_AMOUNT}`;
  if (!DURATION_UNITS.includes(d.unit as DurationUnit)) return 'unit must be minute, hour or day';
  if (!TIME_BASES.includes(d.basis as TimeBasis)) return 'basis must be natural or working';
  const extra = Object.keys(d).filter((k) => k !== 'amount' && k !== 'unit' && k !== 'basis');
  if (extra.length > 0) return `unknown field ${extra[0]}`;
  return null;
}

/** `value` as a Duration (a clean copy), or `VALIDATION_FAILED` naming `what`. */
export function parseDuration(value: unknown, what = 'duration'): Duration {
  const problem = durationProblem(value);
  if (problem) throw new AppError('VALIDATION_FAILED', `${what}: ${problem}`, { field: what, problem });
  const d = value as Duration;
  return { amount: d.amount, unit: d.unit, basis: d.basis };
}

/**
 * Length of a duration in minutes on its own basis: natural days are 1440 min, working days
 * `workingMinutesPerDay` (450 with the default windows).
 */
export function durationMinutes(duration: Duration, workingMinutesPerDay: number): number {
  switch (duration.unit) {
    case 'minute':
      return duration.amount;
    case 'hour':
      return duration.amount * 60;
    case 'day':
      return duration.amount * (duration.basis === 'working' ? workingMinutesPerDay : 1440);
  }
}

const ZH_UNITS: Record<TimeBasis, Record<DurationUnit, string>> = {
  natural: { minute: '分钟', hour: '小时', day: '天' },
  working: { minute: '个工作分钟', hour: '个工作小时', day: '个工作日' },
};

/** A label such as `2 小时`, `60 个工作分钟`, `5 个工作日` (zh) or `5 working days` (en). */
export function describeDuration(duration: Duration, lang: 'zh' | 'en' = 'zh'): string {
  if (lang === 'zh') return `${duration.amount} ${ZH_UNITS[duration.basis][duration.unit]}`;
  const unit = duration.amount === 1 ? duration.unit : `${duration.unit}s`;
  return duration.basis === 'working' ? `${duration.amount} working ${unit}` : `${duration.amount} ${unit}`;
}

function assertInstant(ms: number, what: string): void {
  if (!Number.isFinite(ms)) throw new AppError('VALIDATION_FAILED', `${what} must be a finite epoch ms`);
}

/**
 * The instant at which `workingMs` of working time has elapsed after `startMs`
 * (the earliest such instant; `startMs` itself when `workingMs` ≤ 0).
 */
export function addWorkingMs(calendar: WorkCalendar, startMs: number, workingMs: number): DeadlineResult {
  assertInstant(startMs, 'start');
  if (workingMs <= 0) return { deadlineMs: startMs, usedFallback: false };
  let remaining = workingMs;
  let usedFallback = false;
  let date = calendar.localDateOf(startMs);
  for (let i = 0; i < MAX_SCAN_DAYS; i++, date = addLocalDays(date, 1)) {
    if (!calendar.isKnown(date)) usedFallback = true;
    for (const span of calendar.workSpans(date)) {
      if (span.endMs <= startMs) continue;
      const from = Math.max(span.startMs, startMs);
      const available = span.endMs - from;
      if (remaining <= available) return { deadlineMs: from + remaining, usedFallback };
      remaining -= available;
    }
  }
  throw new AppError('UNPROCESSABLE', `The calendar has no working time within ${MAX_SCAN_DAYS} days`);
}

/** The deadline `duration` after `startMs` (see the module comment for the rules). */
export function addDuration(calendar: WorkCalendar, startMs: number, duration: Duration): DeadlineResult {
  const d = parseDuration(duration);
  assertInstant(startMs, 'start');
  const minutes = durationMinutes(d, calendar.workingMinutesPerDay);
  if (d.basis === 'natural') return { deadlineMs: startMs + minutes * MINUTE_MS, usedFallback: false };
  return addWorkingMs(calendar, startMs, minutes * MINUTE_MS);
}

/** Working time inside [fromMs, toMs) and whether an unknown date was involved; 0 if toMs ≤ fromMs. */
export function workingTimeBetween(calendar: WorkCalendar, fromMs: number, toMs: number): WorkingTime {
  assertInstant(fromMs, 'from');
  assertInstant(toMs, 'to');
  if (toMs <= fromMs) return { ms: 0, usedFallback: false };
  let ms = 0;
  let usedFallback = false;
  const last = calendar.localDateOf(toMs);
  for (let date = calendar.localDateOf(fromMs); date <= last; date = addLocalDays(date, 1)) {
    if (!calendar.isKnown(date)) usedFallback = true;
    for (const span of calendar.workSpans(date)) {
      const overlap = Math.min(span.endMs, toMs) - Math.max(span.startMs, fromMs);
      if (overlap > 0) ms += overlap;
    }
  }
  return { ms, usedFallback };
}

/** Working time elapsed from `fromMs` to `toMs`, in ms (0 if `toMs` ≤ `fromMs`). */
export const workingMsBetween = (calendar: WorkCalendar, fromMs: number, toMs: number): number =>
  workingTimeBetween(calendar, fromMs, toMs).ms;

/** Time elapsed from `fromMs` to `toMs` on `basis`, in ms (0 if `toMs` ≤ `fromMs`). */
export function elapsedMs(calendar: WorkCalendar, fromMs: number, toMs: number, basis: TimeBasis): number {
  if (basis === 'working') return workingMsBetween(calendar, fromMs, toMs);
  assertInstant(fromMs, 'from');
  assertInstant(toMs, 'to');
  return Math.max(0, toMs - fromMs);
}
