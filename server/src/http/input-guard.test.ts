/**
 * Bad input answers 400 with the pinned error on both engines, never a 5xx: control characters in
 * any text, numbers beyond what a column holds, forged cursors, and URLs the router refuses.
 */
import net from 'node:net';
import { ManualClock } from '@envgrid/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiClient } from '../test/api-client.ts';
import { login, pointInGridOf } from '../test/case-fixtures.ts';
import { describeEachEngineWithDemo } from '../test/db-harness.ts';
import { startTestServer, TEST_EPOCH, type TestServer } from '../test/http-harness.ts';
import { seedDemo } from '../test/seed.ts';

interface Pinned {
  error: { code: string; message: string; details?: { path: string; message: string }[] };
}

/** A request with a body sent as given, for JSON no `JSON.stringify` would write. */
async function raw(server: TestServer, c: ApiClient | null, method: string, path: string, text?: string) {
  const headers: Record<string, string> = {};
  if (text !== undefined) headers['content-type'] = 'application/json';
  if (c?.cookie) headers.cookie = c.cookie;
  if (c?.csrfToken) headers['x-csrf-token'] = c.csrfToken;
  const res = await server.fetch(path, { method, headers, body: text });
  const body = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = body;
  }
  return { status: res.status, body: json as Pinned, text: body };
}

function expectRefused(r: { status: number; body: Pinned; text: string }, path?: string) {
  expect({ status: r.status, code: r.body?.error?.code }, r.text.slice(0, 300)).toEqual({
    status: 400,
    code: 'VALIDATION_FAILED',
  });
  expect(typeof r.body.error.message).toBe('string');
  if (path) expect(r.body.error.details?.map((d) => d.path)).toContain(path);
}

describeEachEngineWithDemo('input guard', (ctx) => {
  let server: TestServer;
  let sup: ApiClient, admin: ApiClient;
  let spot: { lng: number; lat: number };
  beforeAll(async () => {
    const clock = new ManualClock(TEST_EPOCH);
    await seedDemo(ctx.db, clock);
    server = await startTestServer(ctx.db, { clock });
    [sup, admin] = await login(server, 'sup001-01', 'admin');
    const p = await pointInGridOf(sup, admin);
    spot = { lng: p.lng, lat: p.lat };
  });
  afterAll(() => server.close());

  it('refuses a NUL byte in a body string and writes nothing', async () => {
    const before = (await admin.get<{ items: unknown[] }>('/api/v1/cases?limit=200')).body.items.length;
    const r = await raw(
      server,
      sup,
      'POST',
      '/api/v1/cases',
      JSON.stringify({ itemCode: 'noise.construction', description: 'A\u0000B', location: spot }),
    );
    expectRefused(r, 'body/description');
    const nested = await raw(
      server,
      sup,
      'POST',
      '/api/v1/cases',
      JSON.stringify({
        itemCode: 'noise.construction',
        description: 'ok',
        location: spot,
        reporterContact: { name: 'x\u0007' },
      }),
    );
    expectRefused(nested, 'body/reporterContact/name');
    const after = (await admin.get<{ items: unknown[] }>('/api/v1/cases?limit=200')).body.items.length;
    expect(after).toBe(before);
  });

  it('refuses a control character in an object key, naming it', async () => {
    const r = await raw(server, admin, 'PUT', '/api/v1/time-limits', '{"steps":{"a\\u0000b":1}}');
    expectRefused(r, 'body/steps/a\\u0000b');
  });

  it('keeps tab, newline and carriage return in text', async () => {
    const r = await sup.post<{ description: string }>('/api/v1/cases', {
      itemCode: 'noise.construction',
      description: 'line 1\r\n\tline 2',
      location: spot,
    });
    expect(r.status).toBe(201);
    expect(r.body.description).toBe('line 1\r\n\tline 2');
  });

  it('refuses a NUL byte in a query string', async () => {
    expectRefused(await raw(server, admin, 'GET', '/api/v1/cases?q=%00'), 'querystring/q');
    expectRefused(await raw(server, admin, 'GET', '/api/v1/users?q=a%00'), 'querystring/q');
  });

  it('refuses a NUL byte in a path parameter', async () => {
    expectRefused(await raw(server, admin, 'GET', '/api/v1/cases/%00'), 'params/id');
    expectRefused(await raw(server, admin, 'GET', '/api/v1/users/%01'), 'params/id');
  });

  it('refuses list positions beyond bigint', async () => {
    expectRefused(await raw(server, admin, 'GET', '/api/v1/notifications?before=1e30'), 'querystring/before');
    expectRefused(await raw(server, admin, 'GET', '/api/v1/audit-log?before=1e30'), 'querystring/before');
    expectRefused(await raw(server, admin, 'GET', '/api/v1/users?offset=1e20'), 'querystring/offset');
  });

  it('refuses numbers that are not finite', async () => {
    // ajv coerces "Infinity" to a number and then skips `maximum`, which checks finite numbers only.
    expectRefused(await raw(server, admin, 'GET', '/api/v1/cases?limit=Infinity'), 'querystring/limit');
    expectRefused(await raw(server, admin, 'GET', '/api/v1/users?offset=1e999'), 'querystring/offset');
    // JSON has no Infinity, but 1e999 parses to it.
    expectRefused(
      await raw(server, admin, 'POST', '/api/v1/calendar/import', '{"content":[1e999]}'),
      'body/content/0',
    );
  });

  it('refuses bodies nested deeper than any real one', async () => {
    const deep = (n: number) => `{"content":${'['.repeat(n)}${']'.repeat(n)}}`;
    const r = await raw(server, admin, 'POST', '/api/v1/calendar/import', deep(10_000));
    expectRefused(r);
    expect(r.body.error.message).toContain('nests deeper than 64 levels');
    // 63 levels inside `content` is allowed through to the service, which refuses it on its own terms.
    const ok = await raw(server, admin, 'POST', '/api/v1/calendar/import', deep(63));
    expect(ok.body.error.message).not.toContain('nests deeper');
  });

  it('refuses notification ids beyond bigint', async () => {
    const r = await raw(server, admin, 'POST', '/api/v1/notifications/read', '{"ids":[9223372036854775808]}');
    expectRefused(r, 'body/ids/0');
  });

  it('refuses a case version beyond the column', async () => {
    const c = await sup.post<{ id: string }>('/api/v1/cases', {
      itemCode: 'noise.construction',
      description: 'version',
      location: spot,
    });
    for (const version of ['3000000000', '1e300']) {
      const r = await raw(
        server,
        sup,
        'POST',
        `/api/v1/cases/${c.body.id}/actions/comment`,
        `{"version":${version},"note":"x"}`,
      );
      expectRefused(r, 'body/version');
    }
  });

  it('refuses a forged case-list cursor', async () => {
    const forged = ['1e300:abc', '1:\u0000', '-5:abc', '1.5:abc', '1:abc:def', 'abc'];
    for (const c of forged) {
      const cursor = Buffer.from(c).toString('base64url');
      expectRefused(await raw(server, admin, 'GET', `/api/v1/cases?cursor=${cursor}`));
    }
    // A cursor this server gave out still works.
    const first = await admin.get<{ nextCursor: string | null }>('/api/v1/cases?limit=1');
    expect(first.body.nextCursor).not.toBeNull();
    const next = await admin.get(`/api/v1/cases?limit=1&cursor=${first.body.nextCursor}`);
    expect(next.status).toBe(200);
  });

  it('answers router refusals in the pinned shape', async () => {
    const long = await raw(server, admin, 'GET', `/api/v1/cases/${'a'.repeat(300)}`);
    expectRefused(long);
    expect(long.text).not.toContain('FST_ERR');
    const badEncoding = await raw(server, admin, 'GET', '/api/v1/cases/%zz');
    expectRefused(badEncoding);
    expect(badEncoding.text).not.toContain('FST_ERR');
  });

  it('answers HTTP it cannot parse in the pinned shape', async () => {
    const port = Number(new URL(server.url).port);
    const exchange = (request: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = net.connect(port, '127.0.0.1', () => socket.end(request));
        const chunks: Buffer[] = [];
        socket.on('data', (c) => chunks.push(c));
        socket.on('close', () => resolve(Buffer.concat(chunks).toString()));
        socket.on('error', reject);
      });
    const bad = await exchange('GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n');
    expect(bad).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(bad.slice(bad.indexOf('\r\n\r\n') + 4))).toMatchObject({
      error: { code: 'VALIDATION_FAILED' },
    });
    const huge = await exchange(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(huge).toMatch(/^HTTP\/1\.1 413 /);
    expect(JSON.parse(huge.slice(huge.indexOf('\r\n\r\n') + 4))).toMatchObject({
      error: { code: 'PAYLOAD_TOO_LARGE' },
    });
  });

  it('bounds every number a request may carry', async () => {
    type S = Record<string, unknown>;
    const doc = (await (await server.fetch('/api/docs/json')).json()) as {
      paths: Record<string, Record<string, { parameters?: { name: string; schema: S }[]; requestBody?: S }>>;
    };
    const unbounded: string[] = [];
    const walk = (s: unknown, at: string) => {
      if (typeof s !== 'object' || s === null) return;
      const o = s as S;
      const types = [o.type].flat();
      if (
        (types.includes('integer') || types.includes('number')) &&
        !(o.minimum !== undefined && o.maximum !== undefined)
      )
        unbounded.push(at);
      for (const [k, v] of Object.entries(o)) if (typeof v === 'object') walk(v, `${at}/${k}`);
    };
    for (const [path, ops] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(ops)) {
        for (const p of op.parameters ?? []) walk(p.schema, `${method} ${path} ${p.name}`);
        walk(op.requestBody, `${method} ${path} body`);
      }
    expect(unbounded).toEqual([]);
  });

  it('is still healthy afterwards', async () => {
    expect((await server.fetch('/healthz')).status).toBe(200);
    expect((await admin.get('/api/v1/me')).status).toBe(200);
  });
});
