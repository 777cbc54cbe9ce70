import { Type } from 'typebox';
import type { AppInstance } from '../../http/app-types.ts';
import { requireActor } from '../../http/auth-plugin.ts';
import { parseCursor } from '../../http/page-cursor.ts';
import { presentSource, presentSourceDetail } from './source.presenter.ts';
import {
  SourceActionBody,
  SourceActionParams,
  SourceBody,
  SourceDetailSchema,
  SourceIdParams,
  SourceImportBody,
  SourceListQuery,
  SourceSchema,
} from './source.schemas.ts';

const tags = ['sources'];

export async function sourceRoutes(app: AppInstance): Promise<void> {
  // A CSV file may also be posted as is (text/csv): it arrives as `{content}`.
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: 5_000_000 }, (_req, body, done) =>
    done(null, { content: body }),
  );

  app.get(
    '/api/v1/sources',
    {
      schema: {
        tags,
        summary: 'Pollution sources the user may see, newest first',
        querystring: SourceListQuery,
        response: {
          200: Type.Object({
            items: Type.Array(SourceSchema),
            nextCursor: Type.Union([Type.String(), Type.Null()]),
          }),
        },
      },
    },
    async (req) => {
      const q = req.query;
      const r = await app.services.sources.list(requireActor(req), {
        statuses: q.status?.split(',').filter(Boolean),
        type: q.type,
        streetCode: q.street,
        gridCodes: q.grid?.split(',').filter(Boolean),
        q: q.q?.trim() || undefined,
        repeat: q.repeat,
        cursor: parseCursor(q.cursor),
        limit: q.limit ?? 50,
      });
      return { items: r.items.map(presentSource), nextCursor: r.nextCursor };
    },
  );

  app.get(
    '/api/v1/sources/export.csv',
    {
      schema: {
        tags,
        summary: 'The sources the user may see, as CSV (the import format plus id and status)',
      },
    },
    async (req, reply) =>
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="envgrid-sources.csv"')
        .send(await app.services.sourceCsv.export(requireActor(req))),
  );

  app.post(
    '/api/v1/sources/import',
    {
      schema: {
        tags,
        summary: 'Register sources from CSV, all or nothing; problems named by row and column',
        body: SourceImportBody,
        response: { 200: Type.Object({ imported: Type.Integer() }) },
      },
    },
    async (req) => app.services.sourceCsv.import(requireActor(req), req.body.content),
  );

  app.get(
    '/api/v1/sources/:id',
    {
      schema: {
        tags,
        summary: 'One source with its history, cases, inspections and possible duplicates',
        params: SourceIdParams,
        response: { 200: SourceDetailSchema },
      },
    },
    async (req) => presentSourceDetail(await app.services.sources.get(requireActor(req), req.params.id)),
  );

  app.post(
    '/api/v1/sources',
    {
      schema: {
        tags,
        summary: 'Register a pollution source (active at once)',
        body: SourceBody,
        response: { 201: SourceSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(presentSource(await app.services.sources.create(requireActor(req), req.body))),
  );

  app.post(
    '/api/v1/sources/:id/actions/:action',
    {
      schema: {
        tags,
        summary: 'confirm, merge, dismiss, close, reopen or edit a source (docs/sources.md)',
        params: SourceActionParams,
        body: SourceActionBody,
        response: { 200: SourceSchema },
      },
    },
    async (req) =>
      presentSource(
        await app.services.sources.act(requireActor(req), req.params.id, req.params.action, req.body),
      ),
  );
}
