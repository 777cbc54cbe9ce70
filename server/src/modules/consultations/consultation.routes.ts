import { Type } from 'typebox';
import type { AppInstance } from '../../http/app-types.ts';
import { requireActor } from '../../http/auth-plugin.ts';
import { presentConsultation, presentThread } from './consultation.presenter.ts';
import {
  AskBody,
  ConsultationParams,
  ConsultationSchema,
  ListQuery,
  ReplyBody,
  ThreadSchema,
} from './consultation.schemas.ts';

const tags = ['consultations'];

/** 咨询 (docs/consultations.md): ask the grid's officers, read the thread, reply. */
export async function consultationRoutes(app: AppInstance): Promise<void> {
  app.post(
    '/api/v1/consultations',
    {
      schema: {
        tags,
        summary: "咨询: ask the grid's officers how to qualify a problem (supervisor, auditor)",
        body: AskBody,
        response: { 201: ConsultationSchema },
      },
    },
    async (req, reply) => {
      const d = await app.services.consultations.ask(requireActor(req), req.body);
      return reply.status(201).send(presentConsultation(d));
    },
  );

  app.get(
    '/api/v1/consultations',
    {
      schema: {
        tags,
        summary:
          'Consultations this user asked, answers (their grids) or oversees (street, district), newest first',
        querystring: ListQuery,
        response: {
          200: Type.Object({
            items: Type.Array(ConsultationSchema),
            nextCursor: Type.Union([Type.String(), Type.Null()]),
          }),
        },
      },
    },
    async (req) => {
      const q = req.query;
      const r = await app.services.consultations.list(requireActor(req), {
        status: q.status,
        mine: q.mine,
        cursor: q.cursor,
        limit: q.limit ?? 50,
      });
      return { items: r.items.map(presentConsultation), nextCursor: r.nextCursor };
    },
  );

  app.get(
    '/api/v1/consultations/:id',
    {
      schema: {
        tags,
        summary: 'One consultation with its thread of replies',
        params: ConsultationParams,
        response: { 200: ThreadSchema },
      },
    },
    async (req) => presentThread(await app.services.consultations.get(requireActor(req), req.params.id)),
  );

  app.post(
    '/api/v1/consultations/:id/replies',
    {
      schema: {
        tags,
        summary:
          "Reply: the grid's officers or the street's sub-center answer, the asker follows up; answers with the thread",
        params: ConsultationParams,
        body: ReplyBody,
        response: { 201: ThreadSchema },
      },
    },
    async (req, reply) => {
      const t = await app.services.consultations.reply(requireActor(req), req.params.id, req.body.text);
      return reply.status(201).send(presentThread(t));
    },
  );
}
