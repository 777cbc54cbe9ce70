import { Type } from 'typebox';
import type { AppInstance } from '../../http/app-types.ts';
import { requireActor } from '../../http/auth-plugin.ts';
import { sendTable, type TableFormat } from '../../http/spreadsheet.ts';
import { EXPORT_LIMIT } from './case-export.ts';
import { caseTable } from './case-export.presenter.ts';
import {
  CaseSheetSchema,
  DashboardQuery,
  DashboardSchema,
  ExportQuery,
  GridHeatQuery,
  GridHeatSchema,
  MapCasesQuery,
  MapCasesSchema,
} from './dashboard.schemas.ts';
import { presentDashboard, presentGridHeat, presentMapCases, presentSheet } from './dashboard.presenter.ts';

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

export async function dashboardRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/api/v1/dashboard',
    {
      schema: {
        tags: ['dashboard'],
        summary:
          'Dashboard of the actor’s scope over local dates from–to: today’s figures, counts by category, item, street, department and month, on-time and grassroots shares, hot spots, rankings (docs/dashboards.md)',
        querystring: DashboardQuery,
        response: { 200: DashboardSchema },
      },
    },
    async (req) => presentDashboard(await app.services.dashboard.dashboard(requireActor(req), req.query)),
  );

  app.get(
    '/api/v1/map/cases',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'The case map’s points: cases the user may see reported from–to, newest first, capped',
        querystring: MapCasesQuery,
        response: { 200: MapCasesSchema },
      },
    },
    async (req) => presentMapCases(await app.services.dashboard.mapCases(requireActor(req), req.query)),
  );

  app.get(
    '/api/v1/map/grid-heat',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'Cases per grid (the map’s heat layer), same filters and scope as the map’s points',
        querystring: GridHeatQuery,
        response: { 200: GridHeatSchema },
      },
    },
    async (req) => presentGridHeat(await app.services.dashboard.gridHeat(requireActor(req), req.query)),
  );

  for (const format of ['xlsx', 'csv'] as const satisfies TableFormat[]) {
    app.get(
      `/api/v1/cases/export.${format}`,
      {
        schema: {
          tags: ['cases'],
          summary: `The case list as ${format.toUpperCase()} with Chinese headers: the list’s filters and scope, at most 50,000 cases`,
          querystring: ExportQuery,
        },
      },
      async (req, reply) => {
        const r = await app.services.dashboard.exportCases(requireActor(req), req.query);
        if (r.capped) reply.header('x-envgrid-capped', String(EXPORT_LIMIT));
        return sendTable(reply, caseTable(r), format);
      },
    );
  }

  app.get(
    '/api/v1/cases/:id/sheet',
    {
      schema: {
        tags: ['cases'],
        summary: '案件处理单: a case with every name resolved and its timeline, for printing',
        params: IdParams,
        response: { 200: CaseSheetSchema },
      },
    },
    async (req) => presentSheet(await app.services.dashboard.caseSheet(requireActor(req), req.params.id)),
  );
}
