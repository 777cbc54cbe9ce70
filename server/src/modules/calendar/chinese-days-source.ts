/**
 * The starting working-time calendar from the npm package `chinese-days` (its documented
 * `dist/chinese-days.json`: China's statutory holidays and make-up workdays 调休, per the State
 * Council's notices, 2004 to 2026 in version 1.5.x).
 *
 * Only entries that change the weekday rule become overrides: a holiday on Monday–Friday →
 * `holiday`, a make-up workday on Saturday/Sunday → `workday` (the package also lists holidays
 * that fall on weekends, which the weekday rule already covers). The known range is every full
 * year the package covers; later years are imported by admins (see data/calendar/README.md).
 */
import { createRequire } from 'node:module';
import {
  DEFAULT_TIME_ZONE,
  DEFAULT_WORK_WINDOWS,
  isLocalDate,
  weekdayOf,
  yearOf,
  type DayKind,
  type WorkCalendarData,
  type WorkWindow,
} from '@envgrid/core';

/** The shape of `chinese-days/dist/chinese-days.json`: date → "English,中文,number". */
export interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

export interface CalendarDaysSource {
  days: Record<string, DayKind>;
  names: Record<string, string>;
  firstKnownDate: string;
  lastKnownDate: string;
  /** The years covered, ascending. */
  years: number[];
}

export interface ChineseDaysOptions {
  /** Leave out years before this one (the package goes back to 2004). */
  fromYear?: number;
}

const require = createRequire(import.meta.url);

/** The raw data shipped in the installed `chinese-days` package. */
export function loadChineseDaysData(): ChineseDaysData {
  const raw = require('chinese-days/dist/chinese-days.json') as Partial<ChineseDaysData>;
  if (
    typeof raw.holidays !== 'object' ||
    typeof raw.workdays !== 'object' ||
    !raw.holidays ||
    !raw.workdays
  ) {
    throw new Error('chinese-days: unexpected data format (no holidays/workdays)');
  }
  return { holidays: raw.holidays, workdays: raw.workdays };
}

/** `春节` from `Spring Festival,春节,4`; the whole label if it has another shape. */
const chineseName = (label: string): string => label.split(',')[1]?.trim() || label.trim();

const isWeekend = (date: string) => {
  const day = weekdayOf(date);
  return day === 0 || day === 6;
};

/** Calendar overrides and known range from chinese-days data (the installed package's by default). */
export function calendarDaysFromChineseDays(
  data: ChineseDaysData = loadChineseDaysData(),
  options: ChineseDaysOptions = {},
): CalendarDaysSource {
  const fromYear = options.fromYear ?? 0;
  const years = new Set<number>();
  const days: Record<string, DayKind> = {};
  const names: Record<string, string> = {};
  const take = (date: string, label: string, kind: DayKind) => {
    if (!isLocalDate(date)) throw new Error(`chinese-days: bad date ${date}`);
    if (yearOf(date) < fromYear) return;
    years.add(yearOf(date));
    if (kind === 'holiday' ? isWeekend(date) : !isWeekend(date)) return; // the weekday rule says so already
    days[date] = kind;
    names[date] = chineseName(label);
  };
  for (const [date, label] of Object.entries(data.holidays)) take(date, label, 'holiday');
  for (const [date, label] of Object.entries(data.workdays)) {
    if (date in data.holidays) throw new Error(`chinese-days: ${date} is both a holiday and a workday`);
    take(date, label, 'workday');
  }
  const sorted = [...years].sort((a, b) => a - b);
  if (sorted.length === 0) throw new Error('chinese-days: no years covered');
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  if (last - first + 1 !== sorted.length) throw new Error(`chinese-days: years ${first}–${last} have gaps`);
  const orderedDays = Object.fromEntries(Object.entries(days).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    days: orderedDays,
    names,
    firstKnownDate: `${first}-01-01`,
    lastKnownDate: `${last}-12-31`,
    years: sorted,
  };
}

/** Complete calendar data: chinese-days overrides plus a time zone and work windows. */
export function chineseDaysCalendarData(
  options: ChineseDaysOptions & { timeZone?: string; windows?: WorkWindow[] } = {},
): WorkCalendarData {
  const source = calendarDaysFromChineseDays(loadChineseDaysData(), options);
  return {
    timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
    windows: options.windows ?? DEFAULT_WORK_WINDOWS.map((w) => ({ ...w })),
    days: source.days,
    names: source.names,
    firstKnownDate: source.firstKnownDate,
    lastKnownDate: source.lastKnownDate,
  };
}
