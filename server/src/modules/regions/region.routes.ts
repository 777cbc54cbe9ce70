import { Type } from 'typebox';
import type { AppInstance } from '../../http/app-types.ts';
import { requireActor } from '../../http/auth-plugin.ts';

const Region = Type.Object({
  code: Type.String(),
  kind: Type.Union([Type.Literal('district'), Type.Literal('street'), Type.Literal('community')]),
  name: Type.String(),
  parentCode: Type.Union([Type.String(), Type.Null()]),
});

export async function regionRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/api/v1/regions',
    {
      schema: {
        tags: ['grids'],
        summary: 'District, streets and communities as a flat list with parent codes',
        querystring: Type.Object(
          {
            kind: Type.Optional(
              Type.Union([Type.Literal('district'), Type.Literal('street'), Type.Literal('community')]),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(Region) },
      },
    },
    async (req) => {
      const all = await app.services.regions.list(requireActor(req));
      return (req.query.kind ? all.filter((r) => r.kind === req.query.kind) : all).map((r) => ({
        code: r.code,
        kind: r.kind,
        name: r.name,
        parentCode: r.parentCode,
      }));
    },
  );
}
