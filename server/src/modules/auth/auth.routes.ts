import { Type } from 'typebox';
import type { AppInstance } from '../../http/app-types.ts';
import { requireActor, SESSION_COOKIE } from '../../http/auth-plugin.ts';
import { ErrorResponse } from '../../http/common-schemas.ts';
import { presentUser } from '../users/user.presenter.ts';
import { Password, UserSchema, Username } from '../users/user.schemas.ts';
import { SESSION_IDLE_MS } from './auth.service.ts';

const LoginBody = Type.Object({ username: Username, password: Password }, { additionalProperties: false });
const LoginResponse = Type.Object({ user: UserSchema, csrfToken: Type.String() });
const MeResponse = Type.Object({
  user: UserSchema,
  grids: Type.Array(Type.String(), { description: 'grid codes this user is the responsible supervisor of' }),
  csrfToken: Type.Union([Type.String(), Type.Null()], {
    description: 'for cookie sessions; null with a bearer token',
  }),
});
const TokenSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  createdAt: Type.Number(),
  lastUsedAt: Type.Union([Type.Number(), Type.Null()]),
  revokedAt: Type.Union([Type.Number(), Type.Null()]),
});

export async function authRoutes(app: AppInstance): Promise<void> {
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: app.config.cookieSecure,
  };

  app.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Log in with username and password; sets the session cookie',
        body: LoginBody,
        response: { 200: LoginResponse, 401: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (req, reply) => {
      const r = await app.services.auth.login({
        username: req.body.username,
        password: req.body.password,
        ip: req.ip ?? null,
        userAgent: req.headers['user-agent'] ?? null,
      });
      void reply.setCookie(SESSION_COOKIE, r.sessionToken, {
        ...cookieOptions,
        maxAge: Math.floor(SESSION_IDLE_MS / 1000),
      });
      return { user: presentUser(r.user), csrfToken: r.csrfToken };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { schema: { tags: ['auth'], summary: 'End this session', response: { 204: Type.Null() } } },
    async (req, reply) => {
      requireActor(req);
      if (req.sessionId) await app.services.auth.logout(req.sessionId);
      void reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The logged-in user and the grids they are responsible for',
        response: { 200: MeResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { user, grids } = await app.services.users.me(actor);
      return { user: presentUser(user), grids, csrfToken: req.csrfToken };
    },
  );

  app.post(
    '/api/v1/auth/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create a personal API token for integrations (shown once)',
        body: Type.Object(
          { name: Type.String({ minLength: 1, maxLength: 100 }) },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ id: Type.String(), name: Type.String(), token: Type.String() }) },
      },
    },
    async (req, reply) => {
      const { token, secret } = await app.services.auth.createToken(requireActor(req), req.body.name);
      return reply.status(201).send({ id: token.id, name: token.name, token: secret });
    },
  );

  app.get(
    '/api/v1/auth/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: 'My API tokens (without secrets)',
        response: { 200: Type.Object({ items: Type.Array(TokenSchema) }) },
      },
    },
    async (req) => {
      const tokens = await app.services.auth.listTokens(requireActor(req));
      return {
        items: tokens.map((t) => ({
          id: t.id,
          name: t.name,
          createdAt: t.createdAt,
          lastUsedAt: t.lastUsedAt,
          revokedAt: t.revokedAt,
        })),
      };
    },
  );

  app.delete(
    '/api/v1/auth/tokens/:id',
    {
      schema: {
        tags: ['auth'],
        summary: 'Revoke one of my API tokens',
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        response: { 204: Type.Null() },
      },
    },
    async (req, reply) => {
      await app.services.auth.revokeToken(requireActor(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
}
