import { ManualClock } from '@envgrid/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiClient } from '../../test/api-client.ts';
import { login, pointInGridOf, type CaseDto } from '../../test/case-fixtures.ts';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import { startTestServer, TEST_EPOCH, type TestServer } from '../../test/http-harness.ts';
import { seedDemo } from '../../test/seed.ts';

describeEachEngineWithDemo('case intake', (ctx) => {
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
    // The day's counter hands out 16 consecutive serials: none lost, none given twice.
    const serials = numbers.map((n) => Number(n.slice(8))).sort((a, b) => a - b);
    expect(serials).toEqual(serials.map((_, i) => serials[0]! + i));
    // Each number belongs to the case it was answered with.
    for (const r of results)
      expect((await center.get<CaseDto>(`/api/v1/cases/${r.body.id}`)).body.caseNo).toBe(r.body.caseNo);
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
    type Page = { items: CaseDto[]; nextCursor: string | null };
    const first = await center.get<Page>('/api/v1/cases?limit=5');
    expect(first.body.items).toHaveLength(5);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await center.get<Page>(`/api/v1/cases?limit=5&cursor=${first.body.nextCursor}`);
    // Two pages of five are the first ten of the list, in order: nothing skipped, nothing repeated.
    const ten = await center.get<Page>('/api/v1/cases?limit=10');
    expect([...first.body.items, ...second.body.items].map((c) => c.id)).toEqual(
      ten.body.items.map((c) => c.id),
    );
    expect(new Set(ten.body.items.map((c) => c.id)).size).toBe(10);
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
    const myGrids = (await sup.get<{ grids: string[] }>('/api/v1/me')).body.grids;
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.filter((c) => !myGrids.includes(c.gridCode))).toEqual([]);
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
    // The message about this case: its event name and the documented data {type, caseId, action,
    // status, at}, nothing more (who else may hear an event stays on the server).
    const message = text.split('\n\n').find((m) => m.includes(created.body.id))!;
    expect(message).toMatch(/^event: case\.changed$/m);
    expect(JSON.parse(/^data: (.*)$/m.exec(message)![1]!)).toEqual({
      type: 'case.changed',
      caseId: created.body.id,
      action: 'report',
      status: 'reported',
      at: TEST_EPOCH,
    });
  });
});
