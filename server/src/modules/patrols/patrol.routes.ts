import type { AppInstance } from '../../http/app-types.ts';
import { requireActor } from '../../http/auth-plugin.ts';
import { parseCursor } from '../../http/page-cursor.ts';
import { presentInspection, presentPatrol, presentPatrolDetail } from './patrol.presenter.ts';
import {
  InspectionBody,
  InspectionSchema,
  PatrolDetailSchema,
  PatrolListQuery,
  PatrolPageSchema,
  PatrolParams,
  PatrolSchema,
  PointsBody,
} from './patrol.schemas.ts';

const tags = ['patrols'];

export async function patrolRoutes(app: AppInstance): Promise<void> {
  app.post(
    '/api/v1/patrols',
    {
      schema: {
        tags,
        summary: 'Start a patrol (巡查; an auditor’s is 稽查); one running at a time, else 409 CONFLICT',
        response: { 201: PatrolSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(presentPatrol(await app.services.patrols.start(requireActor(req)))),
  );

  app.get(
    '/api/v1/patrols',
    {
      schema: {
        tags,
        summary: 'Patrols newest first: one’s own, or those in one’s scope for overseers',
        querystring: PatrolListQuery,
        response: { 200: PatrolPageSchema },
      },
    },
    async (req) => {
      const q = req.query;
      const r = await app.services.patrols.list(requireActor(req), {
        user: q.user,
        from: q.from,
        to: q.to,
        cursor: parseCursor(q.cursor),
        limit: q.limit ?? 50,
      });
      return { items: r.items.map(presentPatrol), nextCursor: r.nextCursor };
    },
  );

  app.get(
    '/api/v1/patrols/:id',
    {
      schema: {
        tags,
        summary: 'One patrol with its track, the grids it visited and its inspections',
        params: PatrolParams,
        response: { 200: PatrolDetailSchema },
      },
    },
    async (req) => presentPatrolDetail(await app.services.patrols.get(requireActor(req), req.params.id)),
  );

  app.post(
    '/api/v1/patrols/:id/points',
    {
      schema: {
        tags,
        summary:
          'Add GPS fixes; repeats ignored, late ones placed in time order, jumps flagged; one bad fix refuses the batch',
        params: PatrolParams,
        body: PointsBody,
        response: { 200: PatrolSchema },
      },
    },
    async (req) =>
      presentPatrol(await app.services.patrols.addPoints(requireActor(req), req.params.id, req.body.points)),
  );

  app.post(
    '/api/v1/patrols/:id/inspections',
    {
      schema: {
        tags,
        summary: 'Record an inspection of a pollution source on this patrol',
        params: PatrolParams,
        body: InspectionBody,
        response: { 201: InspectionSchema },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          presentInspection(await app.services.patrols.inspect(requireActor(req), req.params.id, req.body)),
        ),
  );

  app.post(
    '/api/v1/patrols/:id/end',
    {
      schema: {
        tags,
        summary: 'End the patrol; an ended patrol → 409 INVALID_TRANSITION',
        params: PatrolParams,
        response: { 200: PatrolSchema },
      },
    },
    async (req) => presentPatrol(await app.services.patrols.end(requireActor(req), req.params.id)),
  );
}
