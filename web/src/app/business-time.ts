/**
 * Times as the business reads them. The server's working-time rules (deadlines, the 09:30 start,
 * holidays) run in one zone, GET /api/v1/meta → `businessTimeZone`, so every instant the app shows
 * is rendered in that zone, whatever the browser's own zone is (an officer's laptop abroad, the
 * CI's headless Chromium in UTC). Pure functions of (zone, instant); React code gets them bound to
 * the loaded zone through `useBusinessTime()` (business-time-context.tsx).
 */
import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { Translate } from '../i18n/i18n-context.tsx';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Used until /api/v1/meta has answered (and when it names a zone this browser does not know). */
export const DEFAULT_BUSINESS_TIME_ZONE = 'Asia/Shanghai';

export const DATE = 'YYYY-MM-DD';
export const DATE_TIME = 'YYYY-MM-DD HH:mm';
export const DATE_TIME_SECONDS = 'YYYY-MM-DD HH:mm:ss';
export const SHORT_DATE_TIME = 'MM-DD HH:mm';
export const TIME = 'HH:mm';

/** Zones whose wall time is 北京时间 (tz database names and aliases). */
const BEIJING_ZONES = new Set(['Asia/Shanghai', 'Asia/Chongqing', 'Asia/Chungking', 'Asia/Harbin', 'PRC']);

export type Instant = number | Date;

/** Whether this browser knows the IANA zone (an unknown one would throw on every format). */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || !zone) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The browser's own zone, e.g. "UTC" in CI or "Europe/Berlin" on a laptop abroad. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function isBeijingTime(zone: string): boolean {
  return BEIJING_ZONES.has(zone);
}

/** Minutes east of UTC of `zone` at the instant (DST-aware; computed by the timezone plugin). */
export function zoneOffsetMinutes(zone: string, at: Instant = Date.now()): number {
  return dayjs(at).tz(zone).utcOffset();
}

/**
 * The business wall clock at an instant, as a dayjs for reading fields (year, hour, weekday) and
 * formatting — never for arithmetic: it is built in UTC mode shifted by the zone's offset, so its
 * `valueOf()` is not the instant. Working this way keeps the browser's own zone (and its DST gaps)
 * out of the picture entirely; it uses the current dayjs locale for names of months and weekdays.
 */
export function wallClock(zone: string, at: Instant = Date.now()): Dayjs {
  const ms = typeof at === 'number' ? at : at.getTime();
  return dayjs.utc(ms + zoneOffsetMinutes(zone, ms) * 60_000);
}

/** `pattern` (dayjs tokens, no zone tokens) of the instant in the zone; "—" for none. */
export function formatInZone(zone: string, at: Instant | null | undefined, pattern: string): string {
  if (at === null || at === undefined) return '—';
  const ms = typeof at === 'number' ? at : at.getTime();
  if (!Number.isFinite(ms)) return '—';
  return wallClock(zone, ms).format(pattern);
}

/** Today's date in the zone, "YYYY-MM-DD". */
export function todayInZone(zone: string, now: Instant = Date.now()): string {
  return formatInZone(zone, now, DATE);
}

/** Whether the browser's clock shows another wall time than the zone does at the instant. */
export function differsFromBrowser(zone: string, at: Instant = Date.now()): boolean {
  return zoneOffsetMinutes(zone, at) !== dayjs(at).utcOffset();
}

/**
 * A ticking countdown of a span (its sign is ignored): "03:04:05", or "2天 03:04:05" / "2d 03:04:05"
 * once it is a day or longer. Spans have no zone; this lives here with the other time formats.
 */
export function formatCountdown(ms: number, t: Translate): string {
  const total = Math.max(0, Math.floor(Math.abs(ms) / 1000));
  const d = Math.floor(total / 86400);
  const hms = [Math.floor((total % 86400) / 3600), Math.floor((total % 3600) / 60), total % 60]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');
  return d > 0 ? t('time.countdownDays', { d, hms }) : hms;
}
