/**
 * Helpers for the settings pages' error answers; the shapes of the settings endpoints live with
 * the settings API (web/src/api/settings-types.ts) and are re-exported here.
 */
import type { CalendarIssue } from '../../api/settings-types.ts';

export type {
  CalendarDay,
  CalendarImportResult,
  CalendarIssue,
  CalendarYearView,
  Duration,
  TaxonomyCategory,
  TaxonomyItem,
  TimeLimitTable,
  TimeLimitsPut,
  TimeLimitsView,
  UrgencyRule,
} from '../../api/settings-types.ts';

/** A `details.problems` entry of a 400 answer. */
export interface PathProblem {
  path: string;
  message: string;
}

/** `details.problems` of an ApiError, when it has that shape. */
export function problemsOf(details: unknown): PathProblem[] | null {
  const list = (details as { problems?: unknown } | undefined)?.problems;
  if (!Array.isArray(list)) return null;
  return list.filter(
    (p): p is PathProblem =>
      typeof p === 'object' &&
      p !== null &&
      typeof (p as PathProblem).path === 'string' &&
      typeof (p as PathProblem).message === 'string',
  );
}

/** `details.errors` of a rejected calendar import (by line). */
export function importErrorsOf(details: unknown): CalendarIssue[] | null {
  const list = (details as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(list)) return null;
  return list.filter(
    (e): e is CalendarIssue =>
      typeof e === 'object' && e !== null && typeof (e as CalendarIssue).message === 'string',
  );
}
