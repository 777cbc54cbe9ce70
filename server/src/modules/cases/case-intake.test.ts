import { ManualClock } from '@envgrid/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiClient } from '../../test/api-client.ts';
import { login, pointInGridOf, type CaseDto } from '../../test/case-fixtures.ts';
import { describeEachEngine } from '../../test/db-harness.ts';
import { startTestServer, TEST_EPOCH, type TestServer } from '../../test/http-harness.ts';
import { seedDemo } from '../../test/seed.ts';

describeEachEngine('case intake', (ctx) => {
  let server: TestServer;
  let sup: ApiClient, center: ApiClient;
  let spot: { lng: number; lat: number };
  beforeAll(async () => {
    const clock = new ManualClock(TEST_EPOCH);
    await seedDemo(ctx.db, clock);
    server = await startTestServer(ctx.db, { clock });
    let admin: ApiClient;
    [sup, center, admin] = await login(server, 'sup001-01', 'center', 'admin');
    const p = await pointInGridOf(sup, admin);
    spot = { lng: p.lng, lat: p.lat };
  });
  afterAll(() => server.close());

  it('gives concurrent reports unique, readable case numbers', async () => {
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        (i % 2 ? sup : center).post<CaseDto>('/api/v1/cases', {
          itemCode: 'noise.construction',
          description: `并发上报 ${i}`,
          location: spot,
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(16).fill(201));
    const numbers = results.map((r) => r.body.caseNo);
    expect(new Set(numbers).size).toBe(16);
    for (const n of numbers) expect(n).toMatch(/^20260302\d{4}$/);
  });

  it('refuses bad input with a clear error and writes nothing', async () => {
    const before = (await center.get<{ items: unknown[] }>('/api/v1/cases?limit=200')).body.items.length;
    const bad: [Record<string, unknown>, number, string][] = [
      [{ itemCode: 'air.nope', description: 'x', location: spot }, 400, 'VALIDATION_FAILED'],
      [{ itemCode: 'air.open_burning', description: '', location: spot }, 400, 'VALIDATION_FAILED'],
      [
        { itemCode: 'air.open_burning', description: 'x', location: { lng: 200, lat: 39.9 } },
        400,
        'VALIDATION_FAILED',
      ],
      [
        { itemCode: 'air.open_burning', description: 'x', location: { lng: 116.2, lat: 39.7 } },
        422,
        'OUTSIDE_JURISDICTION',
      ],
      [
        { itemCode: 'air.open_burning', description: 'x', location: spot, status: 'closed' },
        400,
        'VALIDATION_FAILED',
      ],
      [
        { itemCode: 'air.open_burning', description: 'x', location: spot, attachmentIds: ['not-mine'] },
        400,
        'VALIDATION_FAILED',
      ],
    ];
    for (const [body, status, code] of bad) {
      const r = await sup.post<{ error: { code: string } }>('/api/v1/cases', body);
      expect([r.status, r.body.error.code]).toEqual([status, code]);
    }
    expect((await center.get<{ items: unknown[] }>('/api/v1/cases?limit=200')).body.items.length).toBe(
      before,
    );
  });

  it('pages through the list with a cursor and filters by status', async () => {
    const first = await center.get<{ items: CaseDto[]; nextCursor: string | null }>('/api/v1/cases?limit=5');
    expect(first.body.items).toHaveLength(5);
    const second = await center.get<{ items: CaseDto[]; nextCursor: string | null }>(
      `/api/v1/cases?limit=5&cursor=${first.body.nextCursor}`,
    );
    const ids = new Set([...first.body.items, ...second.body.items].map((c) => c.id));
    expect(ids.size).toBe(10);
    const hotline = await center.get<{ items: CaseDto[] }>('/api/v1/cases?status=pending_verification');
    expect(hotline.body.items.length).toBeGreaterThan(0);
    expect(hotline.body.items.every((c) => c.status === 'pending_verification')).toBe(true);
    const reported = await sup.get<{ items: (CaseDto & { reporterId: string })[] }>(
      '/api/v1/cases?reportedByMe=true&limit=200',
    );
    const me = (await sup.get<{ user: { id: string } }>('/api/v1/me')).body.user.id;
    expect(reported.body.items.length).toBeGreaterThan(0);
    expect(reported.body.items.every((c) => c.reporterId === me)).toBe(true);
    const mine = await sup.get<{ items: CaseDto[] }>('/api/v1/cases?mine=true&limit=200');
    expect(mine.body.items.every((c) => c.gridCode.startsWith('110101001'))).toBe(true);
  });

  it('tells a listening client about case changes over server-sent events', async () => {
    const abort = new AbortController();
    const res = await fetch(`${server.url}/api/v1/stream`, {
      headers: { cookie: center.cookie! },
      signal: abort.signal,
    });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = res.body!.getReader();
    const created = await sup.post<CaseDto>('/api/v1/cases', {
      itemCode: 'air.open_burning',
      description: '推送',
      location: spot,
    });
    let text = '';
    while (!text.includes(created.body.id)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    abort.abort();
    expect(text).toMatch(/event: case.changed/);
    expect(text).toContain(created.body.id);
  });
});
