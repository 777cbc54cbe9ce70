import { Type } from 'typebox';
import type { AppInstance } from '../../http/app-types.ts';
import { requireActor } from '../../http/auth-plugin.ts';
import { presentFinding, presentRun, presentRunDetails, presentSample } from './case-audit.presenter.ts';
import {
  FindingSchema,
  FindingsQuery,
  NewRunBody,
  RecheckBody,
  RunDetailSchema,
  RunListQuery,
  RunParams,
  RunSchema,
  SampleParams,
  SampleSchema,
} from './case-audit.schemas.ts';

const tags = ['audits'];

/** 督查 (sampled re-checks of closed cases) and 稽查 findings (docs/audits.md). */
export async function caseAuditRoutes(app: AppInstance): Promise<void> {
  app.post(
    '/api/v1/audits',
    {
      schema: {
        tags,
        summary: "督查: sample a period's closed cases by lead department from a seed (auditor, leader)",
        body: NewRunBody,
        response: { 201: RunDetailSchema },
      },
    },
    async (req, reply) => {
      const d = await app.services.caseAudits.create(requireActor(req), req.body);
      return reply.status(201).send(presentRunDetails(d));
    },
  );

  app.get(
    '/api/v1/audits',
    {
      schema: {
        tags,
        summary: '督查 runs, newest first, with their progress (auditor, leader)',
        querystring: RunListQuery,
        response: { 200: Type.Object({ items: Type.Array(RunSchema) }) },
      },
    },
    async (req) => {
      const runs = await app.services.caseAudits.list(requireActor(req), req.query.limit ?? 50);
      return { items: runs.map(presentRun) };
    },
  );

  app.get(
    '/api/v1/audits/findings',
    {
      schema: {
        tags,
        summary: "稽查 findings: cases auditors reported, with the grid's supervisor then (漏报)",
        querystring: FindingsQuery,
        response: { 200: Type.Object({ items: Type.Array(FindingSchema) }) },
      },
    },
    async (req) => {
      const q = req.query;
      const items = await app.services.caseAudits.findings(requireActor(req), {
        from: q.from,
        to: q.to,
        street: q.street,
        limit: q.limit ?? 200,
      });
      return { items: items.map(presentFinding) };
    },
  );

  app.get(
    '/api/v1/audits/:id',
    {
      schema: {
        tags,
        summary: 'A 督查 run with its samples (auditor, leader)',
        params: RunParams,
        response: { 200: RunDetailSchema },
      },
    },
    async (req) => presentRunDetails(await app.services.caseAudits.get(requireActor(req), req.params.id)),
  );

  app.post(
    '/api/v1/audits/:id/samples/:sampleId/recheck',
    {
      schema: {
        tags,
        summary: 'Record the on-site re-check of a sample; failed opens a linked case (auditor)',
        params: SampleParams,
        body: RecheckBody,
        response: { 200: SampleSchema },
      },
    },
    async (req) =>
      presentSample(
        await app.services.caseAudits.recheck(
          requireActor(req),
          req.params.id,
          req.params.sampleId,
          req.body,
        ),
      ),
  );
}
