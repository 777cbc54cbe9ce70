import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import { ApiClient } from './test/api-client.ts';
import { createTestDatabase } from './test/db-harness.ts';
import { startTestServer, TEST_EPOCH, type TestServer } from './test/http-harness.ts';
import { seedDemo } from './test/seed.ts';
import { ManualClock } from '@envgrid/core';

const webDir = loadConfig({}).webDir;
const built = fs.existsSync(path.join(webDir, 'index.html'));
if (!built && process.env.CI === 'true') throw new Error(`CI=true needs the built web app in ${webDir}`);
if (!built)
  console.warn(`\n!!! ${webDir} is not built: the static-file tests are skipped (npm test builds it).\n`);

describe.runIf(built)('web app files', () => {
  let server: TestServer;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const t = await createTestDatabase('sqlite');
    drop = t.drop;
    await seedDemo(t.db, new ManualClock(TEST_EPOCH));
    server = await startTestServer(t.db);
  });
  afterAll(async () => {
    await server.close();
    await drop();
  });

  /** The bytes as sent: fetch would decompress them. */
  const raw = (pathname: string, encoding: string) =>
    new Promise<{ res: { status: number; headers: Map<string, string> }; bytes: Buffer }>(
      (resolve, reject) => {
        http
          .get(server.url + pathname, { headers: { 'accept-encoding': encoding } }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              const headers = new Map(Object.entries(res.headers).map(([k, v]) => [k, String(v)]));
              resolve({ res: { status: res.statusCode ?? 0, headers }, bytes: Buffer.concat(chunks) });
            });
          })
          .on('error', reject);
      },
    );

  it('serves the shell uncached, so a deploy never leaves browsers asking for old asset names', async () => {
    for (const p of ['/', '/cases/some-deep-link']) {
      const r = await fetch(server.url + p);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toMatch(/text\/html/);
      expect(r.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('serves hashed assets immutable for a year, precompressed with brotli or gzip', async () => {
    const html = fs.readFileSync(path.join(webDir, 'index.html'), 'utf8');
    const asset = /\/assets\/[^"']+\.js/.exec(html)?.[0];
    expect(asset).toBeDefined();
    const plain = fs.readFileSync(path.join(webDir, asset!));

    const br = await raw(asset!, 'br, gzip');
    expect(br.res.status).toBe(200);
    expect(br.res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(br.res.headers.get('content-encoding')).toBe('br');
    expect(br.res.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(zlib.brotliDecompressSync(br.bytes).equals(plain)).toBe(true);
    expect(br.bytes.length).toBeLessThan(plain.length / 2);

    const gz = await raw(asset!, 'gzip');
    expect(gz.res.headers.get('content-encoding')).toBe('gzip');
    expect(zlib.gunzipSync(gz.bytes).equals(plain)).toBe(true);

    const identity = await raw(asset!, 'identity');
    expect(identity.res.headers.get('content-encoding')).toBeUndefined();
    expect(identity.bytes.equals(plain)).toBe(true);
  });

  it('answers a missing asset with the JSON 404, not the shell', async () => {
    const r = await fetch(server.url + '/assets/gone-0123abcd.js');
    expect(r.status).toBe(404);
    expect(await r.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('marks authenticated API answers and errors no-store', async () => {
    const c = await ApiClient.login(server, 'leader');
    const me = await c.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.headers.get('cache-control')).toBe('no-store');
    const missing = await c.get('/api/v1/cases/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-store');
  });
});
