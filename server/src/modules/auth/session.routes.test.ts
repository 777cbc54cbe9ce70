import { expect, it } from 'vitest';
import { ApiClient } from '../../test/api-client.ts';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import { seededServer } from '../../test/http-harness.ts';

const IDLE_S = 8 * 60 * 60; // a session lives 8 idle hours

describeEachEngineWithDemo('sessions', (ctx) => {
  const server = seededServer(ctx);
  const clock = server.clock;

  it('slides: a request after a minute renews the cookie for another 8 hours', async () => {
    const c = await ApiClient.login(server, 'sup006-01');
    const quiet = await c.get('/api/v1/me');
    expect(quiet.headers.get('set-cookie')).toBeNull(); // not renewed on every request
    clock.advance(7 * 60 * 60 * 1000); // 7 of the 8 idle hours
    const renewed = await c.get('/api/v1/me');
    expect(renewed.status).toBe(200);
    expect(renewed.headers.get('set-cookie')).toMatch(
      new RegExp(`envgrid_session=[^;]+;.*Max-Age=${IDLE_S}`, 'i'),
    );
    clock.advance(7 * 60 * 60 * 1000); // 14 hours after login, 7 after the last request
    expect((await c.get('/api/v1/me')).status).toBe(200);
  });

  it('lists my sessions and ends all the others', async () => {
    const a = await ApiClient.login(server, 'sup006-02');
    const b = await ApiClient.login(server, 'sup006-02');
    const bystander = await ApiClient.login(server, 'sup006-03');
    const list = await a.get<{ items: { current: boolean }[] }>('/api/v1/auth/sessions');
    expect(list.body.items.map((s) => s.current).sort()).toEqual([false, true]);
    expect(JSON.stringify(list.body)).not.toMatch(/"id"|csrf/i);

    const ended = await a.post<{ ended: number }>('/api/v1/auth/sessions/end-others');
    expect(ended.body).toEqual({ ended: 1 });
    expect((await b.get('/api/v1/me')).status).toBe(401);
    expect((await a.get('/api/v1/me')).status).toBe(200);
    expect((await bystander.get('/api/v1/me')).status).toBe(200);
    const noCsrf = await a.request('POST', '/api/v1/auth/sessions/end-others', {}, { 'x-csrf-token': 'x' });
    expect(noCsrf.status).toBe(403);
  });

  it('counts wrong current passwords as failed logins, so a stolen session cannot guess at leisure', async () => {
    const c = await ApiClient.login(server, 'sup009-01');
    const guess = (n: number) =>
      c.post<{ error: { code: string } }>('/api/v1/me/password', {
        currentPassword: `guess-${n}-pass`,
        newPassword: 'Brand-new-pass-9',
      });
    for (let i = 0; i < 5; i++) expect((await guess(i)).status).toBe(400);
    const held = await guess(5);
    expect(held.status).toBe(429);
    expect(held.body.error.code).toBe('TOO_MANY_REQUESTS');
  });

  it('refuses to end sessions or change the password with an API token', async () => {
    const person = await ApiClient.login(server, 'sup009-02');
    const token = await person.post<{ token: string }>('/api/v1/auth/tokens', { name: 'bot' });
    const bot = new ApiClient(server);
    bot.bearer = token.body.token;
    expect((await bot.post('/api/v1/auth/sessions/end-others')).status).toBe(403);
    const change = await bot.post('/api/v1/me/password', {
      currentPassword: 'envgrid-demo',
      newPassword: 'Brand-new-pass-9',
    });
    expect(change.status).toBe(403);
    expect((await person.get('/api/v1/me')).status).toBe(200);
    expect((await ApiClient.login(server, 'sup009-02')).cookie).toBeTruthy(); // password unchanged
  });
});
