import { ManualClock, buildGridIndex, type PolygonGeometry } from '@envgrid/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDataAccess } from '../../db/repos.ts';
import type { ApiClient } from '../../test/api-client.ts';
import { login, pointInGridOf, type CaseDto } from '../../test/case-fixtures.ts';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import { startTestServer, TEST_EPOCH, type TestServer } from '../../test/http-harness.ts';
import { seedDemo } from '../../test/seed.ts';
import { CaseGenerator, type GenerateSummary } from './case-generator.ts';

// Saturday 2026-03-07 22:10 in Beijing: outside working hours, so "now" falls between work windows.
const NOW = Date.UTC(2026, 2, 7, 14, 10);
const DAY = 86_400_000;
const CASES = 600;
const YEARS = 0.25;
const OPEN = [
  'pending_verification',
  'reported',
  'filed',
  'dispatched',
  'suspended',
  'pending_check',
  'pending_close',
];

interface CaseRow {
  id: string;
  case_no: string;
  status: string;
  channel: string;
  created_at: number;
  updated_at: number;
  version: number;
  grid_code: string;
  lng: number;
  lat: number;
  level: string;
  assist_department_ids: string;
}
interface EventRow {
  case_id: string;
  seq: number;
  action: string;
  from_status: string | null;
  to_status: string;
  at: number;
}

describeEachEngineWithDemo('the case generator', (ctx) => {
  let server: TestServer;
  let summary: GenerateSummary;
  let cases: CaseRow[];
  let events: Map<string, EventRow[]>;
  let sup: ApiClient, center: ApiClient, admin: ApiClient;
  const clock = new ManualClock(TEST_EPOCH);

  beforeAll(async () => {
    await seedDemo(ctx.db, clock);
    clock.set(NOW);
    server = await startTestServer(ctx.db, { clock });
    summary = await new CaseGenerator(
      createDataAccess(ctx.db),
      clock,
      server.app.services.workSettings,
    ).generate({
      cases: CASES,
      years: YEARS,
      seed: 7,
      batch: 150,
    });
    const k = ctx.db.kysely;
    cases = (await k.selectFrom('cases').selectAll().execute()) as unknown as CaseRow[];
    events = new Map();
    for (const e of (await k
      .selectFrom('case_events')
      .selectAll()
      .orderBy('seq')
      .execute()) as unknown as EventRow[])
      events.set(e.case_id, [...(events.get(e.case_id) ?? []), { ...e, at: Number(e.at) }]);
    [sup, center, admin] = await login(server, 'sup001-01', 'center', 'admin');
  });
  afterAll(() => server.close());

  it('writes the cases it reports, with every hash chain intact', async () => {
    expect(summary.cases).toBe(CASES);
    expect(cases).toHaveLength(CASES);
    expect(summary.events).toBe([...events.values()].reduce((s, l) => s + l.length, 0));
    const verified = await server.app.services.eventLog.verify();
    expect(verified).toMatchObject({ cases: CASES, events: summary.events, broken: [] });
    const counted: Record<string, number> = {};
    for (const c of cases) counted[c.status] = (counted[c.status] ?? 0) + 1;
    expect(summary.byStatus).toEqual(counted);
  });

  it('follows the workflow: each event starts where the last one left the case, in time order, before now', () => {
    const since = NOW - YEARS * 365 * DAY - DAY;
    for (const c of cases) {
      const log = events.get(c.id)!;
      expect(log[0]).toMatchObject({ seq: 1, action: 'report', from_status: null });
      expect(log.length).toBe(c.version);
      expect(log[0]!.at).toBe(Number(c.created_at));
      expect(Number(c.created_at)).toBeGreaterThan(since);
      for (let i = 1; i < log.length; i++) {
        expect(log[i]!.from_status).toBe(log[i - 1]!.to_status);
        expect(log[i]!.at).toBeGreaterThan(log[i - 1]!.at);
      }
      expect(log[log.length - 1]!.to_status).toBe(c.status);
      expect(log[log.length - 1]!.at).toBeLessThanOrEqual(NOW);
      expect(Number(c.updated_at)).toBe(log[log.length - 1]!.at);
    }
  });

  it('draws the district’s real mix: mostly closed, some open now, hotline and patrol, returns, reworks, extensions', () => {
    const old = cases.filter((c) => Number(c.created_at) < NOW - 30 * DAY);
    const finished = old.filter((c) => ['closed', 'rejected', 'voided'].includes(c.status));
    expect(finished.length / old.length).toBeGreaterThan(0.97);
    expect(cases.filter((c) => c.status === 'closed').length / CASES).toBeGreaterThan(0.8);
    // Open work sits in the last days only, and there is some.
    const open = cases.filter((c) => OPEN.includes(c.status));
    expect(open.length).toBeGreaterThan(0);
    const hotline = cases.filter((c) => c.channel === 'hotline').length / CASES;
    expect(hotline).toBeGreaterThan(0.1);
    expect(hotline).toBeLessThan(0.3);
    // Hotline reports start with a verification, patrol reports do not.
    for (const c of cases) {
      const first = events.get(c.id)![0]!;
      expect(first.to_status).toBe(c.channel === 'hotline' ? 'pending_verification' : 'reported');
    }
    const actions = new Set([...events.values()].flat().map((e) => e.action));
    for (const a of [
      'verify',
      'file',
      'dispatch',
      'feedback',
      'check',
      'close',
      'return',
      'request_extension',
      'urge',
    ])
      expect(actions, a).toContain(a);
    expect(new Set(cases.map((c) => c.level))).toEqual(new Set(['street', 'district']));
  });

  it('writes assisting departments as rows too, so departments find the cases they assist', async () => {
    const rows = await ctx.db.kysely
      .selectFrom('case_assist_departments')
      .select(['case_id', 'department_id'])
      .execute();
    const fromRows = rows.map((r) => `${r.case_id}/${r.department_id}`).sort();
    const fromCases = cases
      .flatMap((c) => (JSON.parse(c.assist_department_ids) as string[]).map((d) => `${c.id}/${d}`))
      .sort();
    expect(fromCases.length).toBeGreaterThan(0);
    expect(fromRows).toEqual(fromCases);
  });

  it('plays new-source reports as the registry would: each proposes its source, most are registered', async () => {
    const k = ctx.db.kysely;
    const proposals = await k.selectFrom('sources').selectAll().execute();
    const history = await k.selectFrom('source_events').selectAll().orderBy('seq').execute();
    const reports = await k
      .selectFrom('cases')
      .select(['id', 'status', 'source_id'])
      .where('item_code', 'like', 'new_source.%')
      .execute();
    expect(reports.length).toBeGreaterThan(0);
    expect(proposals.map((p) => p.proposed_by_case_id).sort()).toEqual(reports.map((r) => r.id).sort());
    const byId = new Map(proposals.map((p) => [p.id, p]));
    const ENFORCEMENT = ['filed', 'dispatched', 'suspended', 'pending_check', 'pending_close'];
    for (const r of reports) {
      const p = byId.get(r.source_id!)!;
      const log = history.filter((e) => e.source_id === p.id);
      // Each history starts with the proposal and moves on from where it stood.
      expect(log[0]).toMatchObject({ seq: 1, action: 'propose', from_status: null, to_status: 'pending' });
      log.slice(1).forEach((e, i) => expect([e.seq, e.from_status]).toEqual([i + 2, log[i]!.to_status]));
      expect(log.at(-1)!.to_status).toBe(p.status);
      const last = events.get(r.id)!.map((e) => e.action);
      // The source's status follows the report's fate.
      if (last.includes('register_source')) expect([r.status, p.status]).toEqual(['closed', 'active']);
      else if (ENFORCEMENT.includes(r.status)) expect(p.status).toBe('rectifying');
      else if (r.status === 'rejected' || r.status === 'voided') expect(p.status).toBe('closed');
      else if (r.status === 'closed') expect(p.status).toBe('active');
      else expect(p.status).toBe('pending');
    }
    const registered = reports.filter((r) => events.get(r.id)!.some((e) => e.action === 'register_source'));
    // Registration (P 0.8 of those intake decides) is the common fate.
    expect(registered.length / reports.length).toBeGreaterThan(0.6);
  });

  it('puts each case inside its grid', async () => {
    const grids = await createDataAccess(ctx.db).repos.grids.list();
    const index = buildGridIndex(
      grids.map((g) => ({ code: g.code, geometry: JSON.parse(g.geometry) as PolygonGeometry })),
    );
    for (const c of cases) expect(index.locateAll(c.lng, c.lat)).toContain(c.grid_code);
  });

  it('numbers cases per day without gaps, and an intake afterwards takes the next number', async () => {
    const byDay = new Map<string, number[]>();
    for (const c of cases)
      byDay.set(c.case_no.slice(0, 8), [
        ...(byDay.get(c.case_no.slice(0, 8)) ?? []),
        Number(c.case_no.slice(8)),
      ]);
    for (const [, serials] of byDay) {
      serials.sort((a, b) => a - b);
      expect(serials).toEqual(serials.map((_, i) => i + 1));
    }
    const today = byDay.get('20260307')?.length ?? 0;
    const spot = await pointInGridOf(sup, admin);
    const r = await sup.post<CaseDto>('/api/v1/cases', {
      itemCode: 'noise.construction',
      description: '生成之后的上报',
      location: { lng: spot.lng, lat: spot.lat },
    });
    expect(r.status).toBe(201);
    expect(r.body.caseNo).toBe(`20260307${String(today + 1).padStart(4, '0')}`);
    // The list serves the generated cases newest first, the new one on top.
    const page = (await center.get<{ items: CaseDto[] }>('/api/v1/cases?limit=5')).body.items;
    expect(page[0]!.id).toBe(r.body.id);
    const newest = [...cases].sort(
      (a, b) => Number(b.created_at) - Number(a.created_at) || (b.id < a.id ? -1 : 1),
    );
    expect(page.slice(1).map((c) => c.id)).toEqual(newest.slice(0, 4).map((c) => c.id));
  });

  // Last: it adds cases. Now in the middle of a working morning, when the last actions of many
  // cases fall minutes before now: none may land after it.
  it('never writes an event after now, even with now inside working hours', async () => {
    const later = Date.UTC(2026, 2, 10, 2, 5); // Tuesday 10:05 in Beijing
    clock.set(later);
    const r = await new CaseGenerator(
      createDataAccess(ctx.db),
      clock,
      server.app.services.workSettings,
    ).generate({
      cases: 300,
      years: 0.008,
      seed: 5,
    });
    expect(r.cases).toBe(300);
    const k = ctx.db.kysely;
    const lastEvent = await k
      .selectFrom('case_events')
      .select((eb) => eb.fn.max('at').as('at'))
      .executeTakeFirstOrThrow();
    expect(Number(lastEvent.at)).toBeLessThanOrEqual(later);
    const lastUpdate = await k
      .selectFrom('cases')
      .select((eb) => eb.fn.max('updated_at').as('at'))
      .executeTakeFirstOrThrow();
    expect(Number(lastUpdate.at)).toBeLessThanOrEqual(later);
    // Some of today's cases are still at work this morning.
    const open = await k
      .selectFrom('cases')
      .select('id')
      .where('created_at', '>=', later - 3 * 3_600_000)
      .where('status', 'not in', ['closed', 'rejected', 'voided'])
      .execute();
    expect(open.length).toBeGreaterThan(0);
    expect((await server.app.services.eventLog.verify()).broken).toEqual([]);
  });
});
