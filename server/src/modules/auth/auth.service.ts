import crypto from 'node:crypto';
import { AppError, can, passwordProblem, type Actor, type Clock } from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import type { UserRecord } from '../users/user.record.ts';
import type { SessionSummary } from './session.record.ts';
import {
  accountKey,
  addressKey,
  describeLockouts,
  LOGIN_POLICY,
  reserveLoginAttempt,
  type Lockout,
  type LoginSource,
} from './login-throttle.ts';
import { dummyHash, hashPassword, verifyPassword } from './password.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
export const SESSION_IDLE_MS = 8 * 60 * MINUTE;
export const SESSION_ABSOLUTE_MS = 7 * DAY;
/** A browser that has not logged in for this long is no longer trusted. */
export const DEVICE_LIFETIME_MS = 180 * DAY;
/** A session's expiry is pushed forward at most once a minute, not on every request. */
const TOUCH_EVERY_MS = MINUTE;

export const sha256 = (value: string) => crypto.createHash('sha256').update(value).digest('hex');
export const randomToken = (bytes = 32) => crypto.randomBytes(bytes).toString('base64url');

export const BAD_CREDENTIALS = 'Wrong username or password';

export interface LoginResult {
  user: UserRecord;
  sessionToken: string;
  csrfToken: string;
  expiresAt: number;
  /** The trusted-browser cookie to set (new, or the one presented). */
  deviceToken: string;
}

export interface ResolvedSession {
  actor: Actor;
  sessionId: string;
  csrfToken: string;
  /** Set when this request slid the session's expiry forward: the cookie must live this much longer. */
  renewedForMs: number | null;
}

export function toActor(u: UserRecord): Actor {
  return { id: u.id, username: u.username, displayName: u.displayName, roles: u.roles, scope: u.scope };
}

/** What only a person who logged in with a password may do: not an integration's API token. */
function requirePasswordSession(sessionId: string | null, what: string): void {
  if (sessionId === null)
    throw new AppError('FORBIDDEN', `An API token cannot ${what}: log in with a password to do it`);
}

function requireAdmin(actor: Actor): void {
  if (!can(actor, 'users.manage')) throw new AppError('FORBIDDEN', 'Only administrators manage logins');
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
    deviceToken: string | null;
  }): Promise<LoginResult> {
    const username = input.username.trim().toLowerCase();
    const now = this.clock.now();
    const user = await this.data.repos.users.findByUsername(username);
    const device = input.deviceToken
      ? await this.data.repos.loginDevices.find(sha256(input.deviceToken))
      : undefined;
    const trusted =
      device && user && device.userId === user.id && device.lastUsedAt + DEVICE_LIFETIME_MS > now;
    const source: LoginSource = trusted
      ? { kind: 'device', deviceId: device.id }
      : { kind: 'ip', address: input.ip ?? 'unknown' };

    const reservation = await reserveLoginAttempt(this.data.repos, username, source, now);
    // Verify against a dummy hash for unknown users so the answer takes as long either way.
    const ok = user
      ? await verifyPassword(user.passwordHash, input.password)
      : (await verifyPassword(await dummyHash(), input.password), false);
    if (!user || !ok || user.disabled) throw new AppError('UNAUTHENTICATED', BAD_CREDENTIALS);
    await reservation.release();

    const sessionToken = randomToken();
    const csrfToken = randomToken(24);
    const expiresAt = now + SESSION_IDLE_MS;
    const deviceToken = trusted ? input.deviceToken! : randomToken();
    await this.data.transaction(async (repos) => {
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
      if (trusted) await repos.loginDevices.touch(device.id, now);
      else
        await repos.loginDevices.insert({
          id: sha256(deviceToken),
          userId: user.id,
          createdAt: now,
          lastUsedAt: now,
        });
    });
    return { user, sessionToken, csrfToken, expiresAt, deviceToken };
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
    let renewedForMs: number | null = null;
    if (now - session.lastSeenAt >= TOUCH_EVERY_MS) {
      const until = Math.min(now + SESSION_IDLE_MS, session.createdAt + SESSION_ABSOLUTE_MS);
      await this.data.repos.sessions.touch(id, now, until);
      renewedForMs = until - now;
    }
    return { actor: toActor(user), sessionId: id, csrfToken: session.csrfToken, renewedForMs };
  }

  async logout(sessionId: string): Promise<void> {
    await this.data.repos.sessions.delete(sessionId);
  }

  /** The user's live sessions, newest use first; `current` marks the asking one. */
  async listSessions(
    actor: Actor,
    currentId: string | null,
  ): Promise<(SessionSummary & { current: boolean })[]> {
    const sessions = await this.data.repos.sessions.listForUser(actor.id, this.clock.now());
    return sessions.map((s) => ({ ...s, current: s.id === currentId }));
  }

  /** Ends every session of the actor except the one asking; returns how many ended. */
  async endOtherSessions(actor: Actor, currentId: string | null): Promise<number> {
    requirePasswordSession(currentId, 'end sessions');
    const now = this.clock.now();
    return this.data.transaction(async (repos) => {
      const ended = await repos.sessions.deleteOthers(actor.id, currentId!);
      await repos.audit.append(
        {
          actorId: actor.id,
          action: 'session.end_others',
          targetKind: 'user',
          targetId: actor.id,
          details: { ended },
        },
        now,
      );
      return ended;
    });
  }

  /**
   * Changes the actor's own password: every other session ends and every API token is revoked
   * for good; the session that asked stays. A wrong current password counts as a failed login,
   * so a stolen session cannot guess the password at leisure.
   */
  async changeOwnPassword(
    actor: Actor,
    currentId: string | null,
    input: { currentPassword: string; newPassword: string; ip: string | null },
  ): Promise<void> {
    requirePasswordSession(currentId, 'change the password');
    const user = await this.data.repos.users.findById(actor.id);
    if (!user) throw new AppError('UNAUTHENTICATED', 'Log in first');
    const bad = passwordProblem(input.newPassword);
    if (bad) throw new AppError('VALIDATION_FAILED', bad, [{ path: 'body/newPassword', message: bad }]);
    const now = this.clock.now();
    const reservation = await reserveLoginAttempt(
      this.data.repos,
      user.username,
      { kind: 'ip', address: input.ip ?? 'unknown' },
      now,
    );
    if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
      throw new AppError('VALIDATION_FAILED', 'The current password is wrong', [
        { path: 'body/currentPassword', message: 'The current password is wrong' },
      ]);
    await reservation.release();
    const hash = await hashPassword(input.newPassword);
    await this.data.transaction(async (repos) => {
      await repos.users.setPasswordHash(user.id, hash, now);
      await repos.sessions.deleteOthers(user.id, currentId!);
      await repos.apiTokens.revokeAllForUser(user.id, now);
      await repos.audit.append(
        { actorId: actor.id, action: 'user.change_password', targetKind: 'user', targetId: user.id },
        now,
      );
    });
  }

  /** Logins held back now: per account and source, per address, per account (admin). */
  async listLockouts(actor: Actor): Promise<Lockout[]> {
    requireAdmin(actor);
    const now = this.clock.now();
    return describeLockouts(await this.data.repos.loginThrottle.listLive(now, LOGIN_POLICY.windowMs), now);
  }

  /** Clears the counters that hold back a username (from every source) or an address (admin). */
  async clearLockouts(actor: Actor, target: { username?: string; address?: string }): Promise<number> {
    requireAdmin(actor);
    if ((target.username === undefined) === (target.address === undefined))
      throw new AppError('VALIDATION_FAILED', 'Give exactly one of username and address');
    const now = this.clock.now();
    const username = target.username?.trim().toLowerCase();
    const live = await this.data.repos.loginThrottle.listLive(now, LOGIN_POLICY.windowMs);
    const keys = live
      .map((c) => c.key)
      .filter(
        (key) =>
          (username !== undefined && (key === accountKey(username) || key.startsWith(`pair:${username}|`))) ||
          (target.address !== undefined &&
            (key === addressKey(target.address) ||
              (key.startsWith('pair:') && key.endsWith(`|ip:${target.address}`)))),
      );
    return this.data.transaction(async (repos) => {
      const cleared = await repos.loginThrottle.clear(keys);
      await repos.audit.append(
        {
          actorId: actor.id,
          action: 'login.unlock',
          targetKind: username ? 'user' : 'address',
          targetId: username ?? target.address ?? '',
          details: { cleared },
        },
        now,
      );
      return cleared;
    });
  }

  /** Drops expired sessions, ended login windows and browsers long unused. */
  async housekeeping(): Promise<void> {
    const now = this.clock.now();
    await this.data.repos.sessions.deleteExpired(now);
    await this.data.repos.loginThrottle.prune(now, LOGIN_POLICY.windowMs);
    await this.data.repos.loginDevices.deleteUnusedSince(now - DEVICE_LIFETIME_MS);
  }

  /** Of the given credentials, those still valid now: open streams close when theirs end. */
  async liveCredentials(creds: { sessionIds: string[]; tokenIds: string[] }): Promise<Set<string>> {
    const now = this.clock.now();
    const [sessions, tokens] = await Promise.all([
      this.data.repos.sessions.liveIds(creds.sessionIds, now),
      this.data.repos.apiTokens.activeIds(creds.tokenIds, now),
    ]);
    return new Set([...sessions, ...tokens]);
  }
}
