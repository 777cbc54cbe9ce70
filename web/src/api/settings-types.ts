/**
 * Shapes of the settings endpoints (taxonomy, time limits, calendar). The contract leaves the
 * time-limit and calendar answers untyped, so these are kept by hand; the taxonomy is core's.
 */
import type { DayKind, Duration, TimeLimitTable, WorkWindow } from '@envgrid/core';

export type { Duration, TaxonomyCategory, TaxonomyItem, TimeLimitTable, UrgencyRule } from '@envgrid/core';

/**
 * `GET /api/v1/time-limits`: the table as stored (`handle.byItem`: the administrators' per-item
 * overrides only), each item's own limit from the taxonomy, and the working-day length.
 */
export interface TimeLimitsView extends TimeLimitTable {
  itemLimits: Record<string, Duration>;
  workingMinutesPerDay: number;
}

/** `PUT /api/v1/time-limits` body. */
export type TimeLimitsPut = TimeLimitTable;

/** One override of the weekday rule: a holiday on a weekday or a make-up workday on a weekend. */
export interface CalendarDay {
  date: string;
  kind: DayKind;
  name: string | null;
}

/** `GET /api/v1/calendar?year=`. */
export interface CalendarYearView {
  timeZone: string;
  windows: WorkWindow[];
  firstKnownDate: string | null;
  lastKnownDate: string | null;
  year: number;
  /** False when the year lies outside the known range: the weekday rule stands in. */
  known: boolean;
  days: CalendarDay[];
}

export interface CalendarIssue {
  line: number | null;
  message: string;
}

/** `POST /api/v1/calendar/import` answer. */
export interface CalendarImportResult {
  year: number;
  added: number;
  changed: number;
  removed: number;
  warnings: CalendarIssue[];
  firstKnownDate: string | null;
  lastKnownDate: string | null;
}
