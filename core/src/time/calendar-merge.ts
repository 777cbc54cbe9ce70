/**
 * Merging an imported year (see `calendar-import.ts`) into the working-time calendar's data.
 */
import { AppError } from '../errors.ts';
import {
  isCalendarYear,
  MAX_CALENDAR_YEAR,
  MIN_CALENDAR_YEAR,
  parseCalendarImport,
  type CalendarImportEntry,
  type CalendarImportIssue,
  type CalendarImportOptions,
} from './calendar-import.ts';
import type { DayKind, WorkCalendarData } from './work-calendar.ts';
import { addLocalDays, yearOf } from './zoned-time.ts';

export interface CalendarMergeResult {
  data: WorkCalendarData;
  year: number;
  /** Dates that had no override before. */
  added: number;
  /** Dates whose kind changed. */
  changed: number;
  /** Overrides of the year that the import no longer lists. */
  removed: number;
}

/**
 * Merges an imported year into calendar data: the year's previous overrides are replaced by the
 * import (entries of neighbouring years in it overwrite those dates), and the known range grows
 * to cover the whole year. Refused when it would leave a gap in the known range.
 */
export function mergeCalendarYear(
  existing: WorkCalendarData,
  imported: { year: number; entries: readonly Omit<CalendarImportEntry, 'line'>[] },
): CalendarMergeResult {
  const { year } = imported;
  if (!isCalendarYear(year))
    throw new AppError(
      'VALIDATION_FAILED',
      `year must be between ${MIN_CALENDAR_YEAR} and ${MAX_CALENDAR_YEAR}`,
    );
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const { firstKnownDate: first, lastKnownDate: last } = existing;
  if (
    first !== null &&
    last !== null &&
    (yearStart > addLocalDays(last, 1) || yearEnd < addLocalDays(first, -1))
  ) {
    throw new AppError(
      'UNPROCESSABLE',
      `Importing ${year} would leave a gap: the calendar is known from ${first} to ${last}; import the years in between first`,
    );
  }
  const days: Record<string, DayKind> = {};
  const names: Record<string, string> = {};
  let removed = 0;
  const listed = new Set(imported.entries.map((e) => e.date));
  for (const [date, kind] of Object.entries(existing.days)) {
    if (yearOf(date) === year) {
      if (!listed.has(date)) removed++;
      continue;
    }
    days[date] = kind;
    const name = existing.names?.[date];
    if (name !== undefined) names[date] = name;
  }
  let added = 0;
  let changed = 0;
  for (const e of imported.entries) {
    const before = existing.days[e.date];
    if (before === undefined) added++;
    else if (before !== e.kind) changed++;
    days[e.date] = e.kind;
    if (e.name !== undefined) names[e.date] = e.name;
    else delete names[e.date];
  }
  const data: WorkCalendarData = {
    ...existing,
    days,
    names,
    firstKnownDate: first === null || yearStart < first ? yearStart : first,
    lastKnownDate: last === null || yearEnd > last ? yearEnd : last,
  };
  return { data, year, added, changed, removed };
}

/** Parses an import and merges it, or throws `VALIDATION_FAILED` with `details.errors` (by line). */
export function importCalendarYear(
  existing: WorkCalendarData,
  input: unknown,
  options: CalendarImportOptions = {},
): CalendarMergeResult & { warnings: CalendarImportIssue[] } {
  const parsed = parseCalendarImport(input, options);
  if (parsed.errors.length > 0 || parsed.year === null) {
    const first = parsed.errors[0];
    const where = first?.line ? `line ${first.line}: ` : '';
    throw new AppError(
      'VALIDATION_FAILED',
      `Calendar import rejected: ${where}${first?.message ?? 'no year'}`,
      {
        errors: parsed.errors,
      },
    );
  }
  return {
    ...mergeCalendarYear(existing, { year: parsed.year, entries: parsed.entries }),
    warnings: parsed.warnings,
  };
}
