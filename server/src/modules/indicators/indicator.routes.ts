import { SUBJECT_KIND_NAMES } from '@envgrid/core';
import type { AppInstance } from '../../http/app-types.ts';
import { requireActor } from '../../http/auth-plugin.ts';
import { sendTable, type TableFormat } from '../../http/spreadsheet.ts';
import { indicatorSheet, presentGrassroots, presentTable } from './indicator.presenter.ts';
import {
  GrassrootsQuery,
  GrassrootsSchema,
  IndicatorQuery,
  IndicatorTableSchema,
} from './indicator.schemas.ts';

export async function indicatorRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/api/v1/indicators',
    {
      schema: {
        tags: ['assessments'],
        summary:
          'Indicators of every supervisor, department, street or center staff member over local dates from–to, with composite score, grade and rank (docs/indicators.md)',
        querystring: IndicatorQuery,
        response: { 200: IndicatorTableSchema },
      },
    },
    async (req) => presentTable(await app.services.indicators.table(requireActor(req), req.query)),
  );

  app.get(
    '/api/v1/indicators/grassroots',
    {
      schema: {
        tags: ['assessments'],
        summary: '基层解决率 over time: per month (or week), for the district and each street',
        querystring: GrassrootsQuery,
        response: { 200: GrassrootsSchema },
      },
    },
    async (req) => presentGrassroots(await app.services.indicators.grassroots(requireActor(req), req.query)),
  );

  for (const format of ['xlsx', 'csv'] as const satisfies TableFormat[]) {
    app.get(
      `/api/v1/indicators/export.${format}`,
      {
        schema: {
          tags: ['assessments'],
          summary: `The indicator table as ${format.toUpperCase()} with Chinese headers, scoped as GET /indicators`,
          querystring: IndicatorQuery,
        },
      },
      async (req, reply) => {
        const t = presentTable(await app.services.indicators.table(requireActor(req), req.query));
        const title = `考核指标-${SUBJECT_KIND_NAMES[t.subject]}-${t.from}至${t.to}`;
        return sendTable(reply, indicatorSheet(title, [t.subject], t.rows), format);
      },
    );
  }
}
