import { SUBJECT_KINDS } from '@envgrid/core';
import type { AppInstance } from '../../http/app-types.ts';
import { requireActor } from '../../http/auth-plugin.ts';
import { sendTable, type TableFormat } from '../../http/spreadsheet.ts';
import { indicatorSheet } from '../indicators/indicator.presenter.ts';
import { presentAck, presentRun, presentSummary, presentWeights } from './assessment.presenter.ts';
import {
  AckBody,
  AckSchema,
  ExportQuery,
  RunBody,
  RunListSchema,
  RunParams,
  RunSchema,
  WeightsBody,
  WeightsSchemaOut,
} from './assessment.schemas.ts';

export async function assessmentRoutes(app: AppInstance): Promise<void> {
  const tags = ['assessments'];
  app.post(
    '/api/v1/assessments',
    {
      schema: {
        tags,
        summary:
          'Run and freeze the assessment of a period (leader); supersedes an earlier run of the same period',
        body: RunBody,
        response: { 201: RunSchema },
      },
    },
    async (req, reply) =>
      reply.code(201).send(presentRun(await app.services.assessments.run(requireActor(req), req.body))),
  );

  app.get(
    '/api/v1/assessments',
    { schema: { tags, summary: 'Assessment runs, newest first', response: { 200: RunListSchema } } },
    async (req) => ({ items: (await app.services.assessments.list(requireActor(req))).map(presentSummary) }),
  );

  app.get(
    '/api/v1/assessments/:id',
    {
      schema: {
        tags,
        summary: 'One frozen run; a sub-center or department sees its own rows and rank',
        params: RunParams,
        response: { 200: RunSchema },
      },
    },
    async (req) => presentRun(await app.services.assessments.get(requireActor(req), req.params.id)),
  );

  app.post(
    '/api/v1/assessments/:id/ack',
    {
      schema: {
        tags,
        summary: 'The sub-center or department acknowledges its row of the run',
        params: RunParams,
        body: AckBody,
        response: { 200: AckSchema },
      },
    },
    async (req) =>
      presentAck(await app.services.assessments.ack(requireActor(req), req.params.id, req.body ?? {})),
  );

  for (const format of ['xlsx', 'csv'] as const satisfies TableFormat[]) {
    app.get(
      `/api/v1/assessments/:id/export.${format}`,
      {
        schema: {
          tags,
          summary: `A frozen run as ${format.toUpperCase()} with Chinese headers (one subject kind, or all)`,
          params: RunParams,
          querystring: ExportQuery,
        },
      },
      async (req, reply) => {
        const run = presentRun(await app.services.assessments.get(requireActor(req), req.params.id));
        const kinds = req.query.subject ? [req.query.subject] : SUBJECT_KINDS;
        const rows = kinds.flatMap((k) => run.results[k]);
        return sendTable(reply, indicatorSheet(`绩效考核-${run.from}至${run.to}`, kinds, rows), format);
      },
    );
  }

  app.get(
    '/api/v1/assessment-weights',
    {
      schema: {
        tags,
        summary: 'The composite weights and grade bands in force',
        response: { 200: WeightsSchemaOut },
      },
    },
    async (req) => {
      requireActor(req);
      return presentWeights(await app.services.assessments.weights());
    },
  );

  app.put(
    '/api/v1/assessment-weights',
    {
      schema: {
        tags,
        summary: 'Save weights and grade bands as a new version (administrator)',
        body: WeightsBody,
        response: { 200: WeightsSchemaOut },
      },
    },
    async (req) => presentWeights(await app.services.assessments.saveWeights(requireActor(req), req.body)),
  );
}
