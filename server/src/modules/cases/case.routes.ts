import { Type } from 'typebox';
import type { AppInstance } from '../../http/app-types.ts';
import { requireActor } from '../../http/auth-plugin.ts';
import { parseCursor } from '../../http/page-cursor.ts';
import { presentCase, presentEvents } from './case.presenter.ts';
import {
  ActionBody,
  ActionParams,
  CaseSchema,
  DuplicateSchema,
  EventSchema,
  ListQuery,
  ReportBody,
} from './case.schemas.ts';

const tags = ['cases'];
const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) });

export async function caseRoutes(app: AppInstance): Promise<void> {
  app.post(
    '/api/v1/cases',
    {
      schema: {
        tags,
        summary: '信息采集: report a problem (supervisor: patrol; intake: hotline, starts at 待核实)',
        body: ReportBody,
        response: {
          201: Type.Intersect([
            CaseSchema,
            Type.Object({ duplicateCandidates: Type.Array(DuplicateSchema) }),
          ]),
        },
      },
    },
    async (req, reply) => {
      const r = await app.services.cases.report(requireActor(req), req.body);
      return reply.status(201).send({ ...presentCase(r), duplicateCandidates: r.duplicates });
    },
  );

  app.get(
    '/api/v1/cases',
    {
      schema: {
        tags,
        summary: 'Cases the user may see, newest first, or running steps by nearest deadline',
        querystring: ListQuery,
        response: {
          200: Type.Object({
            items: Type.Array(CaseSchema),
            nextCursor: Type.Union([Type.String(), Type.Null()]),
          }),
        },
      },
    },
    async (req) => {
      const q = req.query;
      const r = await app.services.cases.list(requireActor(req), {
        statuses: q.status?.split(',').filter(Boolean),
        streetCode: q.street,
        gridCodes: q.grid?.split(','),
        itemCode: q.item,
        overdue: q.overdue,
        supervised: q.supervised,
        mine: q.mine,
        reportedByMe: q.reportedByMe,
        q: q.q,
        sort: q.sort,
        cursor: parseCursor(q.cursor),
        limit: q.limit ?? 50,
      });
      return { items: r.items.map(presentCase), nextCursor: r.nextCursor };
    },
  );

  app.get(
    '/api/v1/cases/:id',
    {
      schema: {
        tags,
        summary: 'One case with the actions this user may take now',
        params: IdParams,
        response: {
          200: Type.Intersect([
            CaseSchema,
            Type.Object({
              duplicateCandidates: Type.Optional(
                Type.Array(DuplicateSchema, {
                  description: 'before filing, for whoever may file or void it: possible duplicates',
                }),
              ),
              gridOfficers: Type.Optional(
                Type.Array(Type.Object({ id: Type.String(), name: Type.String() }), {
                  description: 'for the lead department while handling: officers it may bring in',
                }),
              ),
            }),
          ]),
        },
      },
    },
    async (req) => {
      const d = await app.services.cases.get(requireActor(req), req.params.id);
      return {
        ...presentCase(d),
        ...(d.duplicates ? { duplicateCandidates: d.duplicates } : {}),
        ...(d.gridOfficers ? { gridOfficers: d.gridOfficers } : {}),
      };
    },
  );

  app.get(
    '/api/v1/cases/:id/events',
    {
      schema: {
        tags,
        summary: 'The case’s timeline: every event in order, with the plan step it belongs to',
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(EventSchema) }) },
      },
    },
    async (req) => {
      const r = await app.services.cases.timeline(requireActor(req), req.params.id);
      return { items: presentEvents(r.events, r.photos, r.actors) };
    },
  );

  app.post(
    '/api/v1/cases/:id/actions/:action',
    {
      schema: {
        tags,
        summary:
          'Take a workflow action (docs/workflow.md); stale version → 409 VERSION_CONFLICT, wrong state → 409 INVALID_TRANSITION',
        params: ActionParams,
        body: ActionBody,
        response: { 200: CaseSchema },
      },
    },
    async (req) =>
      presentCase(
        await app.services.cases.act(requireActor(req), req.params.id, req.params.action, req.body),
      ),
  );
}
