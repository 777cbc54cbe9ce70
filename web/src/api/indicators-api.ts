/** Indicators (考核指标) per subject and period, and their exports. */
import { api, buildUrl } from './client.ts';
import type { ExportFormat } from './dashboard-api.ts';
import type { IndicatorQuery, IndicatorTable } from './indicators-types.ts';

export const indicatorsApi = {
  /** GET /api/v1/indicators?subject&from&to: one row per subject, with composite, grade and rank. */
  list: (query: IndicatorQuery, signal?: AbortSignal) =>
    api.get<IndicatorTable>('/api/v1/indicators', { query: { ...query }, signal }),

  /** The download address of an indicator table. */
  exportUrl: (format: ExportFormat, query: IndicatorQuery): string =>
    buildUrl(`/api/v1/indicators/export.${format}`, { ...query }),
};
