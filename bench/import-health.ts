/**
 * /healthz latency while the largest accepted GeoJSON imports run, over real HTTP: the import's
 * check on a worker thread (as served) side by side with the same check run on the event loop.
 * Prints numbers and ratios, never a pass/fail threshold. Run with `npx tsx bench/import-health.ts`
 * (SQLite in a temporary directory; takes a minute or two).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ManualClock, REGION_IMPORT_LIMITS } from '@envgrid/core';
import { openDatabase } from '../server/src/db/database.ts';
import { migrateToLatest } from '../server/src/db/migrate.ts';
import { createDataAccess } from '../server/src/db/repos.ts';
import { runImportValidation } from '../server/src/modules/grids/grid-import-validation.ts';
import { GridImportService } from '../server/src/modules/grids/grid-import.service.ts';
import { DemoSeeder } from '../server/src/seed/demo-seed.ts';
import { ApiClient, DEMO_PASSWORD } from '../server/src/test/api-client.ts';
import { startTestServer, TEST_EPOCH } from '../server/src/test/http-harness.ts';

type Box = [number, number, number, number];
type Ring = [number, number][];
interface GridFeature {
  properties: { code: string; communityCode: string };
  geometry: { type: string; coordinates: Ring[] };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'envgrid-bench-'));
const db = openDatabase(`sqlite:${path.join(dir, 'bench.db')}`);
await migrateToLatest(db);
const clock = new ManualClock(TEST_EPOCH);
await new DemoSeeder(createDataAccess(db), clock).seed(DEMO_PASSWORD);
const server = await startTestServer(db, { clock });
const admin = await ApiClient.login(server, 'admin');

// Whole lattice squares of the demo district: a circle inside one replaces that grid cleanly.
const squares = (await admin.get<{ features: GridFeature[] }>('/api/v1/grids')).body.features.flatMap((f) => {
  const ring = f.geometry.type === 'Polygon' ? f.geometry.coordinates[0]! : [];
  if (ring.length !== 5) return [];
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return [{ f, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as Box }];
});

function circle(box: Box, positions: number): Ring {
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

/** `rings` grids from `from` on, each replaced by a circle of `positions` positions. */
const circles = (from: number, rings: number, positions: number) => ({
  type: 'FeatureCollection',
  features: squares.slice(from, from + rings).map(({ f, box }) => ({
    type: 'Feature',
    properties: { code: f.properties.code, communityCode: f.properties.communityCode },
    geometry: { type: 'Polygon', coordinates: [circle(box, positions)] },
  })),
});

const ms = (ns: bigint) => Number(ns) / 1e6;
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return { n: s.length, median: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? NaN };
};

async function healthOnce(): Promise<number> {
  const start = process.hrtime.bigint();
  const r = await server.fetch('/healthz');
  await r.text();
  if (r.status !== 200) throw new Error(`/healthz answered ${r.status}`);
  return ms(process.hrtime.bigint() - start);
}

/**
 * Sends one import and times /healthz, one request after another, until it is answered. Client
 * and server share this process, so the body is encoded beforehand: only the server's work counts.
 */
async function importWhileProbing(body: Uint8Array, expectStatus = 200) {
  let done = false;
  const start = process.hrtime.bigint();
  const importing = server
    .fetch('/api/v1/grids/import?kind=grid', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: admin.cookie!,
        'x-csrf-token': admin.csrfToken!,
      },
      body,
    })
    .finally(() => (done = true));
  const latencies: number[] = [];
  while (!done) latencies.push(await healthOnce());
  const r = await importing;
  const text = await r.text();
  if (r.status !== expectStatus) throw new Error(`import answered ${r.status}: ${text.slice(0, 300)}`);
  return { importMs: ms(process.hrtime.bigint() - start), health: stats(latencies) };
}

const services = server.app.services as { gridImport: GridImportService };
const onWorker = services.gridImport;
const onEventLoop = new GridImportService(createDataAccess(db), clock, async (job) =>
  runImportValidation(job),
);

const idle: number[] = [];
for (let i = 0; i < 200; i++) idle.push(await healthOnce());
const fmt = (h: ReturnType<typeof stats>) =>
  `${h.n} answers, median ${h.median.toFixed(1)} ms, p95 ${h.p95.toFixed(1)} ms, max ${h.max.toFixed(1)} ms`;
console.log(`/healthz with no import: ${fmt(stats(idle))}`);

const cases = [
  { label: '20 grids × 10,000 positions', file: circles(0, 20, 10_000) },
  { label: '200 grids × 1,000 positions', file: circles(20, 200, 1_000) },
];
for (const { label, file } of cases) {
  const positions = file.features.reduce((n, f) => n + f.geometry.coordinates[0]!.length, 0);
  if (positions !== REGION_IMPORT_LIMITS.maxPositions) throw new Error(`${label}: ${positions} positions`);
  const body = new TextEncoder().encode(JSON.stringify(file));
  const mb = (body.length / 1e6).toFixed(1);
  console.log(
    `\nlargest accepted import, ${label} (${positions.toLocaleString('en-US')} positions, ${mb} MB):`,
  );
  services.gridImport = onWorker;
  const worker = await importWhileProbing(body);
  console.log(
    `  check on a worker thread: import ${worker.importMs.toFixed(0)} ms; /healthz ${fmt(worker.health)}`,
  );
  services.gridImport = onEventLoop;
  const inline = await importWhileProbing(body);
  console.log(
    `  check on the event loop:  import ${inline.importMs.toFixed(0)} ms; /healthz ${fmt(inline.health)}`,
  );
  console.log(
    `  ratio: the slowest /healthz is ${(inline.health.max / worker.health.max).toFixed(1)}× faster with the worker`,
  );
}
services.gridImport = onWorker;

// The costliest file the checks refuse rather than finish: twenty overlapping circles of 10,000
// positions in one square, every pair an overlay, until the overlay budget runs out.
const { f: host, box } = squares[300]!;
const stacked = {
  type: 'FeatureCollection',
  features: Array.from({ length: 20 }, (_, k) => {
    const shift = ((box[2] - box[0]) / 200) * k;
    const ring = circle([box[0] + shift, box[1], box[2] + shift, box[3]], 10_000);
    return {
      type: 'Feature',
      properties: {
        code: `${host.properties.communityCode}${900 + k}`,
        communityCode: host.properties.communityCode,
      },
      geometry: { type: 'Polygon', coordinates: [ring] },
    };
  }),
};
const refused = await importWhileProbing(new TextEncoder().encode(JSON.stringify(stacked)), 400);
console.log(
  `\ncostliest refused import (overlay budget of ${REGION_IMPORT_LIMITS.maxOverlayPositions.toLocaleString('en-US')} positions used up), on a worker thread:`,
);
console.log(`  refused after ${refused.importMs.toFixed(0)} ms; /healthz ${fmt(refused.health)}`);

await server.close();
await db.close();
fs.rmSync(dir, { recursive: true, force: true });
