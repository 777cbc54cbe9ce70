import { ManualClock } from '@envgrid/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDataAccess } from '../../db/repos.ts';
import { DemoSeeder } from '../../seed/demo-seed.ts';
import { ApiClient, DEMO_PASSWORD } from '../../test/api-client.ts';
import { describeEachEngine } from '../../test/db-harness.ts';
import { startTestServer, TEST_EPOCH, type TestServer } from '../../test/http-harness.ts';

type Ring = [number, number][];
interface Feature {
  properties: { code: string; name: string; communityCode: string; streetCode: string };
  geometry: { type: string; coordinates: unknown };
}
interface ImportError {
  error: {
    code: string;
    message: string;
    details: {
      problems: { index: number; code?: string; reason: string }[];
      limit?: { name: string; max: number; actual: number };
    };
  };
}

const MAX_POSITIONS = 200_000;

/** A whole lattice square of the demo district: [minLng, minLat, maxLng, maxLat]. */
function squareBox(f: Feature): [number, number, number, number] | null {
  if (f.geometry.type !== 'Polygon') return null;
  const ring = (f.geometry.coordinates as Ring[])[0]!;
  if (ring.length !== 5) return null;
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** A closed ring of `positions` positions (the last repeats the first) on a circle inside the box. */
function circleIn(box: [number, number, number, number], positions: number): Ring {
  const [cx, cy] = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
  const r = 0.4 * Math.min(box[2] - box[0], box[3] - box[1]);
  const ring: Ring = [];
  for (let i = 0; i < positions - 1; i++) {
    const a = (2 * Math.PI * i) / (positions - 1);
    ring.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  ring.push(ring[0]!);
  return ring;
}

const feature = (code: string, communityCode: string, ring: Ring, name = `网格${code.slice(12)}`) => ({
  type: 'Feature',
  properties: { code, name, communityCode },
  geometry: { type: 'Polygon', coordinates: [ring] },
});

const halfOf = (box: [number, number, number, number], side: 'west' | 'east'): Ring => {
  const mid = (box[0] + box[2]) / 2;
  const [w, e] = side === 'west' ? [box[0], mid] : [mid, box[2]];
  return [
    [w, box[1]],
    [e, box[1]],
    [e, box[3]],
    [w, box[3]],
    [w, box[1]],
  ];
};

describeEachEngine('grid import limits', (ctx) => {
  let server: TestServer;
  let admin: ApiClient;
  let squares: { f: Feature; box: [number, number, number, number] }[];
  /** Set once the server has the whole import body and starts handling it. */
  let importHandlerStarted = false;
  const auditCount = async () =>
    (await admin.get<{ items: unknown[] }>('/api/v1/audit-log?targetKind=grid')).body.items.length;

  beforeAll(async () => {
    const clock = new ManualClock(TEST_EPOCH);
    await new DemoSeeder(createDataAccess(ctx.db), clock).seed(DEMO_PASSWORD);
    server = await startTestServer(ctx.db, {
      clock,
      beforeListen: (app) =>
        app.addHook('preHandler', async (req) => {
          if (req.routeOptions.url === '/api/v1/grids/import') importHandlerStarted = true;
        }),
    });
    admin = await ApiClient.login(server, 'admin');
    const all = (await admin.get<{ features: Feature[] }>('/api/v1/grids')).body.features;
    squares = all.flatMap((f) => {
      const box = squareBox(f);
      return box ? [{ f, box }] : [];
    });
    expect(squares.length).toBeGreaterThan(460);
  });
  afterAll(() => server.close());

  /** `rings` grids, each replaced by a circle of `positions` positions inside its square. */
  const circles = (from: number, rings: number, positions: number, extra = 0) => ({
    type: 'FeatureCollection',
    features: squares
      .slice(from, from + rings)
      .map(({ f, box }, i) =>
        feature(
          f.properties.code,
          f.properties.communityCode,
          circleIn(box, positions + (i === 0 ? extra : 0)),
        ),
      ),
  });

  it('refuses an import over the position cap, naming the cap, and writes nothing', async () => {
    const file = circles(0, 200, 1000, 1); // 200,001 positions
    const before = (await admin.get('/api/v1/grids')).body;
    const audit = await auditCount();
    const r = await admin.post<ImportError>('/api/v1/grids/import?kind=grid', file);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION_FAILED');
    expect(r.body.error.message).toMatch(/200,001 positions.*at most 200,000/);
    expect(r.body.error.details.limit).toEqual({ name: 'positions', max: MAX_POSITIONS, actual: 200_001 });
    expect(r.body.error.details.problems).toEqual([
      { index: -1, reason: expect.stringMatching(/at most 200,000/) as unknown as string },
    ]);
    expect((await admin.get('/api/v1/grids')).body).toEqual(before);
    expect(await auditCount()).toBe(audit);
  });

  it('refuses a body over 20 MB before parsing it', async () => {
    const padded = circles(0, 1, 100);
    (padded.features[0]!.properties as Record<string, unknown>).note = 'x'.repeat(20 * 1024 * 1024);
    const r = await admin.post<ImportError>('/api/v1/grids/import?kind=grid', padded);
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('accepts the largest import while /healthz keeps answering', async () => {
    const file = circles(200, 200, 1000); // exactly 200,000 positions
    let done = false;
    importHandlerStarted = false;
    const importing = admin.post('/api/v1/grids/import?kind=grid', file).finally(() => {
      done = true;
    });
    // Health checks asked for after the server began handling the import and answered before it
    // finished: a check that blocks the event loop lets none through.
    let answeredDuringImport = 0;
    while (!done) {
      const askedDuringImport = importHandlerStarted;
      const health = await server.fetch('/healthz');
      expect(health.status).toBe(200);
      await health.text();
      if (askedDuringImport && !done) answeredDuringImport++;
    }
    const r = await importing;
    expect(r.body).toEqual({ kind: 'grid', created: 0, updated: 200 });
    expect(answeredDuringImport).toBeGreaterThanOrEqual(3);
    const stored = await admin.get<{ grid: Feature }>(`/api/v1/grids/${squares[200]!.f.properties.code}`);
    expect((stored.body.grid.geometry.coordinates as Ring[])[0]).toHaveLength(1000);
  });

  it('refuses a new grid overlapping a stored grid, unless the same file replaces that grid', async () => {
    const { f: stored, box } = squares[450]!;
    const { f: other, box: otherBox } = squares[451]!;
    const community = stored.properties.communityCode;
    const newCode = `${community}990`;
    const audit = await auditCount();
    const r = await admin.post<ImportError>('/api/v1/grids/import?kind=grid', {
      type: 'FeatureCollection',
      features: [
        feature(other.properties.code, other.properties.communityCode, halfOf(otherBox, 'west'), '改名'),
        feature(newCode, community, halfOf(box, 'west')),
      ],
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION_FAILED');
    expect(r.body.error.details.problems).toEqual([
      {
        index: 1,
        code: newCode,
        reason: expect.stringMatching(
          new RegExp(`^overlaps stored grid ${stored.properties.code} by \\d+ m²$`),
        ) as unknown as string,
      },
    ]);
    expect((await admin.get(`/api/v1/grids/${newCode}`)).status).toBe(404);
    const untouched = await admin.get<{ grid: Feature }>(`/api/v1/grids/${other.properties.code}`);
    expect(untouched.body.grid.properties.name).toBe(other.properties.name);
    expect(await auditCount()).toBe(audit);

    // Replacing the stored grid in the same file makes room for the new one.
    const ok = await admin.post('/api/v1/grids/import?kind=grid', {
      type: 'FeatureCollection',
      features: [
        feature(stored.properties.code, community, halfOf(box, 'east'), stored.properties.name),
        feature(newCode, community, halfOf(box, 'west')),
      ],
    });
    expect(ok.body).toEqual({ kind: 'grid', created: 1, updated: 1 });
    expect((await admin.get(`/api/v1/grids/${newCode}`)).status).toBe(200);
  });
});
