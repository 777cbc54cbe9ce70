import { AppError } from '@envgrid/core';
import type { Repos } from '../../db/repos.ts';
import type { AttemptCounter } from './login-throttle.record.ts';

const MINUTE = 60_000;

/**
 * The login policy (docs/security.md). Each limit is keyed so that an attacker elsewhere cannot
 * keep the real user out:
 * - per account and source (the address, or a browser that has logged in as the user before):
 *   5 attempts in 15 minutes, then that pair waits for the window to end;
 * - per address, for sources the account does not know: 100 attempts in 15 minutes, so one
 *   machine cannot sweep many accounts, while an office behind one address keeps working;
 * - per account across unknown sources: 10 attempts in 15 minutes, then one attempt per slot,
 *   the slot doubling from 1 s up to 5 minutes; a known browser is never held back by this.
 */
export const LOGIN_POLICY = {
  windowMs: 15 * MINUTE,
  pairLimit: 5,
  addressLimit: 100,
  accountFreeAttempts: 10,
  accountBackoffMaxMs: 5 * MINUTE,
} as const;

export type LoginSource = { kind: 'ip'; address: string } | { kind: 'device'; deviceId: string };

export const pairKey = (username: string, source: LoginSource) =>
  `pair:${username}|${source.kind === 'ip' ? `ip:${source.address}` : `dev:${source.deviceId}`}`;
export const addressKey = (address: string) => `addr:${address}`;
export const accountKey = (username: string) => `acct:${username}`;

/** A reserved attempt: give it back when the password was right. */
export interface Reservation {
  release(): Promise<void>;
}

/** The back-off slot after `count` attempts: 1 s after the free ones, doubling, at most 5 minutes. */
export function backoffMs(count: number): number {
  const over = count - LOGIN_POLICY.accountFreeAttempts;
  if (over <= 0) return 0;
  return Math.min(1000 * 2 ** Math.min(over - 1, 30), LOGIN_POLICY.accountBackoffMaxMs);
}

function tooMany(retryAfterMs: number): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const when =
    retryAfterSeconds < 60
      ? `${retryAfterSeconds} second(s)`
      : `${Math.ceil(retryAfterSeconds / 60)} minute(s)`;
  return new AppError('TOO_MANY_REQUESTS', `Too many login attempts; try again in ${when}`, {
    retryAfterSeconds,
  });
}

/**
 * Reserves one login attempt under every limit that applies, before the password is verified,
 * or throws 429 having reserved nothing. Each counter moves in one atomic statement, so twenty
 * guesses sent at the same moment still get at most the limit checked.
 */
export async function reserveLoginAttempt(
  repos: Repos,
  username: string,
  source: LoginSource,
  now: number,
): Promise<Reservation> {
  const { windowMs } = LOGIN_POLICY;
  const taken: string[] = [];
  const giveBack = async () => {
    for (const key of taken) await repos.loginThrottle.release(key);
  };
  const take = async (key: string, limit: number): Promise<AttemptCounter> => {
    const c = await repos.loginThrottle.reserve(key, now, windowMs);
    taken.push(key);
    if (c.count > limit) {
      await giveBack();
      throw tooMany(c.windowStart + windowMs - now);
    }
    return c;
  };

  await take(pairKey(username, source), LOGIN_POLICY.pairLimit);
  if (source.kind === 'ip') {
    await take(addressKey(source.address), LOGIN_POLICY.addressLimit);
    const acct = await take(accountKey(username), Number.MAX_SAFE_INTEGER);
    const wait = backoffMs(acct.count);
    // Past the free attempts, exactly one caller gets each back-off slot.
    if (wait > 0 && !(await repos.loginThrottle.claimSlot(acct.key, now, now + wait))) {
      const current = await repos.loginThrottle.find(acct.key);
      await giveBack();
      throw tooMany((current?.blockedUntil ?? now + wait) - now);
    }
  }
  return {
    async release() {
      // Right password: the pair starts afresh; the shared counters just lose this attempt.
      await repos.loginThrottle.clear([pairKey(username, source)]);
      for (const key of taken.slice(1)) await repos.loginThrottle.release(key);
    },
  };
}

/** What an administrator sees of a counter that is holding logins back now. */
export interface Lockout {
  key: string;
  kind: 'account-source' | 'address' | 'account';
  username: string | null;
  address: string | null;
  trustedBrowser: boolean;
  attempts: number;
  until: number;
}

/** The counters that refuse logins at `now`, described for an administrator. */
export function describeLockouts(counters: AttemptCounter[], now: number): Lockout[] {
  const { windowMs } = LOGIN_POLICY;
  const out: Lockout[] = [];
  for (const c of counters) {
    const windowEnd = c.windowStart + windowMs;
    if (c.key.startsWith('pair:') && c.count >= LOGIN_POLICY.pairLimit && windowEnd > now) {
      const [user, src] = c.key.slice(5).split('|') as [string, string];
      out.push({
        key: c.key,
        kind: 'account-source',
        username: user,
        address: src.startsWith('ip:') ? src.slice(3) : null,
        trustedBrowser: src.startsWith('dev:'),
        attempts: c.count,
        until: windowEnd,
      });
    } else if (c.key.startsWith('addr:') && c.count >= LOGIN_POLICY.addressLimit && windowEnd > now) {
      out.push({
        key: c.key,
        kind: 'address',
        username: null,
        address: c.key.slice(5),
        trustedBrowser: false,
        attempts: c.count,
        until: windowEnd,
      });
    } else if (
      c.key.startsWith('acct:') &&
      (c.blockedUntil > now || c.count >= LOGIN_POLICY.accountFreeAttempts)
    ) {
      out.push({
        key: c.key,
        kind: 'account',
        username: c.key.slice(5),
        address: null,
        trustedBrowser: false,
        attempts: c.count,
        until: c.blockedUntil > now ? c.blockedUntil : c.windowStart + windowMs,
      });
    }
  }
  return out;
}
