import { Type } from 'typebox';
import type { AppInstance } from '../../http/app-types.ts';

const Health = Type.Object({ status: Type.Literal('ok') });
const Ready = Type.Object({
  ready: Type.Boolean(),
  database: Type.Union([Type.Literal('ok'), Type.Literal('unreachable')]),
  pendingMigrations: Type.Array(Type.String()),
});
const ClientMeta = Type.Object({
  name: Type.String(),
  version: Type.String(),
  engine: Type.Union([Type.Literal('sqlite'), Type.Literal('postgres')]),
  businessTimeZone: Type.String(),
  tileUrl: Type.String({ description: 'Leaflet tile URL template; empty when no tiles are configured' }),
  district: Type.Union(
    [
      Type.Object({
        code: Type.String(),
        name: Type.String(),
        centre: Type.Union([Type.Object({ lng: Type.Number(), lat: Type.Number() }), Type.Null()], {
          description: "The centre of the district's outline: the map's first view",
        }),
      }),
      Type.Null(),
    ],
    { description: 'The district this deployment serves; null before it is set up' },
  ),
});

export async function systemRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/healthz',
    { schema: { tags: ['system'], summary: 'Liveness: the process answers', response: { 200: Health } } },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['system'],
        summary: 'Readiness: database reachable and migrations current',
        response: { 200: Ready, 503: Ready },
      },
    },
    async (_req, reply) => {
      const r = await app.services.system.readiness();
      return reply.status(r.ready ? 200 : 503).send(r);
    },
  );

  app.get(
    '/metrics',
    { schema: { tags: ['system'], summary: 'Prometheus metrics (text format)', hide: false } },
    async (_req, reply) => {
      const text = await app.metrics.metrics();
      return reply.header('content-type', app.metrics.contentType).send(text);
    },
  );

  app.get(
    '/api/v1/meta',
    {
      schema: {
        tags: ['system'],
        summary: 'Public settings the web app needs before login',
        response: { 200: ClientMeta },
      },
    },
    async () => ({
      name: 'envgrid',
      version: app.appVersion,
      engine: app.deps.db.engine,
      businessTimeZone: app.config.businessTimeZone,
      tileUrl: app.config.tileUrl,
      district: await app.services.regions.district(),
    }),
  );
}
