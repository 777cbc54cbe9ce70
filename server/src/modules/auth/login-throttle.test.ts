/**
 * The login policy of docs/security.md, checked on the reservations themselves (the HTTP side is
 * login-throttle.routes.test.ts). Every limit and wait below is written from the policy:
 * 5 per account and source, 100 per address, 10 free per account then a back-off slot doubling
 * from 1 s to 5 min, all in a 15-minute window.
 */
import { AppError } from '@envgrid/core';
import { describe, expect, it } from 'vitest';
import { createDataAccess, type Repos } from '../../db/repos.ts';
import { describeEachEngine } from '../../test/db-harness.ts';
import {
  accountKey,
  addressKey,
  backoffMs,
  describeLockouts,
  pairKey,
  reserveLoginAttempt,
  type LoginSource,
} from './login-throttle.ts';

const T0 = Date.UTC(2026, 2, 4, 1, 0);
const ip = (address: string): LoginSource => ({ kind: 'ip', address });
const device = (deviceId: string): LoginSource => ({ kind: 'device', deviceId });

/** The 429 a reservation threw, as the client sees it, or 'ok'. */
async function attempt(repos: Repos, user: string, source: LoginSource, now: number) {
  try {
    await reserveLoginAttempt(repos, user, source, now);
    return 'ok';
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return {
      code: e.code,
      retryAfterSeconds: (e.details as { retryAfterSeconds: number }).retryAfterSeconds,
    };
  }
}

describe('back-off slots', () => {
  it('is free for 10 attempts, then 1 s doubling, never above 5 minutes', () => {
    expect([0, 1, 10].map(backoffMs)).toEqual([0, 0, 0]);
    expect([11, 12, 13, 14, 18, 19].map(backoffMs)).toEqual([1000, 2000, 4000, 8000, 128_000, 256_000]);
    expect([20, 21, 60, 10_000].map(backoffMs)).toEqual([300_000, 300_000, 300_000, 300_000]);
  });
});

describe('lockouts as an administrator sees them', () => {
  const W = 900_000;
  const counter = (
    key: string,
    count: number,
    over: { windowStart?: number; blockedUntil?: number } = {},
  ) => ({
    key,
    count,
    windowStart: over.windowStart ?? T0,
    blockedUntil: over.blockedUntil ?? 0,
  });

  it('an address is held at 100 attempts, not at 99, and only until its window ends', () => {
    const now = T0 + 1000;
    expect(describeLockouts([counter('addr:10.9.9.9', 99)], now)).toEqual([]);
    expect(describeLockouts([counter('addr:10.9.9.9', 100)], now)).toEqual([
      {
        key: 'addr:10.9.9.9',
        kind: 'address',
        username: null,
        address: '10.9.9.9',
        trustedBrowser: false,
        attempts: 100,
        until: T0 + W,
      },
    ]);
    expect(describeLockouts([counter('addr:10.9.9.9', 100)], T0 + W)).toEqual([]);
  });

  it('an account is shown once its 10 free attempts are used, held until its slot or window ends', () => {
    const now = T0 + 1000;
    expect(describeLockouts([counter('acct:ann', 9)], now)).toEqual([]);
    expect(describeLockouts([counter('acct:ann', 10)], now)).toEqual([
      {
        key: 'acct:ann',
        kind: 'account',
        username: 'ann',
        address: null,
        trustedBrowser: false,
        attempts: 10,
        until: T0 + W,
      },
    ]);
    // A slot that ends right now no longer holds anyone: the window's end is shown.
    expect(describeLockouts([counter('acct:ann', 12, { blockedUntil: now })], now)[0]!.until).toBe(T0 + W);
    expect(describeLockouts([counter('acct:ann', 12, { blockedUntil: now + 4000 })], now)[0]!.until).toBe(
      now + 4000,
    );
    // Many attempts on an account make it an account lockout, never an address one.
    expect(describeLockouts([counter('acct:ann', 150)], now).map((l) => l.kind)).toEqual(['account']);
  });

  it('counters of other kinds are not lockouts', () => {
    expect(describeLockouts([counter('other:x', 500, { blockedUntil: T0 + 5000 })], T0)).toEqual([]);
  });
});

describeEachEngine('login throttle', (ctx) => {
  const repos = () => createDataAccess(ctx.db).repos;
  let n = 0;
  /** A user and address of their own for each test, so tests do not share counters. */
  const fresh = () => {
    n++;
    return { user: `user${n}`, addr: `10.0.${n}.1` };
  };

  it('5 attempts per account and address, then a wait to the end of the 15-minute window', async () => {
    const { user, addr } = fresh();
    for (let i = 0; i < 5; i++) expect(await attempt(repos(), user, ip(addr), T0 + i * 1000)).toBe('ok');
    expect(await attempt(repos(), user, ip(addr), T0 + 60_000)).toEqual({
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: 840,
    });
    await expect(reserveLoginAttempt(repos(), user, ip(addr), T0 + 60_000)).rejects.toThrow(
      'Too many login attempts; try again in 14 minute(s)',
    );
    await expect(reserveLoginAttempt(repos(), user, ip(addr), T0 + 890_500)).rejects.toThrow(
      'Too many login attempts; try again in 10 second(s)',
    );
    await expect(reserveLoginAttempt(repos(), user, ip(addr), T0 + 840_000)).rejects.toThrow(
      'Too many login attempts; try again in 1 minute(s)',
    );
    await expect(reserveLoginAttempt(repos(), user, ip(addr), T0 + 841_000)).rejects.toThrow(
      'Too many login attempts; try again in 59 second(s)',
    );
    expect(await attempt(repos(), user, ip(addr), T0 + 899_999)).toMatchObject({ retryAfterSeconds: 1 });
    // The window started at T0: at T0 + 15 min a new one begins.
    expect(await attempt(repos(), user, ip(addr), T0 + 900_000)).toBe('ok');
  });

  it("the pair limit holds one account at one address, not the account's other sources", async () => {
    const { user, addr } = fresh();
    for (let i = 0; i < 5; i++) await attempt(repos(), user, ip(addr), T0);
    expect(await attempt(repos(), user, ip(addr), T0)).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(await attempt(repos(), user, ip(`${addr}0`), T0)).toBe('ok');
    expect(await attempt(repos(), user, device('dev-home'), T0)).toBe('ok');
    expect(await attempt(repos(), `${user}x`, ip(addr), T0)).toBe('ok');
  });

  it('a refused attempt takes nothing from the shared counters', async () => {
    const { user, addr } = fresh();
    for (let i = 0; i < 5; i++) await attempt(repos(), user, ip(addr), T0);
    for (let i = 0; i < 3; i++) await attempt(repos(), user, ip(addr), T0);
    expect((await repos().loginThrottle.find(addressKey(addr)))!.count).toBe(5);
    expect((await repos().loginThrottle.find(accountKey(user)))!.count).toBe(5);
    expect((await repos().loginThrottle.find(pairKey(user, ip(addr))))!.count).toBe(5);
  });

  it('100 attempts per address across accounts, the 101st is refused for the rest of the window', async () => {
    const { addr } = fresh();
    for (let i = 0; i < 100; i++)
      expect(await attempt(repos(), `sweep${n}-${i}`, ip(addr), T0 + i)).toBe('ok');
    expect(await attempt(repos(), `sweep${n}-x`, ip(addr), T0 + 300_000)).toEqual({
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: 600,
    });
    // A browser the account knows is not an address: it is not held back by the sweep.
    expect(await attempt(repos(), `sweep${n}-x`, device('dev-office'), T0 + 300_000)).toBe('ok');
  });

  it('per account across addresses: 10 free, then one attempt per slot of 1, 2, 4 … seconds', async () => {
    const { user } = fresh();
    const from = (i: number) => ip(`172.16.${n}.${i}`);
    for (let i = 0; i < 10; i++) expect(await attempt(repos(), user, from(i), T0)).toBe('ok');
    // The 11th takes the first slot (1 s); another attempt in that second waits for it.
    expect(await attempt(repos(), user, from(11), T0)).toBe('ok');
    expect(await attempt(repos(), user, from(12), T0 + 400)).toEqual({
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: 1,
    });
    expect(await attempt(repos(), user, from(13), T0 + 1000)).toBe('ok'); // 12th: a 2 s slot
    expect(await attempt(repos(), user, from(14), T0 + 2999)).toMatchObject({ retryAfterSeconds: 1 });
    expect(await attempt(repos(), user, from(15), T0 + 3000)).toBe('ok'); // 13th: a 4 s slot
    expect(await attempt(repos(), user, from(16), T0 + 4000)).toMatchObject({ retryAfterSeconds: 3 });
    expect(await attempt(repos(), user, from(17), T0 + 7000)).toBe('ok');
    // Known browsers are never held back by the account's back-off.
    expect(await attempt(repos(), user, device('dev-phone'), T0 + 7001)).toBe('ok');
  });

  it('the right password gives the attempt back: the pair starts afresh, the shared counts drop by one', async () => {
    const { user, addr } = fresh();
    for (let i = 0; i < 3; i++) await attempt(repos(), user, ip(addr), T0);
    const r = await reserveLoginAttempt(repos(), user, ip(addr), T0);
    await r.release();
    expect(await repos().loginThrottle.find(pairKey(user, ip(addr)))).toBeUndefined();
    expect((await repos().loginThrottle.find(addressKey(addr)))!.count).toBe(3);
    expect((await repos().loginThrottle.find(accountKey(user)))!.count).toBe(3);
    for (let i = 0; i < 5; i++) expect(await attempt(repos(), user, ip(addr), T0)).toBe('ok');
  });

  it('a known browser has its own pair limit of 5', async () => {
    const { user } = fresh();
    for (let i = 0; i < 5; i++) expect(await attempt(repos(), user, device('dev-1'), T0)).toBe('ok');
    expect(await attempt(repos(), user, device('dev-1'), T0)).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(await attempt(repos(), user, device('dev-2'), T0)).toBe('ok');
  });

  it('an administrator sees who is held back, why and until when', async () => {
    const { user, addr } = fresh();
    for (let i = 0; i < 5; i++) await attempt(repos(), user, ip(addr), T0);
    for (let i = 0; i < 5; i++) await attempt(repos(), user, device('dev-lock'), T0);
    const live = await repos().loginThrottle.listLive(T0 + 1000, 900_000);
    const mine = describeLockouts(
      live.filter((c) => c.key.includes(user)),
      T0 + 1000,
    );
    expect(mine).toEqual(
      expect.arrayContaining([
        {
          key: pairKey(user, ip(addr)),
          kind: 'account-source',
          username: user,
          address: addr,
          trustedBrowser: false,
          attempts: 5,
          until: T0 + 900_000,
        },
        {
          key: pairKey(user, device('dev-lock')),
          kind: 'account-source',
          username: user,
          address: null,
          trustedBrowser: true,
          attempts: 5,
          until: T0 + 900_000,
        },
      ]),
    );
    expect(mine).toHaveLength(2);
    // Four attempts hold nobody back; after the window nothing is shown.
    const other = fresh();
    for (let i = 0; i < 4; i++) await attempt(repos(), other.user, ip(other.addr), T0);
    const after = await repos().loginThrottle.listLive(T0 + 1000, 900_000);
    expect(
      describeLockouts(
        after.filter((c) => c.key.includes(other.user)),
        T0 + 1000,
      ),
    ).toEqual([]);
    expect(describeLockouts(live, T0 + 900_000).filter((l) => l.kind === 'account-source')).toEqual([]);
  });

  it('an address at 100 and an account past its free attempts are described too', async () => {
    const { user, addr } = fresh();
    for (let i = 0; i < 100; i++) await attempt(repos(), `${user}-${i}`, ip(addr), T0);
    for (let i = 0; i < 11; i++) await attempt(repos(), user, ip(`192.168.${n}.${i}`), T0);
    const live = await repos().loginThrottle.listLive(T0, 900_000);
    const locks = describeLockouts(live, T0 + 500);
    expect(locks.find((l) => l.key === addressKey(addr))).toEqual({
      key: addressKey(addr),
      kind: 'address',
      username: null,
      address: addr,
      trustedBrowser: false,
      attempts: 100,
      until: T0 + 900_000,
    });
    // The 11th attempt took the 1 s slot: the account is held until T0 + 1 s.
    expect(locks.find((l) => l.key === accountKey(user))).toEqual({
      key: accountKey(user),
      kind: 'account',
      username: user,
      address: null,
      trustedBrowser: false,
      attempts: 11,
      until: T0 + 1000,
    });
    // Once the slot has passed, the account is still shown until its window ends.
    expect(describeLockouts(live, T0 + 2000).find((l) => l.key === accountKey(user))!.until).toBe(
      T0 + 900_000,
    );
  });
});
