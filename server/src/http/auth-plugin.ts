import crypto from 'node:crypto';
import { AppError, type Actor } from '@envgrid/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.ts';

export const SESSION_COOKIE = 'envgrid_session';
/** Marks a browser that has logged in before: its attempts are not held back by others' failures. */
export const DEVICE_COOKIE = 'envgrid_device';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** Set when the actor came from a session cookie (not a bearer token). */
    sessionId: string | null;
    /** Set when the actor came from a bearer token. */
    tokenId: string | null;
    csrfToken: string | null;
  }
}

export function sessionCookieOptions(config: Config) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: config.cookieSecure };
}

/** The acting user, or 401. Every non-public route starts with this. */
export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError('UNAUTHENTICATED', 'Log in first');
  return req.actor;
}

function sameSecret(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(expected).digest();
  return crypto.timingSafeEqual(a, b);
}

/**
 * Resolves the actor of every API request from its bearer token or session cookie, and
 * refuses cookie-authenticated unsafe requests without the session's CSRF token.
 */
export const authPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('tokenId', null);
  app.decorateRequest('csrfToken', null);

  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/api/')) return;
    const auth = req.headers.authorization;
    // Other schemes (Basic from a reverse proxy's own login) are not ours: ignore them.
    const bearer = auth === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (bearer) {
      const resolved = await app.services.tokens.resolve(bearer[1]!);
      if (!resolved)
        throw new AppError('UNAUTHENTICATED', 'The API token is missing, wrong, expired or revoked');
      req.actor = resolved.actor;
      req.tokenId = resolved.tokenId;
      return;
    }
    const cookie = req.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const session = await app.services.auth.resolveSession(cookie);
    if (!session) return; // an expired cookie is the same as none; routes that need a user answer 401
    req.actor = session.actor;
    req.sessionId = session.sessionId;
    req.csrfToken = session.csrfToken;
    if (session.renewedForMs !== null) {
      // Sliding session: the cookie lives as long as the session now does.
      void reply.setCookie(SESSION_COOKIE, cookie, {
        ...sessionCookieOptions(app.config),
        maxAge: Math.max(1, Math.floor(session.renewedForMs / 1000)),
      });
    }
    // Logging in again (another account, same browser) must not need the old session's token.
    const isLogin = req.method === 'POST' && req.url.split('?')[0] === '/api/v1/auth/login';
    if (
      !SAFE_METHODS.has(req.method) &&
      !isLogin &&
      !sameSecret(req.headers['x-csrf-token'], session.csrfToken)
    ) {
      throw new AppError('FORBIDDEN', 'Missing or wrong X-CSRF-Token header');
    }
  });
});
