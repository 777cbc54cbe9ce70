import { ManualClock } from '@envgrid/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDataAccess } from '../../db/repos.ts';
import { DemoSeeder } from '../../seed/demo-seed.ts';
import { ApiClient, DEMO_PASSWORD } from '../../test/api-client.ts';
import { describeEachEngine } from '../../test/db-harness.ts';
import { startTestServer, TEST_EPOCH, type TestServer } from '../../test/http-harness.ts';

type Ring = [number, number][];
interface Feature {
  properties: {
    code: string;
    name: string;
    communityCode: string;
    streetCode: string;
    supervisor: { username: string } | null;
  };
  geometry: { type: string; coordinates: unknown };
}

const outerRing = (f: Feature): Ring | null =>
  f.geometry.type === 'Polygon' ? (f.geometry.coordinates as Ring[])[0]! : null;
const key = (p: [number, number]) => `${p[0]},${p[1]}`;

/** Two grids sharing an edge, and the midpoint of that edge. */
function sharedEdge(features: Feature[]): { a: string; b: string; mid: [number, number] } {
  const edges = new Map<string, string>();
  for (const f of features) {
    const ring = outerRing(f);
    if (!ring) continue;
    for (let i = 0; i + 1 < ring.length; i++) {
      const [p, q] = [ring[i]!, ring[i + 1]!];
      const k = [key(p), key(q)].sort().join('|');
      const other = edges.get(k);
      if (other && other !== f.properties.code)
        return { a: other, b: f.properties.code, mid: [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2] };
      edges.set(k, f.properties.code);
    }
  }
  throw new Error('no shared edge among the demo grids');
}

describeEachEngine('grids', (ctx) => {
  let server: TestServer;
  let admin: ApiClient;
  let street1: Feature[];
  beforeAll(async () => {
    const clock = new ManualClock(TEST_EPOCH);
    await new DemoSeeder(createDataAccess(ctx.db), clock).seed(DEMO_PASSWORD);
    server = await startTestServer(ctx.db, { clock });
    admin = await ApiClient.login(server, 'admin');
    street1 = (await admin.get<{ features: Feature[] }>('/api/v1/grids?street=110101001')).body.features;
  });
  afterAll(() => server.close());

  it('seeds about 1,650 demo grids, each with one responsible supervisor of its street', async () => {
    const all = (await admin.get<{ features: Feature[] }>('/api/v1/grids')).body.features;
    expect(all.length).toBeGreaterThan(1500);
    expect(all.length).toBeLessThan(1800);
    for (const f of all) {
      expect(f.properties.code).toMatch(/^\d{15}$/);
      expect(f.properties.code.startsWith(f.properties.communityCode)).toBe(true);
      expect(f.properties.supervisor?.username).toMatch(
        new RegExp(`^sup${f.properties.streetCode.slice(6)}-\\d{2}$`),
      );
    }
  });

  it('locates points inside grids, gives a shared edge one stable answer, and refuses points outside', async () => {
    const sample = street1.filter((f) => outerRing(f)).slice(0, 10);
    expect(sample).toHaveLength(10);
    for (const f of sample) {
      const ring = outerRing(f)!;
      const inner = ring.slice(0, -1);
      const lng = inner.reduce((s, p) => s + p[0], 0) / inner.length;
      const lat = inner.reduce((s, p) => s + p[1], 0) / inner.length;
      const r = await admin.get<{ grid: { code: string; streetCode: string } }>(
        `/api/v1/grids/locate?lng=${lng}&lat=${lat}`,
      );
      expect(r.status).toBe(200);
      expect(r.body.grid.code).toBe(f.properties.code);
    }
    const edge = sharedEdge(street1);
    const answers = new Set<string>();
    for (let i = 0; i < 3; i++) {
      answers.add(
        (
          await admin.get<{ grid: { code: string } }>(
            `/api/v1/grids/locate?lng=${edge.mid[0]}&lat=${edge.mid[1]}`,
          )
        ).body.grid.code,
      );
    }
    expect([...answers]).toEqual([[edge.a, edge.b].sort()[0]]); // the smaller code, every time
    const outside = await admin.get<{ error: { code: string } }>('/api/v1/grids/locate?lng=116.2&lat=39.7');
    expect(outside.status).toBe(422);
    expect(outside.body.error.code).toBe('OUTSIDE_JURISDICTION');
    const bad = await admin.get<{ error: { code: string } }>('/api/v1/grids/locate?lng=abc&lat=39.9');
    expect([bad.status, bad.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('locates for every caller but names the supervisor only to those who may see the grid', async () => {
    const g = street1[2]!;
    const inner = outerRing(g)!.slice(0, -1);
    const lng = inner.reduce((s, p) => s + p[0], 0) / inner.length;
    const lat = inner.reduce((s, p) => s + p[1], 0) / inner.length;
    const current = (await admin.get<{ grid: Feature }>(`/api/v1/grids/${g.properties.code}`)).body.grid;
    const supervisor = current.properties.supervisor?.username;
    expect(supervisor).toMatch(/^sup001-/);
    const locateAs = async (username: string) => {
      const client = await ApiClient.login(server, username);
      const r = await client.get<{
        grid: {
          code: string;
          communityCode: string;
          streetCode: string;
          supervisor: { username: string } | null;
        };
      }>(`/api/v1/grids/locate?lng=${lng}&lat=${lat}`);
      expect(r.status).toBe(200);
      expect(r.body.grid).toMatchObject({
        code: g.properties.code,
        communityCode: g.properties.communityCode,
        streetCode: '110101001',
      });
      return r.body.grid.supervisor?.username ?? null;
    };
    expect(await locateAs('sub002')).toBeNull(); // another street's sub-center
    expect(await locateAs('sup002-01')).toBeNull(); // another street's supervisor
    expect(await locateAs('sub001')).toBe(supervisor);
    expect(await locateAs('center')).toBe(supervisor);
    // Department scopes see every grid in the list and detail views, so here too.
    expect(await locateAs('hbj01')).toBe(supervisor);
  });

  it('refuses a malformed import, naming each bad feature, and changes nothing', async () => {
    const g = street1[0]!;
    const before = await admin.get('/api/v1/grids?street=110101001');
    const audit = (await admin.get<{ items: unknown[] }>('/api/v1/audit-log')).body.items.length;
    const unclosed = {
      type: 'Polygon',
      coordinates: [
        [
          [116.4, 39.91],
          [116.401, 39.91],
          [116.401, 39.911],
        ],
      ],
    };
    const r = await admin.post<{
      error: { code: string; details: { problems: { index: number; reason: string }[] } };
    }>('/api/v1/grids/import', {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { code: g.properties.code, name: 'renamed', communityCode: g.properties.communityCode },
          geometry: g.geometry,
        },
        {
          type: 'Feature',
          properties: {
            code: `${g.properties.communityCode}901`,
            name: 'x',
            communityCode: g.properties.communityCode,
          },
          geometry: unclosed,
        },
        {
          type: 'Feature',
          properties: { code: '110101002001901', name: 'y', communityCode: g.properties.communityCode },
          geometry: g.geometry,
        },
        {
          type: 'Feature',
          properties: {
            code: `${g.properties.communityCode}902`,
            name: 'z',
            communityCode: g.properties.communityCode,
          },
          geometry: { type: 'Point', coordinates: [116.4, 39.9] },
        },
      ],
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION_FAILED');
    const indexes = new Set(r.body.error.details.problems.map((p) => p.index));
    expect(indexes.has(0)).toBe(false);
    for (const i of [1, 2, 3]) expect(indexes.has(i)).toBe(true);
    const after = await admin.get('/api/v1/grids?street=110101001');
    expect(after.body).toEqual(before.body);
    expect((await admin.get<{ items: unknown[] }>('/api/v1/audit-log')).body.items.length).toBe(audit);
  });

  it('imports changed geometry and the locator follows at once', async () => {
    const g = street1.find((f) => outerRing(f)?.length === 5)!; // a whole lattice square
    const ring = outerRing(g)!;
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const midX = (minX + maxX) / 2;
    const westHalf = {
      type: 'Polygon',
      coordinates: [
        [
          [minX, minY],
          [midX, minY],
          [midX, maxY],
          [minX, maxY],
          [minX, minY],
        ],
      ],
    };
    const eastPoint = `lng=${(midX + maxX) / 2}&lat=${(minY + maxY) / 2}`;
    const westPoint = `lng=${(minX + midX) / 2}&lat=${(minY + maxY) / 2}`;
    expect(
      (await admin.get<{ grid: { code: string } }>(`/api/v1/grids/locate?${eastPoint}`)).body.grid.code,
    ).toBe(g.properties.code);
    const r = await admin.post('/api/v1/grids/import?kind=grid', {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {
            code: g.properties.code,
            name: g.properties.name,
            communityCode: g.properties.communityCode,
          },
          geometry: westHalf,
        },
      ],
    });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ kind: 'grid', created: 0, updated: 1 });
    // The east half now lies in no grid; the west half is still this one.
    const east = await admin.get<{ error: { code: string } }>(`/api/v1/grids/locate?${eastPoint}`);
    expect([east.status, east.body.error.code]).toEqual([422, 'OUTSIDE_JURISDICTION']);
    expect(
      (await admin.get<{ grid: { code: string } }>(`/api/v1/grids/locate?${westPoint}`)).body.grid.code,
    ).toBe(g.properties.code);
    const stored = (await admin.get<{ grid: Feature }>(`/api/v1/grids/${g.properties.code}`)).body.grid;
    expect(stored.geometry).toEqual(westHalf);
    const log = await admin.get<{ items: { action: string }[] }>('/api/v1/audit-log?targetKind=grid');
    expect(log.body.items[0]?.action).toBe('grid.import');
  });

  it('keeps the history of responsible supervisors', async () => {
    const g = street1[1]!;
    const users = (
      await admin.get<{ items: { id: string; username: string }[] }>(
        '/api/v1/users?role=supervisor&street=110101001',
      )
    ).body.items;
    const next = users.find((u) => u.username !== g.properties.supervisor?.username)!;
    const r = await admin.put<{
      grid: Feature;
      assignments: { role: string; endsAt: number | null; user: { username: string } }[];
    }>(`/api/v1/grids/${g.properties.code}/supervisor`, { userId: next.id });
    expect(r.status).toBe(200);
    expect(r.body.grid.properties.supervisor?.username).toBe(next.username);
    const sups = r.body.assignments.filter((a) => a.role === 'supervisor');
    expect(sups.filter((a) => a.endsAt === null).map((a) => a.user.username)).toEqual([next.username]);
    expect(sups.some((a) => a.endsAt !== null && a.user.username === g.properties.supervisor?.username)).toBe(
      true,
    );
    // A handler cannot be a grid's supervisor: refused, and the supervisor stays who it was.
    const handler = (await admin.get<{ items: { id: string }[] }>('/api/v1/users?role=handler')).body
      .items[0]!;
    const wrongRole = await admin.put<{ error: { code: string } }>(
      `/api/v1/grids/${g.properties.code}/supervisor`,
      { userId: handler.id },
    );
    expect([wrongRole.status, wrongRole.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const after = (await admin.get<{ grid: Feature }>(`/api/v1/grids/${g.properties.code}`)).body.grid;
    expect(after.properties.supervisor?.username).toBe(next.username);
  });

  it("refuses ineligible staff with one message that names no one's username or roles", async () => {
    const g = street1[2]!;
    const sub = await ApiClient.login(server, 'sub001');
    const idOf = async (query: string) =>
      (await admin.get<{ items: { id: string }[] }>(`/api/v1/users?${query}`)).body.items[0]!.id;
    const candidates = {
      otherStreet: await idOf('q=sup002-01'),
      wrongRole: await idOf('q=hbj01'),
      unknown: '00000000-0000-4000-8000-000000000000',
    };
    const messages = new Set<string>();
    for (const userId of Object.values(candidates)) {
      const r = await sub.put<{ error: { code: string; message: string } }>(
        `/api/v1/grids/${g.properties.code}/supervisor`,
        { userId },
      );
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('VALIDATION_FAILED');
      messages.add(JSON.stringify(r.body));
    }
    expect([...messages]).toHaveLength(1);
    expect([...messages][0]).not.toMatch(/sup002|hbj01|handler|110101002/);
  });

  it('exports GeoJSON a street sub-center can read for its own street only', async () => {
    const sub = await ApiClient.login(server, 'sub002');
    const own = await sub.get<{ type: string; features: Feature[] }>('/api/v1/grids/export?kind=grid');
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toMatch(/geo\+json/);
    expect(own.body.type).toBe('FeatureCollection');
    // Exactly the street's grids, as the administrator sees them listed.
    const street2 = (await admin.get<{ features: Feature[] }>('/api/v1/grids?street=110101002')).body
      .features;
    expect(street2.length).toBeGreaterThan(0);
    const codes = (fs: Feature[]) => fs.map((f) => f.properties.code).sort();
    expect(codes(own.body.features)).toEqual(codes(street2));
    expect(own.body.features.filter((f) => f.properties.streetCode !== '110101002')).toEqual([]);
    const other = await sub.get<{ error: { code: string } }>(
      '/api/v1/grids/export?kind=grid&street=110101001',
    );
    expect([other.status, other.body.error.code]).toEqual([404, 'NOT_FOUND']);
  });
});
