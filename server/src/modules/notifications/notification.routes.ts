import { Type } from 'typebox';
import type { AppInstance } from '../../http/app-types.ts';
import { requireActor } from '../../http/auth-plugin.ts';
import { Limit, RowId } from '../../http/common-schemas.ts';

const Notification = Type.Object({
  id: Type.Integer(),
  kind: Type.String(),
  caseId: Type.Union([Type.String(), Type.Null()]),
  title: Type.String(),
  body: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.Number(),
  readAt: Type.Union([Type.Number(), Type.Null()]),
});

export async function notificationRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/api/v1/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: 'My inbox, newest first, with the unread count',
        querystring: Type.Object(
          {
            unread: Type.Optional(Type.Boolean()),
            before: Type.Optional(RowId('only notifications with a smaller id')),
            limit: Type.Optional(Limit),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(Notification), unread: Type.Integer() }) },
      },
    },
    async (req) => {
      const r = await app.services.notifications.inbox(requireActor(req), {
        unreadOnly: req.query.unread,
        before: req.query.before,
        limit: req.query.limit ?? 50,
      });
      return { items: r.items.map(({ userId: _u, ...n }) => n), unread: r.unread };
    },
  );

  app.post(
    '/api/v1/notifications/read',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Mark notifications read: the given ids, or all',
        body: Type.Object(
          { ids: Type.Optional(Type.Array(RowId(), { maxItems: 500 })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ updated: Type.Integer() }) },
      },
    },
    async (req) => ({
      updated: await app.services.notifications.markRead(requireActor(req), req.body.ids ?? 'all'),
    }),
  );
}
