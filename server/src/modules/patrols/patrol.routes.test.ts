import { ManualClock } from '@envgrid/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiClient } from '../../test/api-client.ts';
import { login } from '../../test/case-fixtures.ts';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import { startTestServer, TEST_EPOCH, type TestServer } from '../../test/http-harness.ts';
import { seedDemo } from '../../test/seed.ts';
import { insertSources, metresBetween, squaresOf, walkThrough, type Square } from './test-patrol-fixtures.ts';

interface PatrolDto {
  id: string;
  userId: string;
  kind: string;
  status: string;
  startedAt: number;
  pointCount: number;
  flaggedCount: number;
  distanceM: number;
  gridsVisited: string[];
  inspections: { id: string; sourceId: string; result: string }[];
  abilities: string[];
  track?: { lng: number; lat: number; at: number; flagged: boolean }[];
}
interface ErrorDto {
  error: { code: string; details?: unknown };
}

const STREET1 = '110101001';
const STREET2 = '110101002';

describeEachEngineWithDemo('patrols', (ctx) => {
  let server: TestServer;
  const clock = new ManualClock(TEST_EPOCH);
  let sup: ApiClient, sup2: ApiClient, peer: ApiClient, sub1: ApiClient, sub2: ApiClient;
  let center: ApiClient, auditor: ApiClient, officer: ApiClient;
  let squares: Square[];
  beforeAll(async () => {
    await seedDemo(ctx.db, clock);
    server = await startTestServer(ctx.db, { clock });
    [sup, sup2, peer, sub1, sub2, center, auditor, officer] = await login(
      server,
      'sup001-01',
      'sup002-01',
      'sup001-02',
      'sub001',
      'sub002',
      'center',
      'auditor',
      'off001-01',
    );
    squares = (await squaresOf(center, STREET1)).squares;
    expect(squares.length).toBeGreaterThanOrEqual(4);
  });
  afterAll(() => server.close());

  const start = async (c: ApiClient) => {
    const r = await c.post<PatrolDto>('/api/v1/patrols', {});
    expect(r.status).toBe(201);
    return r.body;
  };
  const end = async (c: ApiClient, id: string) => {
    const r = await c.post<PatrolDto>(`/api/v1/patrols/${id}/end`, {});
    expect(r.status).toBe(200);
    return r.body;
  };

  it('marks exactly the grids a track walks through, and flags a jump without counting it', async () => {
    const p = await start(sup);
    expect([p.kind, p.status, p.abilities]).toEqual(['patrol', 'active', ['addPoints', 'inspect', 'end']]);
    const [a, b, c] = squares;
    const walk = walkThrough([a!, b!, c!], clock.now());
    // 5 s after the last fix, a fix in the square farthest from C: far beyond 40 m/s.
    const far = [...squares].sort(
      (x, y) => metresBetween(y.center, c!.center) - metresBetween(x.center, c!.center),
    )[0]!;
    expect(metresBetween(far.center, c!.center) / 5).toBeGreaterThan(40);
    const lastAt = walk[walk.length - 1]!.at;
    const jump = { ...far.center, at: lastAt + 5_000 };
    const back = { ...c!.center, at: lastAt + 35_000 };
    clock.set(back.at);
    const r = await sup.post<PatrolDto>(`/api/v1/patrols/${p.id}/points`, { points: [...walk, jump, back] });
    expect(r.status).toBe(200);
    expect(r.body.gridsVisited).toEqual([a!.code, b!.code, c!.code]);
    expect([r.body.pointCount, r.body.flaggedCount]).toEqual([11, 1]);
    // Distance walked: centre to centre, plus the few metres around each centre; not the jump.
    const expected = metresBetween(a!.center, b!.center) + metresBetween(b!.center, c!.center);
    expect(r.body.distanceM).toBeGreaterThan(expected);
    expect(r.body.distanceM).toBeLessThan(expected + 30);
    const detail = await sup.get<PatrolDto>(`/api/v1/patrols/${p.id}`);
    expect(detail.body.track!.filter((t) => t.flagged)).toEqual([{ ...jump, flagged: true }]);
    expect(detail.body.track!.map((t) => t.at)).toEqual([...walk.map((w) => w.at), jump.at, back.at]);
    await end(sup, p.id);
  });

  it('tolerates repeated and out-of-order points, judging the track in time order', async () => {
    const p = await start(peer);
    const [a, b] = squares;
    const walk = walkThrough([a!, b!], clock.now());
    clock.set(walk[walk.length - 1]!.at);
    const late = walk.slice(3);
    const early = walk.slice(0, 3);
    expect((await peer.post(`/api/v1/patrols/${p.id}/points`, { points: late.reverse() })).status).toBe(200);
    // The early fixes arrive later, with one repeat of a stored instant at another place (ignored).
    const repeat = { ...walk[4]!, lng: walk[4]!.lng + 0.01 };
    const r = await peer.post<PatrolDto>(`/api/v1/patrols/${p.id}/points`, { points: [...early, repeat] });
    expect(r.status).toBe(200);
    expect([r.body.pointCount, r.body.flaggedCount, r.body.gridsVisited]).toEqual([6, 0, [a!.code, b!.code]]);
    const detail = await peer.get<PatrolDto>(`/api/v1/patrols/${p.id}`);
    expect(detail.body.track).toEqual(walk.map((w) => ({ ...w, flagged: false })));
    await end(peer, p.id);
  });

  it('refuses a malformed batch naming the point, and writes nothing of it', async () => {
    const p = await start(sup);
    const t = clock.now();
    const ok = { ...squares[0]!.center, at: t };
    expect((await sup.post(`/api/v1/patrols/${p.id}/points`, { points: [ok] })).status).toBe(200);
    const good = (i: number) => ({ ...squares[1]!.center, at: t + 1000 * (i + 1) });
    clock.set(t + 10_000);
    const cases: [Record<string, unknown>, string][] = [
      [{ ...good(3), lat: 95 }, 'body/points/3/lat'],
      [{ ...good(3), lng: -181 }, 'body/points/3/lng'],
      [{ ...good(3), at: t + 1500.5 }, 'body/points/3/at'],
      [{ ...good(3), lng: 'east' }, 'body/points/3/lng'],
      [{ ...good(3), at: t + 10_000 + 3 * 60_000 }, 'body/points/3/at'],
      [{ ...good(3), at: p.startedAt - 1 }, 'body/points/3/at'],
      [{ ...good(3), at: 1e300 }, 'body/points/3/at'],
    ];
    for (const [point, path] of cases) {
      const r = await sup.post<ErrorDto>(`/api/v1/patrols/${p.id}/points`, {
        points: [good(0), good(1), good(2), point, good(4)],
      });
      expect([r.status, r.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect(r.body.error.details).toEqual(expect.arrayContaining([{ path, message: expect.any(String) }]));
    }
    const junk = [{}, { points: [] }, { points: 'x' }, { points: Array(501).fill(good(0)) }];
    for (const body of junk)
      expect((await sup.post(`/api/v1/patrols/${p.id}/points`, body)).status).toBe(400);
    const after = await sup.get<PatrolDto>(`/api/v1/patrols/${p.id}`);
    expect([after.body.pointCount, after.body.gridsVisited, after.body.track]).toEqual([
      1,
      [squares[0]!.code],
      [{ ...ok, flagged: false }],
    ]);
    await end(sup, p.id);
  });

  it('runs one patrol per person, only its owner records it, and an ended patrol takes nothing', async () => {
    const p = await start(sup);
    const again = await sup.post<ErrorDto>('/api/v1/patrols', {});
    expect([again.status, again.body.error]).toEqual([
      409,
      { code: 'CONFLICT', message: expect.any(String), details: { activePatrolId: p.id } },
    ]);
    const fix = { points: [{ ...squares[0]!.center, at: clock.now() }] };
    expect((await sup2.post(`/api/v1/patrols/${p.id}/points`, fix)).status).toBe(404);
    expect((await auditor.post(`/api/v1/patrols/${p.id}/points`, fix)).status).toBe(403);
    expect((await officer.post(`/api/v1/patrols/${p.id}/points`, fix)).status).toBe(403);
    expect((await sub2.post(`/api/v1/patrols/${p.id}/end`, {})).status).toBe(404);
    expect((await sub1.post('/api/v1/patrols', {})).status).toBe(403);
    const ended = await end(sup, p.id);
    expect([ended.status, ended.abilities]).toEqual(['ended', []]);
    const twice = await sup.post<ErrorDto>(`/api/v1/patrols/${p.id}/end`, {});
    expect([twice.status, twice.body.error.code]).toEqual([409, 'INVALID_TRANSITION']);
    expect((await sup.post(`/api/v1/patrols/${p.id}/points`, fix)).status).toBe(409);
    const audit = await start(auditor);
    expect(audit.kind).toBe('audit');
    await end(auditor, audit.id);
  });

  it('scopes reads: another street’s patrol is 404, a supervisor lists their own', async () => {
    const mine = await start(sup);
    const theirs = await start(sup2);
    await end(sup2, theirs.id);
    expect((await sub1.get(`/api/v1/patrols/${theirs.id}`)).status).toBe(404);
    expect((await sup.get(`/api/v1/patrols/${theirs.id}`)).status).toBe(404);
    expect((await peer.get(`/api/v1/patrols/${mine.id}`)).status).toBe(404);
    expect((await officer.get(`/api/v1/patrols/${mine.id}`)).status).toBe(403);
    expect((await sub2.get(`/api/v1/patrols/${theirs.id}`)).status).toBe(200);
    expect((await center.get(`/api/v1/patrols/${mine.id}`)).status).toBe(200);
    const ids = async (c: ApiClient) =>
      (await c.get<{ items: PatrolDto[] }>(`/api/v1/patrols?limit=200&from=${TEST_EPOCH}`)).body.items.map(
        (p) => p.id,
      );
    const me = (await sup.get<{ user: { id: string } }>('/api/v1/me')).body.user.id;
    const supList = await sup.get<{ items: PatrolDto[] }>(`/api/v1/patrols?limit=200&from=${TEST_EPOCH}`);
    expect(supList.body.items.length).toBe(4);
    expect(supList.body.items.every((p) => p.userId === me)).toBe(true);
    expect(await ids(sub2)).toEqual([theirs.id]);
    expect(await ids(sub1)).not.toContain(theirs.id);
    expect(await ids(sub1)).toContain(mine.id);
    const all = await ids(center);
    expect(all).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    const page1 = await center.get<{ items: PatrolDto[]; nextCursor: string }>('/api/v1/patrols?limit=3');
    const page2 = await center.get<{ items: PatrolDto[] }>(
      `/api/v1/patrols?limit=3&cursor=${page1.body.nextCursor}`,
    );
    expect([...page1.body.items, ...page2.body.items].map((p) => p.id)).toEqual(all.slice(0, 6));
    expect((await officer.get('/api/v1/patrols')).status).toBe(403);
    expect((await center.get('/api/v1/patrols?cursor=forged')).status).toBe(400);
    await end(sup, mine.id);
  });

  it('records inspections of visible sources with one’s own photos', async () => {
    const [mine, other] = await insertSources(
      ctx.db,
      [
        { gridCode: squares[0]!.code, streetCode: STREET1, location: squares[0]!.center, every: 7 },
        { gridCode: `${STREET2}001001`, streetCode: STREET2, location: squares[0]!.center, every: 7 },
      ],
      clock.now(),
    );
    const p = await start(sup);
    const r = await sup.post<{ id: string; sourceId: string; patrolId: string; result: string }>(
      `/api/v1/patrols/${p.id}/inspections`,
      { sourceId: mine, result: 'problem', note: '油烟净化器未开启' },
    );
    expect(r.status).toBe(201);
    expect([r.body.sourceId, r.body.patrolId, r.body.result]).toEqual([mine, p.id, 'problem']);
    const refused: [Record<string, unknown>, string][] = [
      [{ sourceId: other, result: 'normal' }, 'body/sourceId'],
      [{ sourceId: 'no-such-source', result: 'normal' }, 'body/sourceId'],
      [{ sourceId: mine, result: 'normal', caseId: 'no-such-case' }, 'body/caseId'],
    ];
    for (const [body, path] of refused) {
      const bad = await sup.post<ErrorDto>(`/api/v1/patrols/${p.id}/inspections`, body);
      expect([bad.status, bad.body.error.details]).toEqual([400, [{ path, message: expect.any(String) }]]);
    }
    const photo = await sup.post<ErrorDto>(`/api/v1/patrols/${p.id}/inspections`, {
      sourceId: mine,
      result: 'normal',
      attachmentIds: ['not-mine'],
    });
    expect(photo.status).toBe(400);
    const detail = await sup.get<PatrolDto>(`/api/v1/patrols/${p.id}`);
    expect(detail.body.inspections.map((i) => [i.id, i.sourceId])).toEqual([[r.body.id, mine]]);
    await end(sup, p.id);
  });
});
