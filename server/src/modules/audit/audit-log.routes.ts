import { Type } from 'typebox';
import type { AppInstance } from '../../http/app-types.ts';
import { requireActor } from '../../http/auth-plugin.ts';
import { Limit, RowId } from '../../http/common-schemas.ts';

const Entry = Type.Object({
  id: Type.Integer(),
  actor: Type.Union([
    Type.Object({ id: Type.String(), username: Type.Union([Type.String(), Type.Null()]) }),
    Type.Null(),
  ]),
  action: Type.String(),
  targetKind: Type.String(),
  targetId: Type.String(),
  details: Type.Unknown(),
  at: Type.Number(),
});

export async function auditLogRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/api/v1/audit-log',
    {
      schema: {
        tags: ['users'],
        summary: 'Who changed which user, grid or department, newest first (admin)',
        querystring: Type.Object(
          {
            targetKind: Type.Optional(Type.String({ maxLength: 32 })),
            targetId: Type.Optional(Type.String({ maxLength: 64 })),
            before: Type.Optional(RowId('only entries with a smaller id')),
            limit: Type.Optional(Limit),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(Entry) }) },
      },
    },
    async (req) => {
      const rows = await app.services.audit.list(requireActor(req), {
        ...req.query,
        limit: req.query.limit ?? 50,
      });
      return {
        items: rows.map((r) => ({
          id: r.id,
          actor: r.actorId ? { id: r.actorId, username: r.actorUsername } : null,
          action: r.action,
          targetKind: r.targetKind,
          targetId: r.targetId,
          details: r.details,
          at: r.at,
        })),
      };
    },
  );
}
