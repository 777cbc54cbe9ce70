import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from './db/database.ts';
import { describeEachEngine } from './test/db-harness.ts';
import { startTestServer, type TestServer } from './test/http-harness.ts';

function expectPinnedError(body: unknown, code: string) {
  expect(body).toMatchObject({ error: { code, message: expect.any(String) } });
  expect(JSON.stringify(body)).not.toMatch(/at .+\.(ts|js):\d+/); // no stack frames
}

describeEachEngine('HTTP platform', (ctx) => {
  let server: TestServer;
  /** Bodies the echo probe's handler was given: a refused request never reaches it. */
  const echoed: unknown[] = [];
  beforeAll(async () => {
    server = await startTestServer(ctx.db, {
      env: { ENVGRID_BODY_LIMIT: '2048' },
      beforeListen: (app) => {
        // Probe routes for the generic machinery: a JSON body, and an unexpected failure.
        app.post('/api/v1/__probe/echo', async (req) => {
          echoed.push(req.body);
          return { got: req.body };
        });
        app.get('/api/v1/__probe/boom', async () => {
          throw new Error('secret internal detail at db.ts:42');
        });
      },
    });
  });
  afterAll(() => server.close());

  it('answers /healthz and /readyz', async () => {
    const h = await server.fetch('/healthz');
    expect(h.status).toBe(200);
    expect(await h.json()).toEqual({ status: 'ok' });
    const r = await server.fetch('/readyz');
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ ready: true, database: 'ok', pendingMigrations: [] });
  });

  it('answers an unknown API route with the pinned 404', async () => {
    const res = await server.fetch('/api/v1/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expectPinnedError(await res.json(), 'NOT_FOUND');
  });

  it('hands a well-formed JSON body to the route', async () => {
    echoed.length = 0;
    const res = await server.fetch('/api/v1/__probe/echo', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ a: [1, '二'] }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ got: { a: [1, '二'] } });
    expect(echoed).toEqual([{ a: [1, '二'] }]);
  });

  it('answers a malformed JSON body with 400 VALIDATION_FAILED', async () => {
    echoed.length = 0;
    const res = await server.fetch('/api/v1/__probe/echo', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"a": ',
    });
    expect(res.status).toBe(400);
    expectPinnedError(await res.json(), 'VALIDATION_FAILED');
    expect(echoed).toEqual([]);
  });

  it('answers an oversized body with 413 and does not read it', async () => {
    echoed.length = 0;
    const res = await server.fetch('/api/v1/__probe/echo', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pad: 'x'.repeat(4096) }),
    });
    expect(res.status).toBe(413);
    expectPinnedError(await res.json(), 'PAYLOAD_TOO_LARGE');
    expect(echoed).toEqual([]);
  });

  it('answers an unsupported content type with 415', async () => {
    echoed.length = 0;
    const res = await server.fetch('/api/v1/__probe/echo', {
      method: 'POST',
      headers: { 'content-type': 'application/x-unknown' },
      body: 'hello',
    });
    expect(res.status).toBe(415);
    expectPinnedError(await res.json(), 'UNSUPPORTED_MEDIA_TYPE');
    expect(echoed).toEqual([]);
  });

  it('hides the cause of a 500 and gives the request id instead', async () => {
    const res = await server.fetch('/api/v1/__probe/boom', { headers: { 'x-request-id': 'probe-123' } });
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: { details: { requestId: string } } };
    expectPinnedError(body, 'INTERNAL_ERROR');
    expect(JSON.stringify(body)).not.toContain('secret internal detail');
    expect(body.error.details.requestId).toBe('probe-123');
    expect(res.headers.get('x-request-id')).toBe('probe-123');
  });

  it('sends security headers', async () => {
    const res = await server.fetch('/healthz');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('serves Prometheus metrics that count requests by route pattern', async () => {
    await server.fetch('/healthz');
    const res = await server.fetch('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/envgrid_http_requests_total\{method="GET",route="\/healthz",status="200"\} \d+/);
  });

  it('serves the OpenAPI document generated from route schemas, and its UI', async () => {
    const doc = (await (await server.fetch('/api/docs/json')).json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>
      >;
    };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/healthz', '/readyz', '/api/v1/meta']));
    // A report's body as its route schema states it: three required fields, nothing else accepted.
    const report = doc.paths['/api/v1/cases']?.post?.requestBody?.content['application/json']?.schema as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, { minLength?: number; maxLength?: number }>;
    };
    expect([...report.required].sort()).toEqual(['description', 'itemCode', 'location']);
    expect(report.additionalProperties).toBe(false);
    expect(report.properties.description).toMatchObject({ minLength: 1, maxLength: 2000 });
    const ui = await server.fetch('/api/docs/');
    expect(ui.status).toBe(200);
    expect(await ui.text()).toMatch(/swagger/i);
  });

  it('tells the web app its public settings', async () => {
    const meta = (await (await server.fetch('/api/v1/meta')).json()) as Record<string, unknown>;
    expect(meta).toMatchObject({ name: 'envgrid', engine: ctx.engine, businessTimeZone: 'Asia/Shanghai' });
  });
});

describe('readiness of a database whose schema is behind', () => {
  it('answers 503 naming the pending migrations', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'envgrid-unmigrated-'));
    const db = openDatabase(`sqlite:${path.join(dir, 'x.db')}`);
    const server = await startTestServer(db);
    try {
      const res = await server.fetch('/readyz');
      expect(res.status).toBe(503);
      const body = (await res.json()) as { ready: boolean; pendingMigrations: string[] };
      expect(body.ready).toBe(false);
      expect(body.pendingMigrations).toContain('0001-foundation');
    } finally {
      await server.close();
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
