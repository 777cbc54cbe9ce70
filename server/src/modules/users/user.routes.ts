import { Type } from 'typebox';
import type { AppInstance } from '../../http/app-types.ts';
import { requireActor } from '../../http/auth-plugin.ts';
import { presentUser } from './user.presenter.ts';
import {
  CreateUserBody,
  ListUsersQuery,
  ResetPasswordBody,
  UpdateUserBody,
  UserSchema,
} from './user.schemas.ts';

const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) });
const tags = ['users'];

export async function userRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/api/v1/users',
    {
      schema: {
        tags,
        summary: 'List users (admin)',
        querystring: ListUsersQuery,
        response: { 200: Type.Object({ items: Type.Array(UserSchema), total: Type.Integer() }) },
      },
    },
    async (req) => {
      const { items, total } = await app.services.users.list(requireActor(req), req.query);
      return { items: items.map(presentUser), total };
    },
  );

  app.post(
    '/api/v1/users',
    {
      schema: { tags, summary: 'Create a user (admin)', body: CreateUserBody, response: { 201: UserSchema } },
    },
    async (req, reply) =>
      reply.status(201).send(presentUser(await app.services.users.createAs(requireActor(req), req.body))),
  );

  app.get(
    '/api/v1/users/:id',
    { schema: { tags, summary: 'One user (admin)', params: IdParams, response: { 200: UserSchema } } },
    async (req) => presentUser(await app.services.users.get(requireActor(req), req.params.id)),
  );

  app.patch(
    '/api/v1/users/:id',
    {
      schema: {
        tags,
        summary:
          "Change a user's name, roles, scope or phone (admin); role or scope changes end their sessions",
        params: IdParams,
        body: UpdateUserBody,
        response: { 200: UserSchema },
      },
    },
    async (req) => presentUser(await app.services.users.update(requireActor(req), req.params.id, req.body)),
  );

  app.post(
    '/api/v1/users/:id/disable',
    {
      schema: {
        tags,
        summary: 'Disable a user and end their sessions (admin)',
        params: IdParams,
        response: { 200: UserSchema },
      },
    },
    async (req) => presentUser(await app.services.users.setDisabled(requireActor(req), req.params.id, true)),
  );

  app.post(
    '/api/v1/users/:id/enable',
    {
      schema: {
        tags,
        summary: 'Enable a disabled user (admin)',
        params: IdParams,
        response: { 200: UserSchema },
      },
    },
    async (req) => presentUser(await app.services.users.setDisabled(requireActor(req), req.params.id, false)),
  );

  app.post(
    '/api/v1/users/:id/password',
    {
      schema: {
        tags,
        summary: "Reset a user's password and end their sessions (admin)",
        params: IdParams,
        body: ResetPasswordBody,
        response: { 204: Type.Null() },
      },
    },
    async (req, reply) => {
      await app.services.users.resetPassword(requireActor(req), req.params.id, req.body.password);
      return reply.status(204).send(null);
    },
  );
}
