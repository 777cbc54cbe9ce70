import { AppError, type Actor } from '@envgrid/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

export const SESSION_COOKIE = 'envgrid_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** Set when the actor came from a session cookie (not a bearer token). */
    sessionId: string | null;
    csrfToken: string | null;
  }
}

/** The acting user, or 401. Every non-public route starts with this. */
export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError('UNAUTHENTICATED', 'Log in first');
  return req.actor;
}

/**
 * Resolves the actor of every API request from its bearer token or session cookie, and
 * refuses cookie-authenticated unsafe requests without the session's CSRF token.
 */
export const authPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('csrfToken', null);

  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const auth = req.headers.authorization;
    if (auth !== undefined) {
      const m = /^Bearer\s+(\S+)$/i.exec(auth);
      const actor = m ? await app.services.auth.resolveToken(m[1]!) : null;
      if (!actor) throw new AppError('UNAUTHENTICATED', 'The API token is missing, wrong or revoked');
      req.actor = actor;
      return;
    }
    const cookie = req.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const session = await app.services.auth.resolveSession(cookie);
    if (!session) return; // an expired cookie is the same as none; routes that need a user answer 401
    req.actor = session.actor;
    req.sessionId = session.sessionId;
    req.csrfToken = session.csrfToken;
    // Logging in again (another account, same browser) must not need the old session's token.
    const isLogin = req.method === 'POST' && req.url.split('?')[0] === '/api/v1/auth/login';
    if (!SAFE_METHODS.has(req.method) && !isLogin && req.headers['x-csrf-token'] !== session.csrfToken) {
      throw new AppError('FORBIDDEN', 'Missing or wrong X-CSRF-Token header');
    }
  });
});
