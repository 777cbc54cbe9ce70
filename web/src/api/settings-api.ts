/** Settings: the problem taxonomy, the time-limit table and the working-time calendar. */
import type { TaxonomyCategoryView } from './case-types.ts';
import { api } from './client.ts';
import type {
  CalendarImportResult,
  CalendarYearView,
  TaxonomyCategory,
  TimeLimitsPut,
  TimeLimitsView,
} from './settings-types.ts';

export const settingsApi = {
  /** GET /api/v1/taxonomy: the categories and items in use (what reports and cases name). */
  taxonomy: (signal?: AbortSignal) => api.get<TaxonomyCategoryView[]>('/api/v1/taxonomy', { signal }),

  /** GET /api/v1/taxonomy?all=true: with the retired items, as the administrators edit it. */
  taxonomyAll: (signal?: AbortSignal) =>
    api.get<TaxonomyCategory[]>('/api/v1/taxonomy', { query: { all: true }, signal }),

  /** PUT /api/v1/taxonomy: replace it whole; the answer is the stored taxonomy. */
  saveTaxonomy: (categories: TaxonomyCategory[]) =>
    api.put<TaxonomyCategory[]>('/api/v1/taxonomy', { categories }),

  /** GET /api/v1/time-limits */
  timeLimits: (signal?: AbortSignal) => api.get<TimeLimitsView>('/api/v1/time-limits', { signal }),

  /** PUT /api/v1/time-limits: replace the table. */
  saveTimeLimits: (table: TimeLimitsPut) => api.put<unknown>('/api/v1/time-limits', table),

  /** GET /api/v1/calendar: the calendar and the overrides of a year (without one, this year). */
  calendar: (query: { year?: number }, signal?: AbortSignal) =>
    api.get<CalendarYearView>('/api/v1/calendar', { query, signal }),

  /**
   * POST /api/v1/calendar/import: one year of holidays and make-up workdays, CSV or JSON text;
   * without a year the server takes it from the content.
   */
  importCalendar: (content: string, year: number | null) =>
    api.post<CalendarImportResult>(
      '/api/v1/calendar/import',
      { content },
      { query: { year: year ?? undefined } },
    ),
};
