import crypto from 'node:crypto';
import { AppError, can, type Actor, type Clock } from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import type { UserRecord } from '../users/user.repository.ts';
import type { ApiTokenRecord } from './api-token.repository.ts';
import { dummyHash, verifyPassword } from './password.ts';

const MINUTE = 60_000;
export const SESSION_IDLE_MS = 8 * 60 * MINUTE;
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * MINUTE;
/** Failures per username before it is locked for the rest of the window. */
export const USER_FAILURE_LIMIT = 5;
/** Failures per address: higher, since many users may share an office's address. */
export const IP_FAILURE_LIMIT = 30;
export const FAILURE_WINDOW_MS = 15 * MINUTE;
/** A session's expiry is pushed forward at most once a minute, not on every request. */
const TOUCH_EVERY_MS = MINUTE;

const sha256 = (value: string) => crypto.createHash('sha256').update(value).digest('hex');
const randomToken = (bytes = 32) => crypto.randomBytes(bytes).toString('base64url');

export const BAD_CREDENTIALS = 'Wrong username or password';

export interface LoginResult {
  user: UserRecord;
  sessionToken: string;
  csrfToken: string;
  expiresAt: number;
}

export interface ResolvedSession {
  actor: Actor;
  sessionId: string;
  csrfToken: string;
}

export function toActor(u: UserRecord): Actor {
  return { id: u.id, username: u.username, displayName: u.displayName, roles: u.roles, scope: u.scope };
}

export class AuthService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
  ) {}

  async login(input: {
    username: string;
    password: string;
    ip: string | null;
    userAgent: string | null;
  }): Promise<LoginResult> {
    const username = input.username.trim().toLowerCase();
    const now = this.clock.now();
    const keys = [`user:${username}`, ...(input.ip ? [`ip:${input.ip}`] : [])];
    await this.refuseIfThrottled(username, input.ip, now);

    const user = await this.data.repos.users.findByUsername(username);
    // Verify against a dummy hash for unknown users so the answer takes as long either way.
    const ok = user
      ? await verifyPassword(user.passwordHash, input.password)
      : (await verifyPassword(await dummyHash(), input.password), false);
    if (!user || !ok || user.disabled) {
      await this.data.repos.loginThrottle.record(keys, now);
      throw new AppError('UNAUTHENTICATED', BAD_CREDENTIALS);
    }

    const sessionToken = randomToken();
    const csrfToken = randomToken(24);
    const expiresAt = now + SESSION_IDLE_MS;
    await this.data.transaction(async (repos) => {
      await repos.loginThrottle.clear(`user:${username}`);
      await repos.sessions.insert({
        id: sha256(sessionToken),
        userId: user.id,
        csrfToken,
        createdAt: now,
        expiresAt,
        lastSeenAt: now,
        ip: input.ip,
        userAgent: input.userAgent,
      });
    });
    return { user, sessionToken, csrfToken, expiresAt };
  }

  private async refuseIfThrottled(username: string, ip: string | null, now: number): Promise<void> {
    const since = now - FAILURE_WINDOW_MS;
    const checks: [string, number][] = [[`user:${username}`, USER_FAILURE_LIMIT]];
    if (ip) checks.push([`ip:${ip}`, IP_FAILURE_LIMIT]);
    for (const [key, limit] of checks) {
      const { count, oldest } = await this.data.repos.loginThrottle.recent(key, since);
      if (count >= limit) {
        const retryAfterSeconds = Math.max(1, Math.ceil(((oldest ?? now) + FAILURE_WINDOW_MS - now) / 1000));
        throw new AppError(
          'TOO_MANY_REQUESTS',
          `Too many failed logins; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`,
          {
            retryAfterSeconds,
          },
        );
      }
    }
  }

  /** The actor behind a session cookie, or null when it is unknown, expired or its user disabled. */
  async resolveSession(sessionToken: string): Promise<ResolvedSession | null> {
    const now = this.clock.now();
    const id = sha256(sessionToken);
    const session = await this.data.repos.sessions.find(id);
    if (!session) return null;
    if (session.expiresAt <= now || session.createdAt + SESSION_ABSOLUTE_MS <= now) {
      await this.data.repos.sessions.delete(id);
      return null;
    }
    const user = await this.data.repos.users.findById(session.userId);
    if (!user || user.disabled) {
      await this.data.repos.sessions.delete(id);
      return null;
    }
    if (now - session.lastSeenAt >= TOUCH_EVERY_MS) {
      await this.data.repos.sessions.touch(
        id,
        now,
        Math.min(now + SESSION_IDLE_MS, session.createdAt + SESSION_ABSOLUTE_MS),
      );
    }
    return { actor: toActor(user), sessionId: id, csrfToken: session.csrfToken };
  }

  async logout(sessionId: string): Promise<void> {
    await this.data.repos.sessions.delete(sessionId);
  }

  /** The actor behind a bearer token, or null. */
  async resolveToken(token: string): Promise<Actor | null> {
    const record = await this.data.repos.apiTokens.findActiveByHash(sha256(token));
    if (!record) return null;
    const user = await this.data.repos.users.findById(record.userId);
    if (!user || user.disabled) return null;
    const now = this.clock.now();
    if (record.lastUsedAt === null || now - record.lastUsedAt >= TOUCH_EVERY_MS)
      await this.data.repos.apiTokens.markUsed(record.id, now);
    return toActor(user);
  }

  /** Creates a personal API token; the secret is returned once and stored only as a hash. */
  async createToken(actor: Actor, name: string): Promise<{ token: ApiTokenRecord; secret: string }> {
    if (!can(actor, 'tokens.own')) throw new AppError('FORBIDDEN', 'You may not create API tokens');
    const secret = `egt_${randomToken()}`;
    const id = crypto.randomUUID();
    const now = this.clock.now();
    await this.data.transaction(async (repos) => {
      await repos.apiTokens.insert({
        id,
        userId: actor.id,
        name: name.trim(),
        tokenHash: sha256(secret),
        createdAt: now,
      });
      await repos.audit.append(
        {
          actorId: actor.id,
          action: 'token.create',
          targetKind: 'api_token',
          targetId: id,
          details: { name },
        },
        now,
      );
    });
    return {
      token: { id, userId: actor.id, name: name.trim(), createdAt: now, lastUsedAt: null, revokedAt: null },
      secret,
    };
  }

  listTokens(actor: Actor): Promise<ApiTokenRecord[]> {
    return this.data.repos.apiTokens.listForUser(actor.id);
  }

  async revokeToken(actor: Actor, id: string): Promise<void> {
    const now = this.clock.now();
    await this.data.transaction(async (repos) => {
      if (!(await repos.apiTokens.revoke(id, actor.id, now)))
        throw new AppError('NOT_FOUND', 'API token not found');
      await repos.audit.append(
        { actorId: actor.id, action: 'token.revoke', targetKind: 'api_token', targetId: id },
        now,
      );
    });
  }

  /** Drops expired sessions and failed-login records older than the throttling window. */
  async housekeeping(): Promise<void> {
    const now = this.clock.now();
    await this.data.repos.sessions.deleteExpired(now);
    await this.data.repos.loginThrottle.prune(now - FAILURE_WINDOW_MS);
  }

  /** Ends every session of a user: on disable, role or password change. */
  async endSessionsOf(userId: string): Promise<void> {
    await this.data.repos.sessions.deleteForUser(userId);
  }
}
