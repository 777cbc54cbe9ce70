import { ManualClock } from '@envgrid/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiClient } from '../../test/api-client.ts';
import { login } from '../../test/case-fixtures.ts';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import { startTestServer, TEST_EPOCH, type TestServer } from '../../test/http-harness.ts';
import { seedDemo } from '../../test/seed.ts';
import { insertSources, metresBetween, squaresOf, walkThrough, type Square } from './test-patrol-fixtures.ts';

interface CoverageDto {
  street: string | null;
  days: number;
  grids: { code: string; patrols: number; required: number; covered: boolean; lastPatrolAt: number | null }[];
  sources: {
    id: string;
    inspections: number;
    required: number;
    overdue: boolean;
    lastInspectedAt: number | null;
  }[];
  blindSpots: { grids: string[]; sources: string[] };
  summary: { gridShare: number | null; sourceShare: number | null };
  patrolCoverage: { overall: { covered: number; required: number; share: number | null } };
}

const STREET1 = '110101001';
const STREET2 = '110101002';
const HOUR = 3_600_000;
/** Local (UTC+8) wall time of a March 2026 day. */
const local = (day: number, hour: number) => Date.UTC(2026, 2, day, hour - 8);

/**
 * The layout: the week 2026-03-03 … 03-09 in street 110101001. One patrol before it (03-02), one in
 * it (03-04, through two squares, with a jump into a third), one just after it (03-10 00:30);
 * sources inspected in it, before it, never, one closed and one in another street.
 */
describeEachEngineWithDemo('coverage', (ctx) => {
  let server: TestServer;
  const clock = new ManualClock(TEST_EPOCH);
  let sup: ApiClient, peer: ApiClient, sub1: ApiClient, sub2: ApiClient, center: ApiClient;
  let officer: ApiClient, leader: ApiClient;
  let all: string[];
  let squares: Square[];
  let far: Square;
  let s: { weekly: string; stale: string; monthly: string; closed: string; elsewhere: string };
  let firstPatrolAt: number;

  const patrol = async (c: ApiClient, through: Square[], jumpTo?: Square) => {
    const p = (await c.post<{ id: string }>('/api/v1/patrols', {})).body;
    const walk = walkThrough(through, clock.now());
    const last = walk[walk.length - 1]!;
    const points = jumpTo ? [...walk, { ...jumpTo.center, at: last.at + 5_000 }] : walk;
    clock.set(points[points.length - 1]!.at);
    const r = await c.post<{ gridsVisited: string[]; flaggedCount: number }>(
      `/api/v1/patrols/${p.id}/points`,
      {
        points,
      },
    );
    expect([r.status, r.body.gridsVisited, r.body.flaggedCount]).toEqual([
      200,
      through.map((q) => q.code),
      jumpTo ? 1 : 0,
    ]);
    return p.id;
  };
  const inspect = async (c: ApiClient, patrolId: string, sourceId: string) =>
    expect(
      (await c.post(`/api/v1/patrols/${patrolId}/inspections`, { sourceId, result: 'normal' })).status,
    ).toBe(201);

  beforeAll(async () => {
    await seedDemo(ctx.db, clock);
    server = await startTestServer(ctx.db, { clock });
    // Sessions expire when idle: log in again after each move of the clock.
    [sup, center] = await login(server, 'sup001-01', 'center');
    const grid = await squaresOf(center, STREET1);
    all = grid.all;
    squares = grid.squares;
    expect(squares.length).toBeGreaterThanOrEqual(5);
    far = [...squares].sort(
      (a, b) => metresBetween(b.center, squares[3]!.center) - metresBetween(a.center, squares[3]!.center),
    )[0]!;
    expect([squares[2]!.code, squares[3]!.code]).not.toContain(far.code);
    const [weekly, stale, monthly, closed, elsewhere] = await insertSources(
      ctx.db,
      [
        { gridCode: squares[0]!.code, streetCode: STREET1, location: squares[0]!.center, every: 7 },
        { gridCode: squares[1]!.code, streetCode: STREET1, location: squares[1]!.center, every: 7 },
        { gridCode: squares[1]!.code, streetCode: STREET1, location: squares[1]!.center, every: 30 },
        {
          gridCode: squares[0]!.code,
          streetCode: STREET1,
          location: squares[0]!.center,
          every: 7,
          status: 'closed',
        },
        { gridCode: `${STREET2}001001`, streetCode: STREET2, location: squares[0]!.center, every: 7 },
      ],
      TEST_EPOCH,
    );
    s = { weekly: weekly!, stale: stale!, monthly: monthly!, closed: closed!, elsewhere: elsewhere! };

    // 03-02 (before the week): squares 0 and 1; the stale and the monthly source inspected.
    firstPatrolAt = clock.now();
    const before = await patrol(sup, [squares[0]!, squares[1]!]);
    await inspect(sup, before, s.stale);
    await inspect(sup, before, s.monthly);
    await sup.post(`/api/v1/patrols/${before}/end`, {});
    // 03-04: squares 2 and 3, a jump into a far square; the weekly source inspected.
    clock.set(local(4, 10));
    [peer] = await login(server, 'sup001-02');
    const during = await patrol(peer, [squares[2]!, squares[3]!], far);
    await inspect(peer, during, s.weekly);
    await peer.post(`/api/v1/patrols/${during}/end`, {});
    // 03-10 00:30: just after the week; square 4.
    clock.set(local(10, 0) + HOUR / 2);
    [sup] = await login(server, 'sup001-01');
    const after = await patrol(sup, [squares[4]!]);
    await sup.post(`/api/v1/patrols/${after}/end`, {});
    clock.set(local(12, 9));
    [sup, sub1, sub2, center, officer, leader] = await login(
      server,
      'sup001-01',
      'sub001',
      'sub002',
      'center',
      'off001-01',
      'leader',
    );
  });
  afterAll(() => server.close());

  const week = (c: ApiClient, extra = '') =>
    c.get<CoverageDto>(`/api/v1/coverage?from=2026-03-03&to=2026-03-09${extra}`);

  it('lists each grid’s patrols in the period and the uncovered ones as blind spots', async () => {
    const r = await week(center, `&street=${STREET1}`);
    expect(r.status).toBe(200);
    const covered = [squares[2]!.code, squares[3]!.code];
    expect(r.body.grids.map((g) => g.code)).toEqual(all);
    expect(r.body.grids.filter((g) => g.covered).map((g) => g.code)).toEqual([...covered].sort());
    expect(r.body.grids.every((g) => g.required === 1)).toBe(true);
    expect(r.body.blindSpots.grids).toEqual(all.filter((c) => !covered.includes(c)));
    const byCode = new Map(r.body.grids.map((g) => [g.code, g]));
    expect(byCode.get(far.code)!.patrols).toBe(0);
    // Before the week: not counted, but it is the last patrol there; after the week: neither.
    expect(byCode.get(squares[0]!.code)).toMatchObject({ patrols: 0, lastPatrolAt: firstPatrolAt });
    // (Demo patrols, if the demo holds any, all lie before TEST_EPOCH.)
    const fifth = byCode.get(squares[4]!.code)!;
    expect(fifth.patrols).toBe(0);
    expect(fifth.lastPatrolAt === null || fifth.lastPatrolAt < TEST_EPOCH).toBe(true);
    expect(r.body.patrolCoverage.overall).toEqual({
      covered: 2,
      required: all.length,
      share: 2 / all.length,
    });
    expect(r.body.summary.gridShare).toBe(2 / all.length);
  });

  it('lists the sources to inspect and the overdue ones as blind spots', async () => {
    const r = await week(center, `&street=${STREET1}`);
    const mine = [s.weekly, s.stale, s.monthly];
    const rows = r.body.sources.filter(
      (x) => mine.includes(x.id) || x.id === s.closed || x.id === s.elsewhere,
    );
    expect(rows.map((x) => [x.id, x.inspections, x.required, x.overdue]).sort()).toEqual(
      [
        [s.weekly, 1, 1, false],
        [s.stale, 0, 1, true],
        [s.monthly, 0, 1, false],
      ].sort(),
    );
    expect(r.body.blindSpots.sources.filter((id) => mine.includes(id))).toEqual([s.stale]);
    // A period not yet over measures from now (03-12): the weekly source's 03-04 visit is 8 days old.
    const running = await center.get<CoverageDto>(
      `/api/v1/coverage?from=2026-03-10&to=2026-03-16&street=${STREET1}`,
    );
    const overdue = running.body.sources.filter((x) => mine.includes(x.id) && x.overdue).map((x) => x.id);
    expect(overdue.sort()).toEqual([s.weekly, s.stale].sort());
  });

  it('keeps a street’s staff to their street and refuses bad periods', async () => {
    const own = await week(sub1);
    expect([own.status, own.body.street, own.body.grids.map((g) => g.code)]).toEqual([200, STREET1, all]);
    expect((await week(sub1, `&street=${STREET2}`)).status).toBe(403);
    expect((await week(sup)).body.street).toBe(STREET1);
    const other = await week(sub2);
    expect(other.body.grids.every((g) => !all.includes(g.code))).toBe(true);
    expect(other.body.sources.map((x) => x.id)).toContain(s.elsewhere);
    expect(other.body.sources.map((x) => x.id)).not.toContain(s.weekly);
    expect((await week(officer)).status).toBe(403);
    const district = await week(leader);
    expect(district.body.street).toBeNull();
    expect(district.body.grids.map((g) => g.code)).toEqual(
      expect.arrayContaining([...all, ...other.body.grids.map((g) => g.code)]),
    );
    expect(district.body.sources.map((x) => x.id)).not.toContain(s.closed);
    const bad: [string, string][] = [
      ['from=2026-02-30&to=2026-03-09', 'querystring/from'],
      ['from=2026-03-09&to=2026-03-03', 'querystring/to'],
      ['from=2025-01-01&to=2026-03-09', 'querystring/to'],
      ['from=yesterday&to=2026-03-09', 'querystring/from'],
    ];
    for (const [q, path] of bad) {
      const r = await center.get<{ error: { code: string; details: { path: string }[] } }>(
        `/api/v1/coverage?${q}`,
      );
      expect([r.status, r.body.error.code, r.body.error.details[0]!.path]).toEqual([
        400,
        'VALIDATION_FAILED',
        path,
      ]);
    }
  });
});
