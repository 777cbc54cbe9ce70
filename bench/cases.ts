/**
 * The case benchmark (docs/performance.md): on each engine, a database of N generated cases
 * (`--cases`, default 100,000; generated once and reused), then side by side in one run:
 * HTTP intake against a bare Fastify route, in-process intake against raw prepared inserts,
 * workflow actions per second, every list shape, detail and grid lookup latencies, reads while
 * writes run, and the server's memory. Prints figures and ratios, never a pass/fail threshold.
 *
 *   npx tsx bench/cases.ts --cases 1000000 --engines sqlite,postgres
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Engine } from '../server/src/db/database.ts';
import { openDatabase } from '../server/src/db/database.ts';
import { createDataAccess } from '../server/src/db/repos.ts';
import {
  BENCH_DIR,
  BENCH_PASSWORD,
  benchCases,
  benchEngines,
  benchOption,
  ensureGenerated,
  REPO_ROOT,
} from './bench-database.ts';
import {
  getJson,
  latency,
  login,
  postLoad,
  profileTop,
  sampleRss,
  startChild,
  type Latency,
  type Load,
} from './bench-http.ts';
import { patrolPoints, reportBody, writeBench, type WriteFigures } from './bench-intake.ts';

const CASES = benchCases();
const ENGINES = benchEngines();
const SECONDS = Number(benchOption('seconds', '10'));
const PORT = 39_400;
const BARE_PORT = 39_401;
const ENVGRID = path.join(REPO_ROOT, 'server/bin/envgrid.mjs');
const say = (s: string) => console.log(s);
const ms = (l: Latency) => `${l.p50.toFixed(1).padStart(6)} / ${l.p95.toFixed(1).padStart(6)} ms`;

interface EngineFigures {
  http: Load;
  bare: Load;
  writes: WriteFigures;
  reads: [string, Latency][];
  idleDetail: Latency;
  busyDetail: Latency;
  rssIdle: number;
  rssPeak: number;
  profile: string[];
}

async function benchEngine(engine: Engine): Promise<EngineFigures> {
  say(`\n== ${engine}, ${CASES} cases ==`);
  const url = await ensureGenerated(engine, CASES, say);
  const env = {
    DATABASE_URL: url,
    PORT: String(PORT),
    LOG_LEVEL: 'warn',
    ENVGRID_DATA_DIR: BENCH_DIR,
  };

  say('  in-process intake, raw inserts, workflow actions …');
  const writes = await writeBench(url, 1000);

  // What the load posts: reports in the supervisor's own grids, spread so duplicates stay rare.
  const probe = openDatabase(url);
  const points = await patrolPoints(createDataAccess(probe), 'sup001-01', 2000);
  const sample = await probe.kysely
    .selectFrom('cases')
    .select(['id', 'case_no', 'created_at', 'street_code'])
    .where('street_code', '=', '110101001')
    .orderBy('created_at', 'desc')
    .limit(2000)
    .execute();
  const mid = await probe.kysely
    .selectFrom('cases')
    .select(['id', 'created_at'])
    .orderBy('created_at')
    .offset(Math.floor(CASES / 2))
    .limit(1)
    .executeTakeFirstOrThrow();
  await probe.close();
  let n = 0;
  const body = () => JSON.stringify(reportBody(points, n++));

  say('  bare Fastify route …');
  const bare = await startChild(
    ['--import', 'tsx', path.join(REPO_ROOT, 'bench/bare-server.ts'), String(BARE_PORT)],
    {},
    BARE_PORT,
  );
  const bareLoad = await postLoad(`${bare.url}/bare`, {}, body, SECONDS);
  await bare.stop();

  say('  HTTP intake (profiled) …');
  const profDir = fs.mkdtempSync(path.join(os.tmpdir(), 'envgrid-prof-'));
  const profiled = await startChild(
    ['--cpu-prof', `--cpu-prof-dir=${profDir}`, ENVGRID, 'serve', '--no-demo'],
    env,
    PORT,
  );
  const supS = await login(profiled.url, 'sup001-01', BENCH_PASSWORD);
  const http = await postLoad(
    `${profiled.url}/api/v1/cases`,
    { cookie: supS.cookie, 'x-csrf-token': supS.csrf },
    body,
    SECONDS,
  );
  await profiled.stop();
  const profile = profileTop(profDir);

  say('  reads …');
  const server = await startChild([ENVGRID, 'serve', '--no-demo'], env, PORT);
  const rss = sampleRss(server.proc.pid!);
  const center = await login(server.url, 'center', BENCH_PASSWORD);
  const sub = await login(server.url, 'sub001', BENCH_PASSWORD);
  const sup = await login(server.url, 'sup001-01', BENCH_PASSWORD);
  const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;
  const cursor = Buffer.from(`${mid.created_at}:${mid.id}`).toString('base64url');
  const caseNos = sample.map((c) => c.case_no);
  const ids = sample.map((c) => c.id);
  const shapes: [string, typeof center, () => string][] = [
    ['center: first page', center, () => '/api/v1/cases?limit=20'],
    ['center: street + status', center, () => '/api/v1/cases?limit=20&street=110101001&status=closed'],
    ['center: status dispatched', center, () => '/api/v1/cases?limit=20&status=dispatched'],
    ['center: deep page (median case)', center, () => `/api/v1/cases?limit=20&cursor=${cursor}`],
    [
      'center: text, 2 characters (油烟)',
      center,
      () => `/api/v1/cases?limit=20&q=${encodeURIComponent('油烟')}`,
    ],
    [
      'center: text, words (焚烧垃圾)',
      center,
      () => `/api/v1/cases?limit=20&q=${encodeURIComponent('焚烧垃圾')}`,
    ],
    ['center: text, a case number', center, () => `/api/v1/cases?limit=20&q=${pick(caseNos)}`],
    ['center: overdue', center, () => '/api/v1/cases?limit=20&overdue=true'],
    ['center: by deadline', center, () => '/api/v1/cases?limit=20&sort=deadline'],
    ['sub-center: by deadline', sub, () => '/api/v1/cases?limit=20&sort=deadline'],
    ['sub-center: first page', sub, () => '/api/v1/cases?limit=20'],
    ['sub-center: status closed', sub, () => '/api/v1/cases?limit=20&status=closed'],
    ['case detail', center, () => `/api/v1/cases/${pick(ids)}`],
    [
      'grid lookup',
      sup,
      () => {
        const p = pick(points);
        return `/api/v1/grids/locate?lng=${p.lng}&lat=${p.lat}`;
      },
    ],
  ];
  const reads: [string, Latency][] = [];
  for (const [label, who, p] of shapes) {
    await getJson(server.url, who, p()); // fail loudly on an error answer
    reads.push([label, await latency(server.url, who, p)]);
  }
  const rssIdle = rss.stop();
  const rssLoad = sampleRss(server.proc.pid!);
  const detail = () => `/api/v1/cases/${pick(ids)}`;
  const idleDetail = await latency(server.url, center, detail, 100);
  const writing = postLoad(
    `${server.url}/api/v1/cases`,
    { cookie: sup.cookie, 'x-csrf-token': sup.csrf },
    body,
    SECONDS,
  );
  await new Promise((r) => setTimeout(r, 1000));
  const busyDetail = await latency(server.url, center, detail, 100);
  await writing;
  const rssPeak = rssLoad.stop();
  await server.stop();
  return { http, bare: bareLoad, writes, reads, idleDetail, busyDetail, rssIdle, rssPeak, profile };
}

const results = new Map<Engine, EngineFigures>();
for (const e of ENGINES) results.set(e, await benchEngine(e));

say(`\n== results: ${CASES} cases, ${os.cpus().length} cores, Node ${process.version} ==`);
for (const [engine, f] of results) {
  say(`\n${engine}`);
  say(
    `  HTTP intake, 10 connections: ${f.http.rate.toFixed(0)} req/s, p99 ${f.http.p99} ms (errors ${f.http.errors}, non-2xx ${f.http.non2xx})`,
  );
  say(`  bare Fastify JSON route:     ${f.bare.rate.toFixed(0)} req/s, p99 ${f.bare.p99} ms`);
  say(`  → HTTP intake is ${((100 * f.http.rate) / f.bare.rate).toFixed(1)} % of the bare route`);
  say(
    `  in-process intake: ${f.writes.serviceRate.toFixed(0)}/s; raw prepared inserts of the same rows: ${f.writes.rawRate.toFixed(0)}/s`,
  );
  say(
    `  → in-process intake is ${((100 * f.writes.serviceRate) / f.writes.rawRate).toFixed(1)} % of raw inserts`,
  );
  say(`  workflow actions: ${f.writes.actionsRate.toFixed(0)}/s`);
  say('  reads (p50 / p95):');
  for (const [label, l] of f.reads) say(`    ${label.padEnd(36)} ${ms(l)}`);
  say(`  case detail idle: ${ms(f.idleDetail)}; during an intake burst: ${ms(f.busyDetail)}`);
  say(`  → read p95 during writes is ${(f.busyDetail.p95 / f.idleDetail.p95).toFixed(2)}× idle`);
  say(
    `  server RSS: ${f.rssIdle.toFixed(0)} MB after reads, ${f.rssPeak.toFixed(0)} MB peak under intake load`,
  );
  say('  CPU profile of the server during HTTP intake (self time):');
  for (const line of f.profile) say(`    ${line}`);
}
