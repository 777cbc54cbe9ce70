import { expect, it } from 'vitest';
import { ApiClient, DEMO_PASSWORD, type ApiResponse } from '../../test/api-client.ts';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import { seededServer, startTestServer } from '../../test/http-harness.ts';

// The policy as docs/security.md states it, written here as numbers on purpose.
const PAIR_LIMIT = 5; // per account and source, in 15 minutes
const ADDRESS_LIMIT = 100; // per address, across accounts, in 15 minutes
const ACCOUNT_FREE = 10; // per account across unknown sources before the back-off
const WINDOW_MS = 15 * 60 * 1000;
const BACKOFF_MAX_S = 300;

type ErrorBody = { error: { code: string } };

describeEachEngineWithDemo('login throttling', (ctx) => {
  const server = seededServer(ctx, { env: { ENVGRID_TRUST_PROXY: '127.0.0.1' } });
  const clock = server.clock;

  const login = (c: ApiClient, username: string, password: string, from: string) =>
    c.request<ErrorBody>('POST', '/api/v1/auth/login', { username, password }, { 'x-forwarded-for': from });

  it('checks at most the limit when 20 wrong guesses and the right password arrive at once', async () => {
    const attempts = [
      ...Array.from({ length: 20 }, () =>
        login(new ApiClient(server), 'sup001-01', 'wrong-pass-1', '10.1.0.1'),
      ),
      login(new ApiClient(server), 'sup001-01', DEMO_PASSWORD, '10.1.0.1'),
    ];
    const statuses = (await Promise.all(attempts)).map((r) => r.status);
    const checked = statuses.filter((s) => s === 401 || s === 200).length;
    expect(checked).toBeLessThanOrEqual(PAIR_LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(21 - checked);
    expect(statuses.every((s) => [200, 401, 429].includes(s))).toBe(true);
  });

  it('locks one account from one address after 5 failures, and opens again when the window ends', async () => {
    const c = new ApiClient(server);
    for (let i = 0; i < PAIR_LIMIT; i++)
      expect((await login(c, 'sup001-02', 'wrong-pass-1', '10.2.0.1')).status).toBe(401);
    const locked = await login(c, 'sup001-02', DEMO_PASSWORD, '10.2.0.1');
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(locked.headers.get('retry-after'))).toBe(WINDOW_MS / 1000);
    clock.advance(WINDOW_MS + 1000);
    expect((await login(c, 'sup001-02', DEMO_PASSWORD, '10.2.0.1')).status).toBe(200);
  });

  it('does not let an attacker at another address lock the real user out', async () => {
    const attacker = new ApiClient(server);
    for (let i = 0; i < PAIR_LIMIT + 3; i++) await login(attacker, 'sup001-03', 'wrong-pass-1', '10.3.0.66');
    expect((await login(attacker, 'sup001-03', 'wrong-pass-1', '10.3.0.66')).status).toBe(429);
    expect((await login(new ApiClient(server), 'sup001-03', DEMO_PASSWORD, '10.3.0.1')).status).toBe(200);
  });

  it('slows guesses spread over many addresses with a bounded back-off, never holding back a known browser', async () => {
    const user = 'sup002-01';
    const browser = new ApiClient(server);
    expect((await login(browser, user, DEMO_PASSWORD, '10.4.0.1')).status).toBe(200); // trusted from now on
    expect(browser.deviceCookie).toMatch(/^envgrid_device=/);

    for (let i = 0; i < ACCOUNT_FREE; i++)
      expect((await login(new ApiClient(server), user, 'wrong-pass-1', `10.4.1.${i}`)).status).toBe(401);
    // Past the free attempts, one guess per slot: the first takes the 1-second slot, the next waits.
    expect((await login(new ApiClient(server), user, 'wrong-pass-1', '10.4.2.1')).status).toBe(401);
    const held = await login(new ApiClient(server), user, DEMO_PASSWORD, '10.4.2.2');
    expect(held.status).toBe(429);
    expect(Number(held.headers.get('retry-after'))).toBe(1);

    // The real user's own browser logs in all the same, from anywhere.
    expect((await login(browser, user, DEMO_PASSWORD, '10.4.9.9')).status).toBe(200);

    // The slot doubles with each guess but never passes five minutes (all inside one 15-minute window).
    const waits: number[] = [];
    let wait = 1;
    for (let i = 0; i < 9; i++) {
      clock.advance(wait * 1000);
      expect((await login(new ApiClient(server), user, 'wrong-pass-1', `10.4.3.${i}`)).status).toBe(401);
      const r = await login(new ApiClient(server), user, 'wrong-pass-1', `10.4.4.${i}`);
      expect(r.status).toBe(429);
      wait = Number(r.headers.get('retry-after'));
      waits.push(wait);
    }
    expect(waits).toEqual([2, 4, 8, 16, 32, 64, 128, 256, BACKOFF_MAX_S]);
    // A new browser with the right password gets in once its slot comes.
    clock.advance(wait * 1000);
    expect((await login(new ApiClient(server), user, DEMO_PASSWORD, '10.4.5.1')).status).toBe(200);
  });

  it('holds back an address that sweeps many accounts, except browsers the account knows', async () => {
    const known = new ApiClient(server);
    expect((await login(known, 'sup003-01', DEMO_PASSWORD, '10.5.0.1')).status).toBe(200);
    const sweeper = new ApiClient(server);
    for (let i = 0; i < ADDRESS_LIMIT; i++)
      expect((await login(sweeper, `nobody-${i}`, 'wrong-pass-1', '10.5.0.1')).status).toBe(401);
    const r = await login(new ApiClient(server), 'sup003-02', DEMO_PASSWORD, '10.5.0.1');
    expect(r.status).toBe(429);
    expect(r.body.error.code).toBe('TOO_MANY_REQUESTS');
    expect((await login(known, 'sup003-01', DEMO_PASSWORD, '10.5.0.1')).status).toBe(200);
    clock.advance(WINDOW_MS + 1000);
  });

  it('shows administrators who is held back and lets them clear it', async () => {
    const c = new ApiClient(server);
    for (let i = 0; i < PAIR_LIMIT; i++) await login(c, 'sup004-01', 'wrong-pass-1', '10.6.0.7');
    const admin = await ApiClient.login(server, 'admin');
    const list = await admin.get<{ items: Record<string, unknown>[] }>('/api/v1/auth/lockouts');
    expect(list.status).toBe(200);
    expect(list.body.items).toContainEqual({
      kind: 'account-source',
      username: 'sup004-01',
      address: '10.6.0.7',
      trustedBrowser: false,
      attempts: PAIR_LIMIT,
      until: clock.now() + WINDOW_MS,
    });
    const officer = await ApiClient.login(server, 'center');
    expect((await officer.get('/api/v1/auth/lockouts')).status).toBe(403);
    expect((await officer.delete('/api/v1/auth/lockouts?username=sup004-01')).status).toBe(403);
    expect((await login(c, 'sup004-01', DEMO_PASSWORD, '10.6.0.7')).status).toBe(429);

    const cleared = await admin.delete<{ cleared: number }>('/api/v1/auth/lockouts?username=sup004-01');
    expect(cleared.status).toBe(200);
    expect(cleared.body.cleared).toBe(2); // the pair and the account counter
    expect(
      (await admin.get<{ items: { username: string }[] }>('/api/v1/auth/lockouts')).body.items,
    ).not.toContainEqual(expect.objectContaining({ username: 'sup004-01' }));
    expect((await login(c, 'sup004-01', DEMO_PASSWORD, '10.6.0.7')).status).toBe(200);
    const both = await admin.request('DELETE', '/api/v1/auth/lockouts?username=a1&address=10.0.0.1');
    expect(both.status).toBe(400);
  });

  it('ignores X-Forwarded-For unless ENVGRID_TRUST_PROXY names the proxy', async () => {
    const direct = await startTestServer(ctx.db, { clock });
    try {
      const c = new ApiClient(direct);
      const send = (password: string, from: string): Promise<ApiResponse<ErrorBody>> =>
        c.request(
          'POST',
          '/api/v1/auth/login',
          { username: 'sup005-01', password },
          { 'x-forwarded-for': from },
        );
      for (let i = 0; i < PAIR_LIMIT; i++)
        expect((await send('wrong-pass-1', `10.7.0.${i}`)).status).toBe(401);
      // Every guess counted against the real address, whatever the header claimed.
      expect((await send(DEMO_PASSWORD, '10.7.1.1')).status).toBe(429);
    } finally {
      await direct.close();
    }
    // Through the trusting server the header is believed: another address is another source.
    expect((await login(new ApiClient(server), 'sup005-01', DEMO_PASSWORD, '10.7.1.1')).status).toBe(200);
  });
});
