import { ManualClock } from '@envgrid/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDataAccess } from '../../db/repos.ts';
import { demoUsers, DemoSeeder } from '../../seed/demo-seed.ts';
import { loadDistrictProfile } from '../../seed/district-profile.ts';
import { ApiClient, DEMO_PASSWORD } from '../../test/api-client.ts';
import { describeEachEngine } from '../../test/db-harness.ts';
import { startTestServer, TEST_EPOCH, type TestServer } from '../../test/http-harness.ts';

describeEachEngine('authentication', (ctx) => {
  let server: TestServer;
  const clock = new ManualClock(TEST_EPOCH);
  beforeAll(async () => {
    await new DemoSeeder(createDataAccess(ctx.db), clock).seed(DEMO_PASSWORD);
    server = await startTestServer(ctx.db, { clock });
  });
  afterAll(() => server.close());

  it('lets every demo user log in and tells them who they are', async () => {
    const district = loadDistrictProfile();
    const departments = district.departments.district.map((d) => d.code);
    for (const spec of demoUsers(district.code, district.streets, departments)) {
      const c = await ApiClient.login(server, spec.username);
      const me = await c.get<{ user: { username: string; roles: string[]; scope: unknown } }>('/api/v1/me');
      expect(me.status).toBe(200);
      expect(me.body.user).toMatchObject({ username: spec.username, roles: spec.roles, scope: spec.scope });
    }
  });

  it('sets an HttpOnly, SameSite=Lax session cookie and never returns the password hash', async () => {
    const c = new ApiClient(server);
    const r = await c.request('POST', '/api/v1/auth/login', { username: 'center', password: DEMO_PASSWORD });
    const cookie = r.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/envgrid_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    expect(JSON.stringify(r.body)).not.toMatch(/argon2|password/i);
  });

  it('answers an unknown user and a wrong password with the same 401', async () => {
    const c = new ApiClient(server);
    const unknown = await c.post<{ error: { message: string } }>('/api/v1/auth/login', {
      username: 'nobody',
      password: 'whatever-1',
    });
    const wrong = await c.post<{ error: { message: string } }>('/api/v1/auth/login', {
      username: 'leader',
      password: 'whatever-1',
    });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect((await c.get('/api/v1/me')).status).toBe(401);
  });

  it('forgets expired sessions and ended login windows in housekeeping', async () => {
    await ApiClient.login(server, 'auditor');
    await new ApiClient(server).post('/api/v1/auth/login', { username: 'auditor', password: 'wrong-pass-1' });
    const repos = createDataAccess(ctx.db).repos;
    expect((await repos.loginThrottle.find('acct:auditor'))?.count).toBe(1);
    clock.advance(8 * 60 * 60 * 1000 + 1000); // past the 8-hour idle lifetime and the 15-minute window
    await server.app.services.auth.housekeeping();
    expect(await repos.loginThrottle.find('acct:auditor')).toBeUndefined();
    const sessions = await ctx.db.kysely
      .selectFrom('sessions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(sessions.n)).toBe(0); // every session was idle longer than its lifetime
  });

  it('requires the CSRF token on unsafe cookie requests, and logout ends the session', async () => {
    const c = await ApiClient.login(server, 'sub001');
    const noCsrf = await c.request('POST', '/api/v1/auth/logout', {}, { 'x-csrf-token': '' });
    expect(noCsrf.status).toBe(403);
    expect((await c.get('/api/v1/me')).status).toBe(200);
    const session = c.cookie;
    expect((await c.post('/api/v1/auth/logout')).status).toBe(204);
    c.cookie = session; // a stolen copy of the old cookie is worthless now
    expect((await c.get('/api/v1/me')).status).toBe(401);
  });

  it('lets a browser with a live session log in as someone else', async () => {
    const c = await ApiClient.login(server, 'sub003');
    c.csrfToken = null; // a fresh page has not read the old token
    const again = await c.post<{ user: { username: string } }>('/api/v1/auth/login', {
      username: 'sub004',
      password: DEMO_PASSWORD,
    });
    expect(again.status).toBe(200);
    expect(again.body.user.username).toBe('sub004');
  });

  it('ends the sessions of a disabled user and refuses their login', async () => {
    const victim = await ApiClient.login(server, 'sup002-01');
    const admin = await ApiClient.login(server, 'admin');
    const me = await victim.get<{ user: { id: string } }>('/api/v1/me');
    expect((await admin.post(`/api/v1/users/${me.body.user.id}/disable`)).status).toBe(200);
    expect((await victim.get('/api/v1/me')).status).toBe(401);
    const again = new ApiClient(server);
    expect(
      (await again.post('/api/v1/auth/login', { username: 'sup002-01', password: DEMO_PASSWORD })).status,
    ).toBe(401);
    expect((await admin.post(`/api/v1/users/${me.body.user.id}/enable`)).status).toBe(200);
    expect(
      (await again.post('/api/v1/auth/login', { username: 'sup002-01', password: DEMO_PASSWORD })).status,
    ).toBe(200);
  });

  it('issues personal API tokens that work without CSRF and stop working when revoked', async () => {
    const c = await ApiClient.login(server, 'hbj01');
    const created = await c.post<{ id: string; token: string }>('/api/v1/auth/tokens', {
      name: 'integration',
    });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^egt_/);
    const listed = await c.get<{ items: { id: string }[] }>('/api/v1/auth/tokens');
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token);

    const bot = new ApiClient(server);
    bot.bearer = created.body.token;
    expect((await bot.get<{ user: { username: string } }>('/api/v1/me')).body.user.username).toBe('hbj01');
    expect((await c.delete(`/api/v1/auth/tokens/${created.body.id}`)).status).toBe(204);
    const after = await bot.get('/api/v1/me');
    expect(after.status).toBe(401);
    expect(after.body).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expect((await c.delete(`/api/v1/auth/tokens/${created.body.id}`)).status).toBe(404);
  });
});
