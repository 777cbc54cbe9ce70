import { Type } from 'typebox';
import type { AppInstance } from '../../http/app-types.ts';
import { DEVICE_COOKIE, requireActor, SESSION_COOKIE, sessionCookieOptions } from '../../http/auth-plugin.ts';
import { ErrorResponse } from '../../http/common-schemas.ts';
import { presentUser } from '../users/user.presenter.ts';
import { Password, UserSchema, Username } from '../users/user.schemas.ts';
import { TOKEN_DEFAULT_DAYS, TOKEN_MAX_DAYS } from './api-token.service.ts';
import { DEVICE_LIFETIME_MS, SESSION_IDLE_MS } from './auth.service.ts';

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
  expiresAt: Type.Union([Type.Number(), Type.Null()]),
  lastUsedAt: Type.Union([Type.Number(), Type.Null()]),
  revokedAt: Type.Union([Type.Number(), Type.Null()]),
});
const CreateTokenBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    expiresInDays: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: TOKEN_MAX_DAYS,
        description: `days until the token stops working (default ${TOKEN_DEFAULT_DAYS})`,
      }),
    ),
  },
  { additionalProperties: false },
);
const SessionSchema = Type.Object({
  createdAt: Type.Number(),
  lastSeenAt: Type.Number(),
  expiresAt: Type.Number(),
  ip: Type.Union([Type.String(), Type.Null()]),
  userAgent: Type.Union([Type.String(), Type.Null()]),
  current: Type.Boolean(),
});
const LockoutSchema = Type.Object({
  kind: Type.Union([Type.Literal('account-source'), Type.Literal('address'), Type.Literal('account')]),
  username: Type.Union([Type.String(), Type.Null()]),
  address: Type.Union([Type.String(), Type.Null()]),
  trustedBrowser: Type.Boolean(),
  attempts: Type.Integer(),
  until: Type.Number(),
});
const Address = Type.String({ minLength: 1, maxLength: 64, pattern: '^[0-9A-Fa-f.:]+$' });

export async function authRoutes(app: AppInstance): Promise<void> {
  const cookieOptions = sessionCookieOptions(app.config);

  app.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Log in with username and password; sets the session cookie',
        description:
          'Throttled per account and source, per address and per account (see docs/security.md); 429 carries Retry-After.',
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
        deviceToken: req.cookies[DEVICE_COOKIE] ?? null,
      });
      void reply.setCookie(SESSION_COOKIE, r.sessionToken, {
        ...cookieOptions,
        maxAge: Math.floor(SESSION_IDLE_MS / 1000),
      });
      void reply.setCookie(DEVICE_COOKIE, r.deviceToken, {
        ...cookieOptions,
        path: '/api/v1/auth/login',
        maxAge: Math.floor(DEVICE_LIFETIME_MS / 1000),
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
    '/api/v1/me/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change my password: my other sessions end and my API tokens are revoked',
        description:
          'Needs a password session (not an API token). A wrong current password counts as a failed login: 429 after too many.',
        body: Type.Object(
          { currentPassword: Password, newPassword: Password },
          { additionalProperties: false },
        ),
        response: { 204: Type.Null(), 400: ErrorResponse, 403: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (req, reply) => {
      await app.services.auth.changeOwnPassword(requireActor(req), req.sessionId, {
        ...req.body,
        ip: req.ip ?? null,
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/sessions',
    {
      schema: {
        tags: ['auth'],
        summary: 'My live sessions (browsers logged in as me)',
        response: { 200: Type.Object({ items: Type.Array(SessionSchema) }) },
      },
    },
    async (req) => {
      const sessions = await app.services.auth.listSessions(requireActor(req), req.sessionId);
      return {
        items: sessions.map((s) => ({
          createdAt: s.createdAt,
          lastSeenAt: s.lastSeenAt,
          expiresAt: s.expiresAt,
          ip: s.ip,
          userAgent: s.userAgent,
          current: s.current,
        })),
      };
    },
  );

  app.post(
    '/api/v1/auth/sessions/end-others',
    {
      schema: {
        tags: ['auth'],
        summary: 'End all my sessions except this one (needs a password session, not an API token)',
        response: { 200: Type.Object({ ended: Type.Integer() }) },
      },
    },
    async (req) => ({ ended: await app.services.auth.endOtherSessions(requireActor(req), req.sessionId) }),
  );

  app.post(
    '/api/v1/auth/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create a personal API token for integrations (shown once; needs a password login)',
        body: CreateTokenBody,
        response: {
          201: Type.Object({
            id: Type.String(),
            name: Type.String(),
            token: Type.String(),
            expiresAt: Type.Number(),
          }),
        },
      },
    },
    async (req, reply) => {
      const { token, secret } = await app.services.tokens.create(
        requireActor(req),
        req.tokenId !== null,
        req.body,
      );
      return reply
        .status(201)
        .send({ id: token.id, name: token.name, token: secret, expiresAt: token.expiresAt! });
    },
  );

  app.get(
    '/api/v1/auth/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: "My API tokens (without secrets); administrators may ask for a user's with userId",
        querystring: Type.Object(
          { userId: Type.Optional(Type.String({ minLength: 1, maxLength: 36 })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(TokenSchema) }) },
      },
    },
    async (req) => {
      const tokens = await app.services.tokens.list(requireActor(req), req.query.userId);
      return {
        items: tokens.map((t) => ({
          id: t.id,
          name: t.name,
          createdAt: t.createdAt,
          expiresAt: t.expiresAt,
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
        summary: "Revoke one of my API tokens (administrators: anyone's)",
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) }),
        response: { 204: Type.Null() },
      },
    },
    async (req, reply) => {
      await app.services.tokens.revoke(requireActor(req), req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/lockouts',
    {
      schema: {
        tags: ['auth'],
        summary: 'Logins held back now by the failure limits (admin)',
        response: { 200: Type.Object({ items: Type.Array(LockoutSchema) }) },
      },
    },
    async (req) => {
      const items = await app.services.auth.listLockouts(requireActor(req));
      return {
        items: items.map((l) => ({
          kind: l.kind,
          username: l.username,
          address: l.address,
          trustedBrowser: l.trustedBrowser,
          attempts: l.attempts,
          until: l.until,
        })),
      };
    },
  );

  app.delete(
    '/api/v1/auth/lockouts',
    {
      schema: {
        tags: ['auth'],
        summary: 'Clear the failure counters of a username (from every source) or of an address (admin)',
        querystring: Type.Object(
          { username: Type.Optional(Username), address: Type.Optional(Address) },
          { additionalProperties: false, description: 'exactly one of username and address' },
        ),
        response: { 200: Type.Object({ cleared: Type.Integer() }) },
      },
    },
    async (req) => ({ cleared: await app.services.auth.clearLockouts(requireActor(req), req.query) }),
  );
}
