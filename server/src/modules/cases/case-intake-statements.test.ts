import { ManualClock, type Actor, type CaseAction } from '@envgrid/core';
import type { KyselyPlugin } from 'kysely';
import { expect, it } from 'vitest';
import { createServices } from '../../container.ts';
import { createDataAccess, type DataAccess } from '../../db/repos.ts';
import { LocalEventBus } from '../../realtime/event-bus.ts';
import { describeEachEngineWithDemo, type EngineContext } from '../../test/db-harness.ts';
import { TEST_EPOCH } from '../../test/test-epoch.ts';
import { DirectoryAttachmentStore } from '../attachments/attachment-store.ts';
import { toActor } from '../auth/auth.service.ts';

interface Statement {
  sql: string;
  parameters: readonly unknown[];
}

/**
 * One server process's services over the test database, with every statement they issue written
 * to `log` (a Kysely plugin sees each query as it is compiled), and the bounds of each
 * transaction as BEGIN and COMMIT entries.
 */
function serverProcess(ctx: EngineContext) {
  const log: Statement[] = [];
  const kysely = ctx.db.kysely;
  const counter: KyselyPlugin = {
    transformQuery: ({ node, queryId }) => {
      const q = kysely.getExecutor().compileQuery(node, queryId);
      log.push({ sql: q.sql, parameters: q.parameters });
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  const base = createDataAccess({ ...ctx.db, kysely: kysely.withPlugin(counter) });
  const data: DataAccess = {
    repos: base.repos,
    transaction: async (work) => {
      log.push({ sql: 'BEGIN', parameters: [] });
      try {
        return await base.transaction(work);
      } finally {
        log.push({ sql: 'COMMIT', parameters: [] });
      }
    },
  };
  const clock = new ManualClock(TEST_EPOCH);
  const services = createServices(
    {
      db: ctx.db,
      clock,
      bus: new LocalEventBus(),
      store: new DirectoryAttachmentStore('/nonexistent'),
      timeZone: 'Asia/Shanghai',
    },
    data,
  );
  return {
    services,
    data,
    /** The statements since the last call, BEGIN and COMMIT included. */
    take: (): Statement[] => log.splice(0),
    actor: async (username: string): Promise<Actor> =>
      toActor((await data.repos.users.findByUsername(username))!),
  };
}

/** The middle of one of the square grids `sup` is responsible for. */
async function squareSpot(p: ReturnType<typeof serverProcess>, sup: Actor) {
  for (const code of await p.data.repos.grids.supervisedBy(sup.id)) {
    const g = JSON.parse((await p.data.repos.grids.find(code))!.geometry) as {
      type: string;
      coordinates: number[][][];
    };
    const ring = g.coordinates[0]!;
    if (g.type === 'Polygon' && ring.length === 5)
      return { lng: (ring[0]![0]! + ring[2]![0]!) / 2, lat: (ring[0]![1]! + ring[2]![1]!) / 2 };
  }
  throw new Error(`${sup.username} supervises no square grid`);
}

const sent = (log: Statement[]) => log.filter((s) => s.sql !== 'BEGIN' && s.sql !== 'COMMIT');
const matching = (log: Statement[], re: RegExp) => log.filter((s) => re.test(s.sql));
/** The keys of the settings rows read (the generations live there). */
const settingsRead = (log: Statement[]) =>
  matching(log, /^select "value" from "settings"/).map((s) => String(s.parameters[0]));

describeEachEngineWithDemo('statements of an intake', (ctx) => {
  it('reads departments and settings once at most, and takes the case number last', async () => {
    const p = serverProcess(ctx);
    const sup = await p.actor('sup001-01');
    const spot = await squareSpot(p, sup);
    const report = (description: string) =>
      p.services.cases.report(sup, { itemCode: 'air.chimney_black_smoke', description, location: spot });
    p.take();

    const first = await report('烟囱冒黑烟');
    // A fresh process fills its caches: the settings generation and snapshot (taxonomy, limits,
    // calendar, calendar days: 5), the grid generation and geometries (2), the departments'
    // generation and rows (2); then what every intake costs (below) but its 3 generations: 8.
    // 17 in all.
    expect(sent(p.take()).length).toBeLessThanOrEqual(17);

    const second = await report('烟囱冒黑烟，又见');
    expect(second.duplicates.map((d) => d.id)).toEqual([first.c.id]);
    const log = p.take();
    // 1 settings: the work settings' generation (the snapshot is cached, and read once per intake)
    // 2 settings: the grid set's generation (the spatial index is cached)
    // 3 grids ⋈ assignments ⋈ users: the located grid and its supervisor, used for the rest
    // 4 settings: the departments' generation (the departments are cached)
    // 5 users: who acts next (the intake role of the center), known before the case number
    //   BEGIN
    // 6 counters: the day's case number, the row locked until COMMIT (PostgreSQL)
    // 7 cases: insert
    // 8 case_events: insert (the first event of a new case: no previous one to look up)
    // 9 notifications: one insert for every recipient
    //   COMMIT
    // 10 cases: nearby open cases, for duplicates (this one in the same grid: nothing more)
    expect(sent(log).length).toBeLessThanOrEqual(10);
    expect(settingsRead(log).sort()).toEqual([
      'departments.generation',
      'grids.generation',
      'work.generation',
    ]);
    expect(matching(log, /from "(departments|calendar_days)"/)).toEqual([]);
    expect(matching(log, /from "grids"/)).toHaveLength(1);
    expect(matching(log, /^insert into "notifications"/)).toHaveLength(1);
    // The counter is the transaction's first statement, and at most three follow it before COMMIT.
    const begin = log.findIndex((s) => s.sql === 'BEGIN');
    expect(log[begin + 1]!.sql).toMatch(/^insert into "counters"/);
    expect(log.findIndex((s) => s.sql === 'COMMIT') - (begin + 2)).toBeLessThanOrEqual(3);
    expect(matching(log, /from "case_events"/)).toEqual([]);
  });

  it('sees a department edit made by another process on its next call', async () => {
    const p = serverProcess(ctx);
    const other = createServices({
      db: ctx.db,
      clock: new ManualClock(TEST_EPOCH),
      bus: new LocalEventBus(),
      store: new DirectoryAttachmentStore('/nonexistent'),
      timeZone: 'Asia/Shanghai',
    });
    const admin = await p.actor('admin');
    // The seeder moved the generation with the demo departments.
    expect(await p.data.repos.departments.generation()).toBeDefined();
    const hbj = (await p.services.departments.list(admin)).find((d) => d.code === 'hbj')!;
    p.take();
    expect((await p.services.departments.list(admin)).find((d) => d.code === 'hbj')).toEqual(hbj);
    expect(matching(p.take(), /from "departments"/)).toEqual([]);

    await other.departments.update(admin, hbj.id, { name: '生态环境局（改）', active: false });
    const renamed = (await p.services.departments.list(admin)).find((d) => d.code === 'hbj');
    expect(renamed).toEqual({ ...hbj, name: '生态环境局（改）', active: false });
    expect(matching(p.take(), /from "departments"/)).toHaveLength(1);

    const created = await other.departments.create(admin, {
      code: 'sjj',
      name: '水务局',
      nameEn: 'Water Authority',
      level: 'district',
    });
    expect((await p.services.departments.list(admin)).find((d) => d.code === 'sjj')).toEqual(created);
    await other.departments.update(admin, hbj.id, { name: hbj.name, active: true });
    expect((await p.services.departments.list(admin)).find((d) => d.code === 'hbj')).toEqual(hbj);
  });

  it('answers every action with the case exactly as it is stored', async () => {
    const p = serverProcess(ctx);
    const cases = p.services.cases;
    const [sup, center, hbj, cgzf, leader, sub, admin] = await Promise.all([
      p.actor('sup001-01'),
      p.actor('center'),
      p.actor('hbj01'),
      p.actor('cgzf01'),
      p.actor('leader'),
      p.actor('sub001'),
      p.actor('admin'),
    ]);
    const dept = async (code: string) =>
      (await p.services.departments.list(admin)).find((d) => d.code === code)!.id;
    const spot = await squareSpot(p, sup);
    const report = async (who: Actor, itemCode = 'air.chimney_black_smoke') =>
      (await cases.report(who, { itemCode, description: '动作', location: spot })).c;
    const seen: CaseAction[] = [];
    let c = await report(sup);
    const act = async (who: Actor, action: CaseAction, body: Record<string, unknown> = {}) => {
      p.take();
      c = (await cases.act(who, c.id, action, { version: c.version, ...body })).c;
      const log = p.take();
      // The row is not read back after the update, and no departments are read.
      const update = log.findIndex((s) => s.sql.startsWith('update "cases"'));
      expect(update).toBeGreaterThan(0);
      expect(matching(log.slice(update), /^select \* from "cases"/)).toEqual([]);
      expect(matching(log, /from "departments"/)).toEqual([]);
      expect(c).toStrictEqual(await p.data.repos.cases.find(c.id));
      seen.push(action);
    };

    await act(center, 'file');
    await act(center, 'dispatch', {
      leadDepartmentId: await dept('hbj'),
      assistDepartmentIds: [await dept('cgzf')],
    });
    await act(center, 'urge');
    await act(leader, 'supervise');
    await act(hbj, 'comment', { note: '已联系企业' });
    await act(hbj, 'request_extension', { reason: '需要检测', extra: { amount: 1, unit: 'day' } });
    await act(center, 'approve_extension');
    await act(hbj, 'request_extension', { reason: '再延期', extra: { amount: 2, unit: 'day' } });
    await act(center, 'deny_extension', { note: '不予延期' });
    await act(hbj, 'request_suspension', { reason: '企业停产' });
    await act(center, 'deny_suspension');
    await act(hbj, 'request_suspension', { reason: '企业停产待复工' });
    await act(center, 'approve_suspension');
    await act(center, 'resume');
    await act(cgzf, 'assist_feedback', { result: '已配合' });
    await act(hbj, 'feedback', { result: '已整改' });
    await act(sup, 'check', { passed: false, note: '仍有黑烟' });
    await act(hbj, 'feedback', { result: '二次整改完成', missingPartsReason: '返工无需协办' });
    await act(sup, 'check', { passed: true });
    await act(center, 'close');
    await act(leader, 'evaluate', { rating: 5, comment: '处置及时' });
    const closed = c.id;

    c = await report(sup);
    await act(center, 'file');
    await act(center, 'dispatch', { leadDepartmentId: await dept('cgzf') });
    await act(cgzf, 'return', { reason: '不属于本部门职责' });
    c = await report(sup);
    await act(center, 'void', { duplicateOf: closed });
    c = await report(sup);
    await act(center, 'reject', { reason: '不属于监管范围' });
    c = await report(center);
    await act(sup, 'verify', { real: true });
    c = await report(sup, 'air.open_barbecue');
    await act(sub, 'escalate', { note: '街道无法解决' });
    expect(new Set(seen).size).toBe(22);
  });
});
