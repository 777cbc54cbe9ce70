/**
 * The working-time calendar (docs/workflow.md): which local dates are workdays, the daily
 * work windows, and the business time zone.
 *
 * A date is a workday when an explicit override says so (statutory holidays → `holiday`, make-up
 * workdays 调休 → `workday`); otherwise by the weekday rule: Monday–Friday work, Saturday and
 * Sunday rest. Overrides are only trustworthy inside [firstKnownDate, lastKnownDate]: outside
 * that range the weekday rule is a fallback and computations say so (`usedFallback`).
 */
import { AppError } from '../errors.ts';
import { fromLocal, isLocalDate, localDateOf, timeZoneProblem, weekdayOf } from './zoned-time.ts';

export type DayKind = 'workday' | 'holiday';
export const DAY_KINDS: readonly DayKind[] = ['workday', 'holiday'];

/** A daily work window in local wall-clock time, `HH:MM` (end may be `24:00`). */
export interface WorkWindow {
  start: string;
  end: string;
}

export interface WorkCalendarData {
  /** IANA time zone of the business, e.g. `Asia/Shanghai`. */
  timeZone: string;
  /** Work windows of every workday, in order and not overlapping. */
  windows: WorkWindow[];
  /** Explicit overrides by local date `YYYY-MM-DD`. */
  days: Record<string, DayKind>;
  /** Optional names of override dates, e.g. `国庆节`. */
  names?: Record<string, string>;
  /** First and last date whose overrides are known (null: nothing known, weekday rule only). */
  firstKnownDate: string | null;
  lastKnownDate: string | null;
}

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** 08:30–12:00 and 13:30–17:30: 7.5 working hours (450 working minutes) a day. */
export const DEFAULT_WORK_WINDOWS: readonly WorkWindow[] = [
  { start: '08:30', end: '12:00' },
  { start: '13:30', end: '17:30' },
];

/** A half-open span of UTC time [startMs, endMs). */
export interface TimeSpan {
  startMs: number;
  endMs: number;
}

export interface DayInfo {
  date: string;
  workday: boolean;
  /** Inside [firstKnownDate, lastKnownDate]. */
  known: boolean;
  /** `override` when an explicit entry decided, `weekday` when the weekday rule did. */
  decidedBy: 'override' | 'weekday';
  name?: string;
}

const TIME_RE = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** Minutes since midnight of `HH:MM` (00:00–24:00), or null. */
export function parseTimeOfDay(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = TIME_RE.exec(value);
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes <= 1440 ? minutes : null;
}

export interface CalendarDataProblem {
  path: string;
  message: string;
}

/** Problems with work windows: format, order, overlap, at least one. */
export function workWindowProblems(windows: unknown): CalendarDataProblem[] {
  if (!Array.isArray(windows) || windows.length === 0) {
    return [{ path: 'windows', message: 'at least one work window is required' }];
  }
  const problems: CalendarDataProblem[] = [];
  let previousEnd = -1;
  windows.forEach((w: unknown, i) => {
    const path = `windows[${i}]`;
    const win = (w ?? {}) as Partial<Record<'start' | 'end', unknown>>;
    const start = parseTimeOfDay(win.start);
    const end = parseTimeOfDay(win.end);
    if (start === null || end === null) {
      problems.push({ path, message: 'start and end must be HH:MM between 00:00 and 24:00' });
      return;
    }
    if (end <= start) problems.push({ path, message: `ends (${String(win.end)}) before it starts` });
    else if (start < previousEnd) {
      problems.push({ path, message: 'overlaps or precedes the previous window; list windows in order' });
    }
    previousEnd = Math.max(previousEnd, end);
  });
  return problems;
}

/** All problems of calendar data, each with a path; empty when it is usable. */
export function workCalendarDataProblems(data: unknown): CalendarDataProblem[] {
  if (typeof data !== 'object' || data === null) return [{ path: '', message: 'calendar must be an object' }];
  const d = data as Partial<Record<keyof WorkCalendarData, unknown>>;
  const problems: CalendarDataProblem[] = [];
  const tz = timeZoneProblem(d.timeZone);
  if (tz) problems.push({ path: 'timeZone', message: tz });
  problems.push(...workWindowProblems(d.windows));
  if (typeof d.days !== 'object' || d.days === null || Array.isArray(d.days)) {
    problems.push({ path: 'days', message: 'days must be an object of date → kind' });
  } else {
    for (const [date, kind] of Object.entries(d.days)) {
      if (!isLocalDate(date)) problems.push({ path: `days.${date}`, message: 'not a date (YYYY-MM-DD)' });
      else if (!DAY_KINDS.includes(kind as DayKind)) {
        problems.push({
          path: `days.${date}`,
          message: `kind must be workday or holiday, got ${String(kind)}`,
        });
      }
    }
  }
  if (d.names !== undefined && (typeof d.names !== 'object' || d.names === null)) {
    problems.push({ path: 'names', message: 'names must be an object of date → name' });
  }
  const first = d.firstKnownDate ?? null;
  const last = d.lastKnownDate ?? null;
  if (first !== null && !isLocalDate(first)) problems.push({ path: 'firstKnownDate', message: 'not a date' });
  if (last !== null && !isLocalDate(last)) problems.push({ path: 'lastKnownDate', message: 'not a date' });
  if ((first === null) !== (last === null)) {
    problems.push({ path: 'lastKnownDate', message: 'firstKnownDate and lastKnownDate go together' });
  } else if (isLocalDate(first) && isLocalDate(last) && last < first) {
    problems.push({ path: 'lastKnownDate', message: 'lastKnownDate is before firstKnownDate' });
  }
  return problems;
}

const MAX_CACHED_DAYS = 4000;

/** An immutable, validated calendar. Construct with {@link createWorkCalendar}. */
export class WorkCalendar {
  readonly timeZone: string;
  readonly windows: readonly WorkWindow[];
  readonly firstKnownDate: string | null;
  readonly lastKnownDate: string | null;
  /** Sum of the daily work windows, in minutes (450 with the defaults): one working day. */
  readonly workingMinutesPerDay: number;
  private readonly overrides: ReadonlyMap<string, DayKind>;
  private readonly names: ReadonlyMap<string, string>;
  private readonly windowMinutes: readonly (readonly [number, number])[];
  private readonly spanCache = new Map<string, readonly TimeSpan[]>();

  constructor(data: WorkCalendarData) {
    const problems = workCalendarDataProblems(data);
    if (problems.length > 0) {
      throw new AppError(
        'VALIDATION_FAILED',
        `Invalid work calendar: ${problems[0]!.path} ${problems[0]!.message}`,
        {
          problems,
        },
      );
    }
    this.timeZone = data.timeZone;
    this.windows = data.windows.map((w) => ({ start: w.start, end: w.end }));
    this.windowMinutes = data.windows.map((w) => [parseTimeOfDay(w.start)!, parseTimeOfDay(w.end)!] as const);
    this.workingMinutesPerDay = this.windowMinutes.reduce((sum, [s, e]) => sum + (e - s), 0);
    this.overrides = new Map(Object.entries(data.days));
    this.names = new Map(Object.entries(data.names ?? {}).filter(([k]) => this.overrides.has(k)));
    this.firstKnownDate = data.firstKnownDate ?? null;
    this.lastKnownDate = data.lastKnownDate ?? null;
  }

  /** Within [firstKnownDate, lastKnownDate]. */
  isKnown(date: string): boolean {
    return (
      this.firstKnownDate !== null &&
      this.lastKnownDate !== null &&
      date >= this.firstKnownDate &&
      date <= this.lastKnownDate
    );
  }

  /** An explicit override wins; otherwise Monday–Friday are workdays. */
  isWorkday(date: string): boolean {
    const kind = this.overrides.get(date);
    if (kind) return kind === 'workday';
    const weekday = weekdayOf(date);
    return weekday !== 0 && weekday !== 6;
  }

  dayInfo(date: string): DayInfo {
    const name = this.names.get(date);
    return {
      date,
      workday: this.isWorkday(date),
      known: this.isKnown(date),
      decidedBy: this.overrides.has(date) ? 'override' : 'weekday',
      ...(name === undefined ? {} : { name }),
    };
  }

  /** The local date of an instant in the business time zone. */
  localDateOf(utcMs: number): string {
    return localDateOf(this.timeZone, utcMs);
  }

  /** The work windows of `date` as UTC spans, in order; empty on a non-workday. */
  workSpans(date: string): readonly TimeSpan[] {
    const cached = this.spanCache.get(date);
    if (cached) return cached;
    const spans: TimeSpan[] = [];
    if (this.isWorkday(date)) {
      for (const [start, end] of this.windowMinutes) {
        const startMs = fromLocal(this.timeZone, date, start);
        const endMs = fromLocal(this.timeZone, date, end);
        if (endMs > startMs) spans.push({ startMs, endMs });
      }
    }
    if (this.spanCache.size >= MAX_CACHED_DAYS) this.spanCache.clear();
    this.spanCache.set(date, spans);
    return spans;
  }

  /** The data this calendar was built from (a fresh copy). */
  toData(): WorkCalendarData {
    return {
      timeZone: this.timeZone,
      windows: this.windows.map((w) => ({ ...w })),
      days: Object.fromEntries(this.overrides),
      names: Object.fromEntries(this.names),
      firstKnownDate: this.firstKnownDate,
      lastKnownDate: this.lastKnownDate,
    };
  }
}

/**
 * A calendar from data; time zone, windows and days default to Asia/Shanghai, the default
 * windows and no overrides. Throws `VALIDATION_FAILED` with `details.problems` on bad data.
 */
export function createWorkCalendar(data: Partial<WorkCalendarData> = {}): WorkCalendar {
  return new WorkCalendar({
    timeZone: data.timeZone ?? DEFAULT_TIME_ZONE,
    windows: data.windows ?? DEFAULT_WORK_WINDOWS.map((w) => ({ ...w })),
    days: data.days ?? {},
    ...(data.names === undefined ? {} : { names: data.names }),
    firstKnownDate: data.firstKnownDate ?? null,
    lastKnownDate: data.lastKnownDate ?? null,
  });
}
