import { expect, it } from 'vitest';
import { ApiClient, DEMO_PASSWORD } from '../../test/api-client.ts';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import { seededServer } from '../../test/http-harness.ts';

const DAY = 24 * 60 * 60 * 1000;

interface Created {
  id: string;
  token: string;
  expiresAt: number;
}

describeEachEngineWithDemo('API tokens', (ctx) => {
  const server = seededServer(ctx);
  const clock = server.clock;

  const bot = (token: string) => {
    const c = new ApiClient(server);
    c.bearer = token;
    return c;
  };
  const userId = async (c: ApiClient) => (await c.get<{ user: { id: string } }>('/api/v1/me')).body.user.id;

  it('expire after 90 days by default, or the days asked for, and say when at creation', async () => {
    const c = await ApiClient.login(server, 'hbj01');
    const plain = await c.post<Created>('/api/v1/auth/tokens', { name: 'default' });
    expect(plain.status).toBe(201);
    expect(plain.body.expiresAt).toBe(clock.now() + 90 * DAY);
    const short = await c.post<Created>('/api/v1/auth/tokens', { name: 'short', expiresInDays: 2 });
    expect(short.body.expiresAt).toBe(clock.now() + 2 * DAY);
    expect((await c.post('/api/v1/auth/tokens', { name: 'forever', expiresInDays: 366 })).status).toBe(400);

    const listed = await c.get<{ items: { id: string; expiresAt: number }[] }>('/api/v1/auth/tokens');
    expect(listed.body.items.find((t) => t.id === short.body.id)?.expiresAt).toBe(clock.now() + 2 * DAY);

    clock.advance(2 * DAY - 1000);
    expect((await bot(short.body.token).get('/api/v1/me')).status).toBe(200);
    clock.advance(2000);
    const expired = await bot(short.body.token).get('/api/v1/me');
    expect(expired.status).toBe(401);
    expect(expired.body).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expect((await bot(plain.body.token).get('/api/v1/me')).status).toBe(200);
  });

  it('cannot create further tokens', async () => {
    const c = await ApiClient.login(server, 'zjw01');
    const t = await c.post<Created>('/api/v1/auth/tokens', { name: 'integration' });
    const minted = await bot(t.body.token).post('/api/v1/auth/tokens', { name: 'child' });
    expect(minted.status).toBe(403);
    expect(minted.body).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const names = (await c.get<{ items: { name: string }[] }>('/api/v1/auth/tokens')).body.items.map(
      (i) => i.name,
    );
    expect(names).toEqual(['integration']);
  });

  it('die for good with an admin password reset, disabling, the own password change and the CLI', async () => {
    const admin = await ApiClient.login(server, 'admin');

    const swj = await ApiClient.login(server, 'swj01');
    const t1 = (await swj.post<Created>('/api/v1/auth/tokens', { name: 'reset' })).body.token;
    const swjId = await userId(swj);
    expect((await admin.post(`/api/v1/users/${swjId}/password`, { password: 'Another-pass-2' })).status).toBe(
      204,
    );
    expect((await bot(t1).get('/api/v1/me')).status).toBe(401);

    const gaj = await ApiClient.login(server, 'gaj01');
    const t2 = (await gaj.post<Created>('/api/v1/auth/tokens', { name: 'disable' })).body.token;
    const gajId = await userId(gaj);
    expect((await admin.post(`/api/v1/users/${gajId}/disable`)).status).toBe(200);
    expect((await admin.post(`/api/v1/users/${gajId}/enable`)).status).toBe(200);
    expect((await bot(t2).get('/api/v1/me')).status).toBe(401); // re-enabling brings nothing back

    const csgl = await ApiClient.login(server, 'csgl01');
    const other = await ApiClient.login(server, 'csgl01');
    const t3 = (await csgl.post<Created>('/api/v1/auth/tokens', { name: 'own' })).body.token;
    const wrong = await csgl.post('/api/v1/me/password', {
      currentPassword: 'not-it-1',
      newPassword: 'Fresh-pass-3',
    });
    expect(wrong.status).toBe(400);
    expect((await bot(t3).get('/api/v1/me')).status).toBe(200);
    const changed = await csgl.post('/api/v1/me/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'Fresh-pass-3',
    });
    expect(changed.status).toBe(204);
    expect((await bot(t3).get('/api/v1/me')).status).toBe(401);
    expect((await other.get('/api/v1/me')).status).toBe(401); // the other session ended
    expect((await csgl.get('/api/v1/me')).status).toBe(200); // the one that asked stays
    expect((await ApiClient.login(server, 'csgl01', 'Fresh-pass-3')).cookie).toBeTruthy();

    const cgzf = await ApiClient.login(server, 'cgzf01');
    const t4 = (await cgzf.post<Created>('/api/v1/auth/tokens', { name: 'cli' })).body.token;
    await server.app.services.users.setPassword('cgzf01', 'Cli-set-pass-4');
    expect((await bot(t4).get('/api/v1/me')).status).toBe(401);
  });

  it("lets administrators list and revoke anyone's tokens, and nobody else", async () => {
    const owner = await ApiClient.login(server, 'sub001');
    const t = await owner.post<Created>('/api/v1/auth/tokens', { name: 'street screen' });
    const ownerId = await userId(owner);
    const admin = await ApiClient.login(server, 'admin');
    const listed = await admin.get<{ items: { id: string; name: string; revokedAt: number | null }[] }>(
      `/api/v1/auth/tokens?userId=${ownerId}`,
    );
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((i) => [i.id, i.name, i.revokedAt])).toEqual([
      [t.body.id, 'street screen', null],
    ]);

    const nosy = await ApiClient.login(server, 'sub002');
    expect((await nosy.get(`/api/v1/auth/tokens?userId=${ownerId}`)).status).toBe(403);
    expect((await nosy.delete(`/api/v1/auth/tokens/${t.body.id}`)).status).toBe(404);
    expect((await bot(t.body.token).get('/api/v1/me')).status).toBe(200);

    expect((await admin.delete(`/api/v1/auth/tokens/${t.body.id}`)).status).toBe(204);
    expect((await bot(t.body.token).get('/api/v1/me')).status).toBe(401);
    const after = await owner.get<{ items: { revokedAt: number | null }[] }>('/api/v1/auth/tokens');
    expect(after.body.items[0]?.revokedAt).toBe(clock.now());
  });

  it('ignores an Authorization header that is not a bearer token, as behind a Basic-auth proxy', async () => {
    const c = await ApiClient.login(server, 'leader');
    const r = await c.request<{ user: { username: string } }>('GET', '/api/v1/me', undefined, {
      authorization: 'Basic ' + Buffer.from('proxyuser:proxypass').toString('base64'),
    });
    expect(r.status).toBe(200);
    expect(r.body.user.username).toBe('leader');
    const forged = await c.request('GET', '/api/v1/me', undefined, {
      authorization: 'Bearer egt_not-a-token',
    });
    expect(forged.status).toBe(401);
  });
});
