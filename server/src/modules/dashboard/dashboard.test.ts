/**
 * The dashboard's figures over the scenario of test-dashboard-scenario.ts (its table says which
 * case is where and when), each written out by hand, in every scope, and its refusals.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import { CaseWorld } from '../../test/case-world.ts';
import { buildScenario, S001, S002, type Scenario } from './test-dashboard-scenario.ts';

interface Dash {
  from: string;
  to: string;
  startAt: number;
  endAt: number;
  scope: { kind: string; street: { code: string } | null; department: { code: string } | null };
  today: { date: string; new: number; open: number; overdue: number; closedToday: number };
  totals: Record<string, number | null>;
  byCategory: { code: string; count: number }[];
  byItem: { code: string; count: number }[];
  byStreet: { code: string; reported: number; closed: number }[];
  byDepartment: { code: string; reported: number; closed: number }[];
  byMonth: { month: string; reported: number; closed: number }[];
  onTimeByMonth: { month: string; evaluated: number; onTime: number; share: number | null }[];
  grassrootsByMonth: { month: string; closed: number; grassroots: number; share: number | null }[];
  hotSpots: { gridCode: string; count: number; center: { lng: number; lat: number } | null }[];
  rankings: {
    streets: { rank: number; code: string; reported: number; closed: number; closeRate: number | null }[];
    departments: { rank: number; code: string; handled: number; onTime: number; onTimeRate: number | null }[];
  };
}

const PERIOD = 'from=2026-04-01&to=2026-05-31';

describeEachEngineWithDemo('dashboard', (ctx) => {
  let w: CaseWorld;
  let s: Scenario;
  const dash = async (who: string, query = PERIOD) =>
    (await w.as(who)).get<Dash>(`/api/v1/dashboard?${query}`);
  const ok = async (who: string, query = PERIOD) => {
    const r = await dash(who, query);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body;
  };

  beforeAll(async () => {
    w = await CaseWorld.start(ctx.db);
    s = await buildScenario(w);
  });
  afterAll(() => w.close());

  it('the scenario is as its table says', () => {
    expect([s.A, s.B, s.C, s.D, s.E, s.F, s.G].map((c) => [c.status, c.streetCode, c.level])).toEqual([
      ['closed', S001, 'district'],
      ['closed', S001, 'district'],
      ['closed', S001, 'street'],
      ['dispatched', S002, 'district'],
      ['reported', S002, 'district'],
      ['rejected', S001, 'district'],
      ['rejected', S002, 'district'],
    ]);
    expect(s.A.evaluation).toMatchObject({ allOnTime: false, onTime: { handle: false } });
    expect(s.B.evaluation).toMatchObject({ allOnTime: true, onTime: { handle: true } });
    expect(s.C.evaluation).toMatchObject({ allOnTime: true, onTime: { handle: true }, grassroots: true });
  });

  it('gives the district its figures, by month in the business time zone', async () => {
    const d = await ok('leader');
    // 2026-04-01 00:00 and 2026-06-01 00:00 in Shanghai.
    expect([d.from, d.to, d.startAt, d.endAt]).toEqual([
      '2026-04-01',
      '2026-05-31',
      Date.UTC(2026, 2, 31, 16),
      Date.UTC(2026, 4, 31, 16),
    ]);
    expect(d.scope).toEqual({ kind: 'district', street: null, department: null });
    // New today: E, F, C. Open: D, E. Overdue: D (handling), E (filing, due 09:30). Closed today: C.
    expect(d.today).toEqual({ date: '2026-05-06', new: 3, open: 2, overdue: 2, closedToday: 1 });
    expect(d.totals).toEqual({
      reported: 7,
      closed: 3,
      reportedClosed: 3,
      closeRate: 0.4286,
      evaluated: 3,
      onTime: 2,
      onTimeRate: 0.6667,
      grassroots: 1,
      grassrootsRate: 0.3333,
    });
    // G was reported 2026-04-30 16:30 UTC: May in Shanghai.
    expect(d.byMonth).toEqual([
      { month: '2026-04', reported: 3, closed: 2 },
      { month: '2026-05', reported: 4, closed: 1 },
    ]);
    expect(d.onTimeByMonth).toEqual([
      { month: '2026-04', evaluated: 2, onTime: 1, share: 0.5 },
      { month: '2026-05', evaluated: 1, onTime: 1, share: 1 },
    ]);
    expect(d.grassrootsByMonth).toEqual([
      { month: '2026-04', closed: 2, grassroots: 0, share: 0 },
      { month: '2026-05', closed: 1, grassroots: 1, share: 1 },
    ]);
    expect(d.byCategory).toEqual([{ code: 'air', name: '大气污染源', count: 7 }]);
    expect(d.byItem.map((i) => [i.code, i.count])).toEqual([
      ['air.chimney_black_smoke', 6],
      ['air.road_dust', 1],
    ]);
    const streets = Object.fromEntries(d.byStreet.map((x) => [x.code, [x.reported, x.closed]]));
    expect([streets[S001], streets[S002], streets['110101003']]).toEqual([
      [4, 3],
      [3, 0],
      [0, 0],
    ]);
    expect(d.byDepartment.map((x) => [x.code, x.reported, x.closed])).toEqual([
      ['hbj', 3, 2],
      ['jd001', 1, 1],
    ]);
  });

  it('ranks streets by close rate and departments by on-time handling', async () => {
    const d = await ok('center');
    const [first, second, third] = d.rankings.streets;
    expect([first, second]).toEqual([
      { rank: 1, code: S001, name: expect.any(String), reported: 4, closed: 3, closeRate: 0.75 },
      { rank: 2, code: S002, name: expect.any(String), reported: 3, closed: 0, closeRate: 0 },
    ]);
    // Streets with nothing reported share the last rank.
    expect(third).toMatchObject({ rank: 3, reported: 0, closeRate: null });
    expect(d.rankings.streets.at(-1)).toMatchObject({ rank: 3 });
    expect(d.rankings.departments.map((x) => [x.rank, x.code, x.handled, x.onTime, x.onTimeRate])).toEqual([
      [1, 'jd001', 1, 1, 1],
      [2, 'hbj', 2, 1, 0.5],
    ]);
  });

  it('names the hot spots: the grids with the most cases, with their centres', async () => {
    const d = await ok('auditor');
    const g = s.grids;
    const tail = [g.g1b, g.g1c].sort();
    expect(d.hotSpots.map((h) => [h.gridCode, h.count])).toEqual([
      [g.g2, 3],
      [g.g1a, 2],
      [tail[0], 1],
      [tail[1], 1],
    ]);
    const spot = await w.spot('sup002-01', 0);
    // The demo's grids are squares: the centre of the shape is the spot in its middle.
    expect(d.hotSpots[0]!.center!.lng).toBeCloseTo(spot.lng, 6);
    expect(d.hotSpots[0]!.center!.lat).toBeCloseTo(spot.lat, 6);
  });

  it('gives a sub-center its street only', async () => {
    const d = await ok('sub001');
    expect(d.scope).toMatchObject({ kind: 'street', street: { code: S001 }, department: null });
    expect(d.today).toEqual({ date: '2026-05-06', new: 2, open: 0, overdue: 0, closedToday: 1 });
    expect(d.byMonth).toEqual([
      { month: '2026-04', reported: 2, closed: 2 },
      { month: '2026-05', reported: 2, closed: 1 },
    ]);
    expect(d.byStreet).toEqual([{ code: S001, name: expect.any(String), reported: 4, closed: 3 }]);
    const other = await ok('sub002');
    expect(other.today).toEqual({ date: '2026-05-06', new: 1, open: 2, overdue: 2, closedToday: 0 });
    expect(other.byMonth.map((m) => m.reported)).toEqual([1, 2]);
    expect((await dash('sub001', `${PERIOD}&street=${S002}`)).status).toBe(403);
    // Its own street, named, is the same as none.
    expect((await ok('sub001', `${PERIOD}&street=${S001}`)).totals).toEqual(d.totals);
  });

  it('gives a department its own led cases only', async () => {
    const d = await ok('hbj01');
    expect(d.scope).toMatchObject({ kind: 'department', street: null, department: { code: 'hbj' } });
    // A, B and D are hbj's; D is open and overdue; nothing of hbj's was reported or closed today.
    expect(d.today).toEqual({ date: '2026-05-06', new: 0, open: 1, overdue: 1, closedToday: 0 });
    expect(d.byMonth).toEqual([
      { month: '2026-04', reported: 3, closed: 2 },
      { month: '2026-05', reported: 0, closed: 0 },
    ]);
    expect(d.byDepartment.map((x) => x.code)).toEqual(['hbj']);
    expect((await dash('hbj01', `${PERIOD}&department=cgzf`)).status).toBe(403);
    // Within a street.
    expect((await ok('hbj01', `${PERIOD}&street=${S002}`)).totals.reported).toBe(1);
  });

  it('lets district staff narrow to a street or a department', async () => {
    expect((await ok('leader', `${PERIOD}&street=${S002}`)).today).toEqual({
      date: '2026-05-06',
      new: 1,
      open: 2,
      overdue: 2,
      closedToday: 0,
    });
    const jd = await ok('leader', `${PERIOD}&department=jd001`);
    expect([jd.totals.reported, jd.totals.grassroots, jd.scope.department?.code]).toEqual([1, 1, 'jd001']);
  });

  it('defaults to this month up to today', async () => {
    const d = await ok('center', '');
    expect([d.from, d.to]).toEqual(['2026-05-01', '2026-05-06']);
    expect(d.byMonth).toEqual([{ month: '2026-05', reported: 4, closed: 1 }]);
  });

  it('refuses roles without dashboards and anonymous users', async () => {
    for (const who of ['admin', 'sup001-01', 'off001-01']) expect((await dash(who)).status, who).toBe(403);
    const anon = await w.server.inject(`/api/v1/dashboard?${PERIOD}`, { method: 'GET' });
    expect(anon.status).toBe(401);
  });

  it('answers bad input with 400 naming the field', async () => {
    const cases: [string, string][] = [
      ['from=2026-02-30&to=2026-03-01', 'querystring/from'],
      ['from=2026-04-02&to=2026-04-01', 'querystring/to'],
      ['from=2024-01-01&to=2026-01-01', 'querystring/to'],
      ['from=yesterday', 'querystring/from'],
      [`${PERIOD}&street=999999999`, 'querystring/street'],
      [`${PERIOD}&department=nope`, 'querystring/department'],
      [`${PERIOD}&bogus=1`, 'querystring'],
    ];
    for (const [query, path] of cases) {
      const r = await (
        await w.as('leader')
      ).get<{ error: { details?: { path: string }[] } }>(`/api/v1/dashboard?${query}`);
      expect(r.status, query).toBe(400);
      expect(JSON.stringify(r.body.error.details), query).toContain(path);
    }
    // Two full years, 731 days, is allowed.
    expect((await dash('leader', 'from=2024-05-06&to=2026-05-06')).status).toBe(200);
  });
});
