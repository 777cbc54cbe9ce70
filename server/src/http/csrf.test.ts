/**
 * Every unsafe route, generated from the route table: with a session cookie but without the
 * session's X-CSRF-Token (missing, or another session's), the answer is 403 and nothing changes.
 */
import { expect, it } from 'vitest';
import { ApiClient } from '../test/api-client.ts';
import { describeEachEngineWithDemo } from '../test/db-harness.ts';
import { seededServer } from '../test/http-harness.ts';

const UNSAFE = ['POST', 'PUT', 'PATCH', 'DELETE'];
/** Logging in needs no token of an older session (a new login replaces it). */
const EXEMPT = new Set(['POST /api/v1/auth/login']);

describeEachEngineWithDemo('CSRF on every unsafe route', (ctx) => {
  const server = seededServer(ctx);

  const counts = async () => {
    const out: Record<string, number> = {};
    for (const table of ['audit_log', 'users', 'api_tokens', 'cases', 'case_events', 'sessions'] as const) {
      const r = await ctx.db.kysely
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      out[table] = Number(r.n);
    }
    return out;
  };

  it('refuses each one without the token, for every method', async () => {
    const routes = server.app.routeTable
      .filter((r) => UNSAFE.includes(r.method) && r.url.startsWith('/api/'))
      .map((r) => `${r.method} ${r.url}`)
      .filter((r) => !EXEMPT.has(r));
    // The table must hold every unsafe method the API uses, or this test would prove little.
    expect(new Set(routes.map((r) => r.split(' ')[0]))).toEqual(new Set(UNSAFE));

    const admin = await ApiClient.login(server, 'admin');
    const other = await ApiClient.login(server, 'center');
    const before = await counts();
    const got: Record<string, number> = {};
    for (const route of routes) {
      const [method, pattern] = route.split(' ') as [string, string];
      const url = pattern.replace(/:[A-Za-z]+/g, 'x1');
      for (const token of ['', other.csrfToken!]) {
        const r = await admin.request(method, url, {}, { 'x-csrf-token': token });
        got[`${route} [${token ? "another session's token" : 'no token'}]`] = r.status;
        expect(r.body).toMatchObject({ error: { code: 'FORBIDDEN' } });
      }
    }
    expect(Object.entries(got).filter(([, status]) => status !== 403)).toEqual([]);
    expect(await counts()).toEqual(before);
    // The same session with its token gets past the check (here to a 404 for the made-up id).
    const ok = await admin.request('DELETE', '/api/v1/auth/tokens/x1');
    expect(ok.status).toBe(404);
  });
});
