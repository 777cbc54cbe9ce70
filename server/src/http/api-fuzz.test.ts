/**
 * Fuzzes every route of the OpenAPI document over real HTTP on both engines, anonymous, as admin
 * and as the command center: no 5xx, every 4xx in the pinned shape, no stack trace, nothing
 * written by a run of refused requests, and a healthy server afterwards.
 * The seed is printed; FUZZ_SEED=<n> replays a run; FUZZ_LOG=<file> writes every exchange to a file.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { ERROR_STATUS, ManualClock } from '@envgrid/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../db/database.ts';
import type { ApiClient } from '../test/api-client.ts';
import { login, pointInGridOf } from '../test/case-fixtures.ts';
import { describeEachEngineWithDemo } from '../test/db-harness.ts';
import { startTestServer, TEST_EPOCH, type TestServer } from '../test/http-harness.ts';
import { pngBytes } from '../test/images.ts';
import { seedDemo } from '../test/seed.ts';
import {
  mutationsOf,
  operationsOf,
  prng,
  type FuzzRequest,
  type OpenApiDoc,
  type Operation,
} from './fuzz-generator.ts';
import { strayRequests } from './fuzz-values.ts';

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : crypto.randomInt(2 ** 31);
/** Share of the admin's requests also sent anonymously and as `center`: cheap, still every route. */
const OTHER_ACTOR_SHARE = 0.3;
/** Consecutive requests whose database effect is compared when all of them were refused. */
const BATCH = 25;
/** A few thousand requests take well under a minute per engine; this leaves room for a busy machine. */
const RUN_TIMEOUT_MS = 10 * 60_000;

/** Routes a signed-in fuzzer must not call on itself: they end or change its own login. */
const SELF_HARM = new Set(['POST /api/v1/auth/logout', 'POST /api/v1/me/password']);

/**
 * Failures in code this suite's authors do not own, reported to its owners and excluded here
 * until fixed: `route` is `METHOD /template`, `label` a prefix of the mutation label.
 */
const KNOWN_FAILURES: { route: string; label: string; why: string }[] = [];

/** Main tables: their row counts must not move while every request is refused. */
const COUNTED = [
  'cases',
  'case_events',
  'case_attachments',
  'users',
  'sessions',
  'api_tokens',
  'attachments',
  'attachment_uploaders',
  'audit_log',
  'notifications',
  'departments',
  'grids',
  'grid_assignments',
  'calendar_days',
  'settings',
  'counters',
];
/** Small tables whose content must not change either: a refused update must leave no trace. */
const DIGESTED = ['cases', 'users', 'departments', 'settings', 'grid_assignments', 'api_tokens', 'counters'];

async function snapshot(db: Db, dataDir: string): Promise<Record<string, number | string>> {
  // Photos are files: a refused upload must not leave one behind either.
  const photos = path.join(dataDir, 'attachments');
  const out: Record<string, number | string> = {
    'attachment files': fs.existsSync(photos)
      ? fs
          .readdirSync(photos, { recursive: true })
          .filter((f) => fs.statSync(path.join(photos, String(f))).isFile()).length
      : 0,
  };
  for (const t of COUNTED) {
    const r = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(t)}`.execute(db.kysely);
    out[t] = Number(r.rows[0]!.n);
  }
  for (const t of DIGESTED) {
    const r = await sql<Record<string, unknown>>`select * from ${sql.table(t)}`.execute(db.kysely);
    const rows = r.rows.map((row) => JSON.stringify(row)).sort();
    out[`${t} content`] = crypto.createHash('sha256').update(rows.join('\n')).digest('hex').slice(0, 16);
  }
  return out;
}

interface Answer {
  status: number;
  type?: string;
  text: string;
  error?: string;
}

/** Sends the request byte for byte (fetch would normalise `..` and `%2e` in the path). */
function send(agent: http.Agent, port: number, r: FuzzRequest, as: ApiClient | null): Promise<Answer> {
  const headers: Record<string, string> = { ...r.headers };
  if (as?.cookie) headers.cookie = as.cookie;
  if (as?.csrfToken && r.method !== 'GET') headers['x-csrf-token'] = as.csrfToken;
  if (r.body !== undefined) headers['content-length'] = String(Buffer.byteLength(r.body));
  return new Promise((resolve) => {
    let answered = false;
    const req = http.request({ host: '127.0.0.1', port, method: r.method, path: r.path, headers, agent });
    req.setTimeout(30_000, () => req.destroy(new Error('no answer in 30 s')));
    req.on('response', (res) => {
      answered = true;
      // A live stream never ends: its status is the answer.
      if (String(res.headers['content-type']).startsWith('text/event-stream')) {
        res.destroy();
        return resolve({ status: res.statusCode!, text: '' });
      }
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode!,
          type: res.headers['content-type'],
          text: Buffer.concat(chunks).toString(),
        }),
      );
      res.on('error', (e) => resolve({ status: res.statusCode!, text: '', error: e.message }));
    });
    // The server may answer and close before reading a large body; the answer still counts.
    req.on('error', (e) => {
      if (!answered) resolve({ status: 0, text: '', error: e.message });
    });
    req.end(r.body);
  });
}

const STACK = /\n\s+at \S|\bat [\w.<>]+ \(|node_modules|\/src\/[\w/.-]+\.[jt]s|FST_ERR_/;
/** Contents of files a path trick might reach: /etc/passwd, the repository's package.json. */
const LEAK = /root:x:0:0|"devDependencies"/;

/** What is wrong with an answer, or null. */
function problemOf(a: Answer): string | null {
  if (a.status === 0) return `no answer (${a.error})`;
  if (a.status >= 500) return `status ${a.status}`;
  if (STACK.test(a.text)) return 'stack trace or internals in the body';
  if (LEAK.test(a.text)) return 'a file outside the web app in the body';
  if (a.status < 400) return null;
  if (!a.type?.startsWith('application/json')) return `status ${a.status} answered as ${a.type}`;
  let body: { error?: { code?: unknown; message?: unknown } };
  try {
    body = JSON.parse(a.text);
  } catch {
    return `status ${a.status} with a body that is not JSON`;
  }
  const code = body.error?.code;
  if (typeof code !== 'string' || !(code in ERROR_STATUS)) return `unknown error code ${String(code)}`;
  if (ERROR_STATUS[code as keyof typeof ERROR_STATUS] !== a.status)
    return `code ${code} with status ${a.status}`;
  if (typeof body.error?.message !== 'string' || Object.keys(body).length !== 1)
    return 'not the pinned shape';
  return null;
}

interface Sent {
  actor: string;
  route: string;
  request: FuzzRequest;
  answer: Answer;
}

describeEachEngineWithDemo('API fuzz', (ctx) => {
  let server: TestServer;
  let port: number;
  let admin: ApiClient, center: ApiClient;
  let dataDir: string;
  const stacks = new Map<string, string>();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const sent: Sent[] = [];
  const writeChecks: { batch: Sent[]; before: object; after: object }[] = [];

  beforeAll(async () => {
    const clock = new ManualClock(TEST_EPOCH);
    await seedDemo(ctx.db, clock);
    // Its own data directory, so stored photos can be counted and no other suite shares them.
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'envgrid-fuzz-'));
    server = await startTestServer(ctx.db, {
      clock,
      env: { ENVGRID_DATA_DIR: dataDir },
      // The stack behind each 5xx, for the failure report (the answer only carries the request id).
      beforeListen: (app) =>
        app.addHook('onError', async (req, _reply, err) => void stacks.set(req.id, err.stack ?? String(err))),
    });
    port = Number(new URL(server.url).port);
    let sup: ApiClient;
    [admin, center, sup] = await login(server, 'admin', 'center', 'sup001-01');
    const spot = await pointInGridOf(sup, admin);
    const kase = await sup.post<{ id: string; version: number }>('/api/v1/cases', {
      itemCode: 'noise.construction',
      description: 'fuzz target',
      location: { lng: spot.lng, lat: spot.lat },
    });
    const users = (await admin.get<{ items: { id: string; username: string }[] }>('/api/v1/users?limit=200'))
      .body.items;
    const userId = (name: string) => users.find((u) => u.username === name)!.id;
    const form = new FormData();
    form.append('file', new Blob([pngBytes([7, 7, 7])], { type: 'image/png' }), 'fuzz.png');
    const attachment = await admin.request<{ id: string }>('POST', '/api/v1/attachments', form);
    const token = await admin.post<{ id: string }>('/api/v1/auth/tokens', { name: 'fuzz' });
    const departments = (await admin.get<{ id: string }[]>('/api/v1/departments')).body;
    for (const r of [kase, attachment, token]) expect(r.status).toBe(201);

    const f = {
      caseId: kase.body.id,
      victimId: userId('sup003-01'),
      officerId: userId('off001-01'),
      deptId: departments[0]!.id,
      attachmentId: attachment.body.id,
      tokenId: token.body.id,
      grid: spot.grid,
    };
    const paramValue = (op: Operation) => (name: string) => {
      if (name === 'code') return f.grid;
      if (name === 'userId') return f.officerId;
      if (name === 'action') return 'comment';
      const byPrefix: [string, string][] = [
        ['/api/v1/users/', f.victimId],
        ['/api/v1/departments/', f.deptId],
        ['/api/v1/attachments/', f.attachmentId],
        ['/api/v1/auth/tokens/', f.tokenId],
      ];
      return byPrefix.find(([p]) => op.template.startsWith(p))?.[1] ?? f.caseId;
    };
    // Bodies that pass the route's own rules, so mutations of one field reach the service.
    const bodyBase: Record<string, unknown> = {
      'POST /api/v1/cases': { itemCode: 'noise.construction', description: 'fuzz', location: spot },
      'POST /api/v1/cases/{id}/actions/{action}': { version: kase.body.version, note: 'fuzz' },
      'POST /api/v1/users': {
        username: 'fuzz-new',
        displayName: 'Fuzz',
        password: 'fuzz-pass-1',
        roles: ['supervisor'],
        scope: { kind: 'street', code: '110101001' },
      },
      'PUT /api/v1/grids/{code}/supervisor': { userId: f.officerId },
      'POST /api/v1/grids/{code}/officers': { userId: f.officerId },
      'PUT /api/v1/time-limits': (await admin.get('/api/v1/time-limits')).body,
    };

    const doc = (await (await server.fetch('/api/docs/json')).json()) as OpenApiDoc;
    const rand = prng(SEED);
    const png = pngBytes([1, 2, 3]);
    const plan: { actor: string; as: ApiClient | null; route: string; request: FuzzRequest }[] = [];
    for (const op of operationsOf(doc)) {
      const route = `${op.method} ${op.template}`;
      const requests = mutationsOf(op, { paramValue: paramValue(op), bodyBase: bodyBase[route], png, rand });
      for (const [i, request] of requests.entries()) {
        // Each actor sends each route's first request, then a sample of the rest.
        const others = i === 0 || rand() < OTHER_ACTOR_SHARE;
        if (!SELF_HARM.has(route)) plan.push({ actor: 'admin', as: admin, route, request });
        if (others || SELF_HARM.has(route)) plan.push({ actor: 'anon', as: null, route, request });
        if (others && !SELF_HARM.has(route)) plan.push({ actor: 'center', as: center, route, request });
      }
    }

    for (const request of strayRequests()) {
      plan.push({ actor: 'admin', as: admin, route: 'no route', request });
      plan.push({ actor: 'anon', as: null, route: 'no route', request });
      if (rand() < OTHER_ACTOR_SHARE) plan.push({ actor: 'center', as: center, route: 'no route', request });
    }

    const started = performance.now();
    let before = await snapshot(ctx.db, dataDir);
    for (let i = 0; i < plan.length; i += BATCH) {
      const batch: Sent[] = [];
      for (const p of plan.slice(i, i + BATCH)) {
        batch.push({ ...p, answer: await send(agent, port, p.request, p.as) });
      }
      sent.push(...batch);
      const after = await snapshot(ctx.db, dataDir);
      if (batch.every((s) => s.answer.status >= 400 && s.answer.status < 500))
        writeChecks.push({ batch, before, after });
      before = after;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (process.env.FUZZ_LOG) {
      const line = (x: Sent) =>
        JSON.stringify({
          actor: x.actor,
          route: x.route,
          label: x.request.label,
          method: x.request.method,
          path: x.request.path.slice(0, 300),
          status: x.answer.status,
          body: x.answer.text.slice(0, 300),
        });
      fs.writeFileSync(`${process.env.FUZZ_LOG}.${ctx.engine}`, sent.map(line).join('\n') + '\n');
    }
    const byStatus = new Map<number, number>();
    for (const s of sent) byStatus.set(s.answer.status, (byStatus.get(s.answer.status) ?? 0) + 1);
    console.log(
      `API fuzz [${ctx.engine}] seed ${SEED} (FUZZ_SEED=${SEED} replays it): ${sent.length} requests in ${seconds} s; ` +
        `statuses ${JSON.stringify(Object.fromEntries([...byStatus].sort()))}; ` +
        `${writeChecks.reduce((n, c) => n + c.batch.length, 0)} in fully refused batches checked for writes`,
    );
  }, RUN_TIMEOUT_MS);
  afterAll(async () => {
    agent.destroy();
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers every request without a 5xx, in the pinned error shape, without internals', () => {
    const failures = sent.flatMap((s) => {
      const problem = problemOf(s.answer);
      return problem ? [{ ...s, problem }] : [];
    });
    const known = (s: Sent) =>
      KNOWN_FAILURES.some((k) => k.route === s.route && s.request.label.startsWith(k.label));
    for (const k of failures.filter(known))
      console.warn(`known failure (excluded): ${k.actor} ${k.route} ${k.request.label}: ${k.problem}`);
    const fresh = failures.filter((s) => !known(s));
    const report = fresh.map(
      (s) =>
        `${s.actor} ${s.request.method} ${s.request.path.slice(0, 120)} [${s.route}] ${s.request.label}: ` +
        `${s.problem} ${s.answer.text.slice(0, 200)}`,
    );
    for (const [i, line] of report.entries()) {
      const requestId = /"requestId":"([^"]+)"/.exec(fresh[i]!.answer.text)?.[1];
      const stack = requestId ? `\n${stacks.get(requestId) ?? '(no stack logged)'}` : '';
      console.warn(`fuzz failure [${ctx.engine}] seed ${SEED}: ${line}${stack}`);
    }
    expect(report, `seed ${SEED}`).toEqual([]);
  });

  it('writes nothing while every request is refused', () => {
    // Most batches are all refusals; too few would make this check vacuous.
    expect(writeChecks.length).toBeGreaterThan(sent.length / BATCH / 3);
    for (const c of writeChecks) {
      const what = `${c.batch[0]!.actor} ${c.batch[0]!.route} … ${c.batch.at(-1)!.route} (seed ${SEED})`;
      expect(c.after, what).toEqual(c.before);
    }
  });

  it('is healthy afterwards', async () => {
    expect((await server.fetch('/healthz')).status).toBe(200);
    expect((await admin.get('/api/v1/me')).status).toBe(200);
    expect((await center.get('/api/v1/cases?limit=5')).status).toBe(200);
  });
});
