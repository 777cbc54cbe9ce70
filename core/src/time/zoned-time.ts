/**
 * Local dates and wall-clock times in a business time zone, computed with Intl only.
 *
 * A local date is a `YYYY-MM-DD` string; a time of day is minutes since local midnight.
 * Offsets are derived from `Intl.DateTimeFormat` for the zone (never a hard-coded UTC+8), and
 * cached per zone in 15-minute buckets of UTC time: every real zone transition happens on a
 * quarter hour, so one bucket never straddles two offsets.
 */
import { AppError } from '../errors.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const BUCKET_MS = 15 * MINUTE_MS;
const MAX_CACHED_OFFSETS = 50_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCaches = new Map<string, Map<number, number>>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Why `timeZone` is not a usable IANA time zone, or null if it is. */
export function timeZoneProblem(timeZone: unknown): string | null {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') return 'time zone must be a non-empty string';
  try {
    formatterFor(timeZone);
    return null;
  } catch {
    return `unknown time zone "${timeZone}"`;
  }
}

/** Offset of local time from UTC at the instant `utcMs`, in ms (Asia/Shanghai: +8 h). */
export function zoneOffsetMs(timeZone: string, utcMs: number): number {
  let cache = offsetCaches.get(timeZone);
  if (!cache) {
    cache = new Map();
    offsetCaches.set(timeZone, cache);
  }
  const bucket = Math.floor(utcMs / BUCKET_MS);
  const hit = cache.get(bucket);
  if (hit !== undefined) return hit;
  const at = bucket * BUCKET_MS;
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(
    fields.year!,
    fields.month! - 1,
    fields.day!,
    fields.hour! % 24,
    fields.minute!,
    fields.second!,
  );
  const offset = asUtc - at;
  if (cache.size >= MAX_CACHED_OFFSETS) cache.clear();
  cache.set(bucket, offset);
  return offset;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of a UTC-based day number (days since 1970-01-01). */
function dateOfDayNumber(dayNumber: number): string {
  const d = new Date(dayNumber * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a valid `YYYY-MM-DD`, or null if it is not a real calendar date. */
function dayNumberOf(date: string): number | null {
  const m = DATE_RE.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  return ms / DAY_MS;
}

/** True for a real calendar date written `YYYY-MM-DD` (so `2027-02-30` is false). */
export const isLocalDate = (value: unknown): value is string =>
  typeof value === 'string' && dayNumberOf(value) !== null;

function dayNumberOrThrow(date: string): number {
  const n = dayNumberOf(date);
  if (n === null) throw new AppError('VALIDATION_FAILED', `"${date}" is not a date (YYYY-MM-DD)`);
  return n;
}

/** `date` plus `days` calendar days. */
export const addLocalDays = (date: string, days: number): string =>
  dateOfDayNumber(dayNumberOrThrow(date) + days);

/** Day of the week of a local date: 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (date: string): number => (((dayNumberOrThrow(date) + 4) % 7) + 7) % 7;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  dayNumberOrThrow(to) - dayNumberOrThrow(from);

/** The calendar year of a local date. */
export const yearOf = (date: string): number => Number(date.slice(0, 4));

export interface LocalDateTime {
  /** `YYYY-MM-DD` in the zone. */
  date: string;
  /** Minutes since local midnight, 0–1439 (fractions of a minute dropped). */
  minuteOfDay: number;
}

/** The local date and time of day of the instant `utcMs` in `timeZone`. */
export function toLocal(timeZone: string, utcMs: number): LocalDateTime {
  const local = utcMs + zoneOffsetMs(timeZone, utcMs);
  const dayNumber = Math.floor(local / DAY_MS);
  return {
    date: dateOfDayNumber(dayNumber),
    minuteOfDay: Math.floor((local - dayNumber * DAY_MS) / MINUTE_MS),
  };
}

/** The local date of the instant `utcMs` in `timeZone`. */
export const localDateOf = (timeZone: string, utcMs: number): string => toLocal(timeZone, utcMs).date;

/**
 * The UTC instant of wall-clock time `minuteOfDay` (0–1440) on local `date` in `timeZone`.
 * In a zone with daylight saving, a wall time inside a spring-forward gap or an ambiguous
 * fall-back hour maps to one of the nearby instants (no such case arises in Asia/Shanghai).
 */
export function fromLocal(timeZone: string, date: string, minuteOfDay = 0): number {
  const wall = dayNumberOrThrow(date) * DAY_MS + minuteOfDay * MINUTE_MS;
  const firstOffset = zoneOffsetMs(timeZone, wall);
  let utc = wall - firstOffset;
  const secondOffset = zoneOffsetMs(timeZone, utc);
  if (secondOffset !== firstOffset) {
    const retry = wall - secondOffset;
    // Accept the retry only if it really shows that wall time; otherwise (a gap) keep the first.
    if (zoneOffsetMs(timeZone, retry) === secondOffset) utc = retry;
  }
  return utc;
}
