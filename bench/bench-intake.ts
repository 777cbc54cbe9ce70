/**
 * In-process write benchmarks: intake through the case service against raw prepared inserts of
 * the same rows (the engine's limit), and workflow actions per second.
 */
import crypto from 'node:crypto';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { bboxOf, buildGridIndex, systemClock, type Actor, type PolygonGeometry } from '@envgrid/core';
import { loadConfig } from '../server/src/config.ts';
import { createDeps, createServices, type Services } from '../server/src/container.ts';
import { openDatabase, type Db } from '../server/src/db/database.ts';
import { createDataAccess, type DataAccess } from '../server/src/db/repos.ts';
import { toActor } from '../server/src/modules/auth/auth.service.ts';

const ITEMS = [
  'noise.construction',
  'air.road_dust',
  'solid_waste.household',
  'water.sewage_overflow',
  'air.catering_fumes',
];

/** Points inside the grids a supervisor is responsible for, for reports that pass every check. */
export async function patrolPoints(
  data: DataAccess,
  username: string,
  n = 500,
): Promise<{ lng: number; lat: number }[]> {
  const user = (await data.repos.users.findByUsername(username))!;
  const grids = await data.repos.grids.list({ codes: await data.repos.grids.supervisedBy(user.id) });
  const shaped = grids.map((g) => ({ code: g.code, geometry: JSON.parse(g.geometry) as PolygonGeometry }));
  const index = buildGridIndex(shaped);
  const out: { lng: number; lat: number }[] = [];
  let seed = 7;
  const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  while (out.length < n) {
    const g = shaped[out.length % shaped.length]!;
    const [a, b, c, d] = bboxOf(g.geometry);
    const p = { lng: a + rand() * (c - a), lat: b + rand() * (d - b) };
    if (index.locate(p.lng, p.lat) === g.code) out.push(p);
  }
  return out;
}

export const reportBody = (points: { lng: number; lat: number }[], i: number) => ({
  itemCode: ITEMS[i % ITEMS.length]!,
  description: `压测上报 ${i} 施工扬尘噪声`,
  location: points[i % points.length]!,
});

async function pool<T>(items: T[], concurrency: number, work: (t: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

export interface WriteFigures {
  serviceRate: number;
  rawRate: number;
  actionsRate: number;
}

export async function writeBench(url: string, count: number): Promise<WriteFigures> {
  const db = openDatabase(url);
  const deps = createDeps(loadConfig({ ...process.env, DATABASE_URL: url }), db, systemClock);
  try {
    const data = createDataAccess(db);
    const services = createServices(deps);
    const actor = async (username: string) => toActor((await data.repos.users.findByUsername(username))!);
    const sup = await actor('sup001-01');
    const points = await patrolPoints(data, 'sup001-01');
    await services.cases.report(sup, reportBody(points, 0)); // warm caches
    const ids: string[] = [];
    const t = performance.now();
    await pool(
      Array.from({ length: count }, (_, i) => i + 1),
      10,
      async (i) => void ids.push((await services.cases.report(sup, reportBody(points, i))).c.id),
    );
    const serviceRate = count / ((performance.now() - t) / 1000);
    const rawRate = await rawInserts(db, url, ids);
    const actionsRate = await workflowActions(services, data, actor, ids.slice(0, Math.min(200, ids.length)));
    return { serviceRate, rawRate, actionsRate };
  } finally {
    await deps.bus.close();
    await db.close();
  }
}

/**
 * The same rows an intake writes (counter, case, event, inbox entries), inserted with prepared
 * statements on the driver directly, one transaction per case, 10 at a time on PostgreSQL.
 * The copies are deleted afterwards.
 */
async function rawInserts(db: Db, url: string, ids: string[]): Promise<number> {
  const k = db.kysely;
  const cases = await k.selectFrom('cases').selectAll().where('id', 'in', ids).execute();
  const events = await k.selectFrom('case_events').selectAll().where('case_id', 'in', ids).execute();
  const notes = await k.selectFrom('notifications').selectAll().where('case_id', 'in', ids).execute();
  const copies = cases.map((c, i) => {
    const id = crypto.randomUUID();
    return {
      c: { ...c, id, case_no: `R${String(Date.now()).slice(-9)}${String(i).padStart(6, '0')}` },
      e: events.filter((e) => e.case_id === c.id).map(({ id: _, ...e }) => ({ ...e, case_id: id })),
      n: notes.filter((n) => n.case_id === c.id).map(({ id: _, ...n }) => ({ ...n, case_id: id })),
    };
  });
  const cols = (o: object) => Object.keys(o);
  const insertSql = (table: string, o: object, ph: (i: number) => string) =>
    `insert into ${table} (${cols(o).join(', ')}) values (${cols(o)
      .map((_, i) => ph(i))
      .join(', ')})`;
  const counter = 'bench:raw';
  const start = performance.now();
  if (db.engine === 'sqlite') {
    const native = new SqliteDatabase(url.slice('sqlite:'.length));
    native.pragma('journal_mode = WAL');
    native.pragma('synchronous = NORMAL');
    native.pragma('busy_timeout = 5000');
    const first = copies[0]!;
    const up = native.prepare(
      'insert into counters (key, value) values (?, 1) on conflict (key) do update set value = value + 1 returning value',
    );
    const ic = native.prepare(insertSql('cases', first.c, () => '?'));
    const ie = native.prepare(insertSql('case_events', first.e[0]!, () => '?'));
    const inn = first.n[0] ? native.prepare(insertSql('notifications', first.n[0], () => '?')) : null;
    const one = native.transaction((x: (typeof copies)[number]) => {
      up.get(counter);
      ic.run(Object.values(x.c));
      for (const e of x.e) ie.run(Object.values(e));
      for (const n of x.n) inn?.run(Object.values(n));
    });
    for (const x of copies) one(x);
    native.close();
  } else {
    const clients = new pg.Pool({ connectionString: url, max: 10 });
    await pool(copies, 10, async (x) => {
      const c = await clients.connect();
      try {
        await c.query('begin');
        await c.query({
          name: 'up',
          text: 'insert into counters (key, value) values ($1, 1) on conflict (key) do update set value = counters.value + 1 returning value',
          values: [counter],
        });
        await c.query({
          name: 'ic',
          text: insertSql('cases', x.c, (i) => `$${i + 1}`),
          values: Object.values(x.c),
        });
        for (const e of x.e)
          await c.query({
            name: 'ie',
            text: insertSql('case_events', e, (i) => `$${i + 1}`),
            values: Object.values(e),
          });
        for (const n of x.n)
          await c.query({
            name: 'in',
            text: insertSql('notifications', n, (i) => `$${i + 1}`),
            values: Object.values(n),
          });
        await c.query('commit');
      } finally {
        c.release();
      }
    });
    await clients.end();
  }
  const rate = copies.length / ((performance.now() - start) / 1000);
  const copyIds = copies.map((x) => x.c.id);
  for (let i = 0; i < copyIds.length; i += 500) {
    const part = copyIds.slice(i, i + 500);
    await k.deleteFrom('notifications').where('case_id', 'in', part).execute();
    await k.deleteFrom('case_events').where('case_id', 'in', part).execute();
    await k.deleteFrom('cases').where('id', 'in', part).execute();
  }
  await k.deleteFrom('counters').where('key', '=', counter).execute();
  return rate;
}

/** 立案 → 派遣 → 反馈 → 核查 → 结案 on each case, 10 cases at a time: actions per second. */
async function workflowActions(
  services: Services,
  data: DataAccess,
  actor: (username: string) => Promise<Actor>,
  ids: string[],
): Promise<number> {
  const [center, sub, sup] = await Promise.all([actor('center'), actor('sub001'), actor('sup001-01')]);
  const departments = await data.repos.departments.list();
  const handlers = new Map<string, Actor>();
  const handlerOf = async (deptId: string) => {
    if (!handlers.has(deptId)) {
      const code = departments.find((d) => d.id === deptId)!.code;
      const [id] = await data.repos.users.idsWith('handler', { kind: 'department', code });
      handlers.set(deptId, toActor((await data.repos.users.findById(id!))!));
    }
    return handlers.get(deptId)!;
  };
  let actions = 0;
  const start = performance.now();
  await pool(ids, 10, async (id) => {
    let d = await services.cases.get(center, id);
    const desk = d.c.level === 'district' ? center : sub;
    d = await services.cases.act(desk, id, 'file', { version: d.c.version });
    const lead = d.suggestedDepartmentId!;
    d = await services.cases.act(desk, id, 'dispatch', { version: d.c.version, leadDepartmentId: lead });
    d = await services.cases.act(await handlerOf(lead), id, 'feedback', {
      version: d.c.version,
      result: '已处置',
    });
    d = await services.cases.act(sup, id, 'check', { version: d.c.version, passed: true });
    await services.cases.act(desk, id, 'close', { version: d.c.version });
    actions += 5;
  });
  return actions / ((performance.now() - start) / 1000);
}
