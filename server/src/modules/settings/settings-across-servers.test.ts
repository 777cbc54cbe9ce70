/**
 * Two servers on one database, as behind a load balancer: an admin's edit of the time limits or
 * of the taxonomy through one takes effect on the very next request to the other (and back).
 * Server B has its own database connection (its own pool on PostgreSQL, its own SQLite handle on
 * the same file), its own services and caches; on PostgreSQL both use the cross-process event bus.
 */
import { ManualClock } from '@envgrid/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiClient } from '../../test/api-client.ts';
import { pointInGridOf } from '../../test/case-fixtures.ts';
import { type CaseBody } from '../../test/case-world.ts';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import { startTestServer, TEST_EPOCH, type TestServer } from '../../test/http-harness.ts';
import { seedDemo } from '../../test/seed.ts';
import { openDatabase, type Db } from '../../db/database.ts';

/** An instant written as local Beijing time. */
const T = (local: string): number => Date.parse(`${local}:00+08:00`);
const iso = (ms: number | null) =>
  ms === null ? null : new Date(ms + 8 * 3600_000).toISOString().slice(0, 16);

const working = (amount: number, unit: 'minute' | 'hour' | 'day') => ({ amount, unit, basis: 'working' });

/** The default table of docs/workflow.md, with `steps` overridden. */
const limits = (steps: Record<string, ReturnType<typeof working>> = {}) => ({
  steps: {
    verify: working(60, 'minute'),
    file: working(30, 'minute'),
    dispatch: working(30, 'minute'),
    handle: working(1, 'day'),
    check: working(2, 'hour'),
    close: working(30, 'minute'),
    ...steps,
  },
  handle: {
    byUrgency: {
      urgent: { fractionOfNormal: 0.5, min: working(2, 'hour') },
      critical: { fixed: { amount: 2, unit: 'hour', basis: 'natural' } },
    },
    byItem: {},
  },
});

interface Category {
  code: string;
  items: { code: string; handleLimitNormal: unknown }[];
}

describeEachEngineWithDemo('settings across two servers', (ctx) => {
  const clock = new ManualClock(TEST_EPOCH); // Monday 2026-03-02 09:00
  let a: TestServer, b: TestServer;
  let dbB: Db;
  const on: Record<'a' | 'b', Record<string, ApiClient>> = { a: {}, b: {} };
  let spot: { lng: number; lat: number };
  let hbj: string;

  beforeAll(async () => {
    await seedDemo(ctx.db, clock);
    dbB = openDatabase(ctx.url);
    const busUrl = ctx.engine === 'postgres' ? { databaseUrl: ctx.url } : {};
    a = await startTestServer(ctx.db, { clock, ...busUrl });
    b = await startTestServer(dbB, { clock, ...busUrl });
    for (const [k, server] of [
      ['a', a],
      ['b', b],
    ] as const)
      for (const user of ['admin', 'sup001-01', 'center']) on[k][user] = await ApiClient.login(server, user);
    spot = await pointInGridOf(on.b['sup001-01']!, on.b.admin!);
    const depts = await on.b.admin!.get<{ id: string; code: string }[]>('/api/v1/departments');
    hbj = depts.body.find((d) => d.code === 'hbj')!.id;
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await dbB?.close();
  });

  const report = async (via: 'a' | 'b') => {
    const r = await on[via]['sup001-01']!.post<CaseBody>('/api/v1/cases', {
      itemCode: 'air.chimney_black_smoke',
      description: '烟囱冒黑烟',
      location: { lng: spot.lng, lat: spot.lat },
    });
    expect(r.status).toBe(201);
    return r.body;
  };
  const act = async (via: 'a' | 'b', c: CaseBody, action: string, body: Record<string, unknown> = {}) => {
    const r = await on[via].center!.post<CaseBody>(`/api/v1/cases/${c.id}/actions/${action}`, {
      version: c.version,
      ...body,
    });
    expect([action, r.status]).toEqual([action, 200]);
    return r.body;
  };
  const putLimits = async (via: 'a' | 'b', steps: Record<string, ReturnType<typeof working>>) =>
    expect((await on[via].admin!.put('/api/v1/time-limits', limits(steps))).status).toBe(200);
  const putChimneyLimit = async (via: 'a' | 'b', limit: ReturnType<typeof working>) => {
    const tax = await on[via].admin!.get<Category[]>('/api/v1/taxonomy?all=true');
    for (const cat of tax.body)
      for (const item of cat.items)
        if (item.code === 'air.chimney_black_smoke') item.handleLimitNormal = limit;
    expect((await on[via].admin!.put('/api/v1/taxonomy', { categories: tax.body })).status).toBe(200);
  };

  it('applies a time-limit edit made through A to the next report and filing through B', async () => {
    // Warm B's cache with the defaults: 30 working minutes to file, 30 to dispatch.
    let c = await report('b');
    expect(iso(c.deadline)).toBe(iso(T('2026-03-02T09:30')));
    c = await act('b', c, 'file');
    expect(iso(c.deadline)).toBe(iso(T('2026-03-02T09:30')));

    await putLimits('a', { file: working(45, 'minute'), dispatch: working(90, 'minute') });
    const next = await report('b');
    expect(iso(next.deadline)).toBe(iso(T('2026-03-02T09:45')));
    const filed = await act('b', next, 'file');
    expect(iso(filed.deadline)).toBe(iso(T('2026-03-02T10:30')));
    // And what B shows an admin is the new table.
    const shown = await on.b.admin!.get<{ steps: { file: unknown } }>('/api/v1/time-limits');
    expect(shown.body.steps.file).toEqual(working(45, 'minute'));

    // Back the other way: an edit through B applies to the next report through A.
    await putLimits('b', { file: working(20, 'minute') });
    expect(iso((await report('a')).deadline)).toBe(iso(T('2026-03-02T09:20')));
    expect(iso((await report('b')).deadline)).toBe(iso(T('2026-03-02T09:20')));
  });

  it('applies a taxonomy edit made through A to the next dispatch through B', async () => {
    let c = await act('b', await report('b'), 'file');
    // Warm B with the current handling limit of chimney black smoke: 1 working day.
    const before = await act('b', await act('b', await report('b'), 'file'), 'dispatch', {
      leadDepartmentId: hbj,
    });
    expect(iso(before.deadline)).toBe(iso(T('2026-03-03T09:00')));

    await putChimneyLimit('a', working(3, 'hour'));
    c = await act('b', c, 'dispatch', { leadDepartmentId: hbj });
    expect(iso(c.deadline)).toBe(iso(T('2026-03-02T12:00')));
    const tax = await on.b.admin!.get<Category[]>('/api/v1/taxonomy');
    const chimney = tax.body.flatMap((cat) => cat.items).find((i) => i.code === 'air.chimney_black_smoke');
    expect(chimney?.handleLimitNormal).toEqual(working(3, 'hour'));

    // And back through B, read by A.
    await putChimneyLimit('b', working(2, 'day'));
    const d = await act('a', await act('a', await report('a'), 'file'), 'dispatch', {
      leadDepartmentId: hbj,
    });
    expect(iso(d.deadline)).toBe(iso(T('2026-03-04T09:00')));
  });
});
