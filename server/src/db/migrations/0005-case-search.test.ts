/**
 * Migration 0005 on a database that already holds cases (the backfill of the assisting
 * departments' rows, the text index over existing text), and the SQLite triggers that keep the
 * text index in step with rows written straight into `cases`, as a bulk loader does.
 */
import type { CaseRecord } from '@envgrid/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseRepository } from '../../modules/cases/case.repository.ts';
import { emptyDatabase } from '../../test/migration-harness.ts';
import { availableEngines, describeEachEngine } from '../../test/db-harness.ts';
import { migrateToLatest, migrateUpTo } from '../migrate.ts';

const AT = Date.UTC(2026, 2, 2, 1, 0, 0);

function aCase(id: string, n: number, c: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id,
    caseNo: `M${String(n).padStart(11, '0')}`,
    status: 'dispatched',
    channel: 'patrol',
    itemCode: 'air.chimney_black_smoke',
    urgency: 'normal',
    level: 'district',
    description: id,
    location: { lng: 116.4, lat: 39.9 },
    address: null,
    gridCode: '110101001001001',
    communityCode: '110101001001',
    streetCode: '110101001',
    reporterId: null,
    reporterContact: null,
    leadDepartmentId: null,
    assistDepartmentIds: [],
    assistDoneIds: [],
    sourceId: null,
    duplicateOf: null,
    resolvedOnSite: false,
    step: null,
    stepStartedAt: null,
    stepDeadlineAt: null,
    stepBasis: null,
    pausedAt: null,
    pendingRequest: null,
    counters: { returned: 0, reworked: 0, extended: 0, suspended: 0, urged: 0 },
    supervisedAt: null,
    evaluation: null,
    version: 1,
    createdAt: AT + n * 60_000,
    updatedAt: AT,
    closedAt: null,
    ...c,
  };
}

for (const engine of availableEngines()) {
  describe(`migration 0005 on existing cases [${engine}]`, () => {
    let made: Awaited<ReturnType<typeof emptyDatabase>>;
    const db = () => made.db;
    const list = (q: Parameters<CaseRepository['list']>[0]) =>
      new CaseRepository(db().kysely).list(q).then((r) => r.map((c) => c.id));

    beforeAll(async () => {
      made = await emptyDatabase(engine, 'm0005');
      await migrateUpTo(db(), '0004-case-list-indexes');
      await db()
        .kysely.insertInto('departments')
        .values(
          ['d-a', 'd-b'].map((id) => ({
            id,
            code: id,
            name: id,
            name_en: id,
            level: 'district' as const,
            street_code: null,
            active: 1,
            created_at: AT,
            updated_at: AT,
          })),
        )
        .execute();
      const cases = new CaseRepository(db().kysely);
      await cases.insert(aCase('old-1', 1, { description: '旧案件油烟扰民', address: '老街1号' }));
      await cases.insert(aCase('old-2', 2, { description: '河道垃圾' }));
      await cases.insert(aCase('old-3', 3, { description: '工地噪声' }));
      // The JSON lists as 0002 stored them: a repeated id, and an id of no department.
      const assists: Record<string, string[]> = {
        'old-1': ['d-a', 'd-b'],
        'old-3': ['d-a', 'd-a', 'd-gone'],
      };
      for (const [id, list] of Object.entries(assists))
        await db()
          .kysely.updateTable('cases')
          .set({ assist_department_ids: JSON.stringify(list) })
          .where('id', '=', id)
          .execute();
      // 0005 first; later migrations follow it (the checks below hold through them).
      expect((await migrateToLatest(db()))[0]).toBe('0005-case-search');
    });
    afterAll(() => made?.drop());

    it('fills the assisting departments’ rows from the JSON lists, with each case’s created_at', async () => {
      const rows = await db()
        .kysely.selectFrom('case_assist_departments')
        .selectAll()
        .orderBy('case_id')
        .orderBy('department_id')
        .execute();
      expect(rows).toEqual([
        { case_id: 'old-1', department_id: 'd-a', created_at: AT + 60_000 },
        { case_id: 'old-1', department_id: 'd-b', created_at: AT + 60_000 },
        { case_id: 'old-3', department_id: 'd-a', created_at: AT + 3 * 60_000 },
      ]);
      expect(
        await list({ limit: 10, visibleTo: { departmentId: 'd-a', reporterId: '-', gridCodes: [] } }),
      ).toEqual(['old-3', 'old-1']);
      expect(
        await list({ limit: 10, visibleTo: { departmentId: 'd-b', reporterId: '-', gridCodes: [] } }),
      ).toEqual(['old-1']);
    });

    it('finds the text of cases written before it', async () => {
      expect(await list({ limit: 10, q: '油烟扰民' })).toEqual(['old-1']);
      expect(await list({ limit: 10, q: '老街1' })).toEqual(['old-1']);
      expect(await list({ limit: 10, q: '工地噪' })).toEqual(['old-3']);
    });
  });
}

describeEachEngine('text index kept by the database', (ctx) => {
  const list = (q: string) =>
    new CaseRepository(ctx.db.kysely).list({ limit: 10, q }).then((r) => r.map((c) => c.id));
  const row = (id: string, n: number, description: string) => {
    const c = aCase(id, n, { description });
    return {
      id: c.id,
      case_no: c.caseNo,
      status: c.status,
      channel: c.channel,
      item_code: c.itemCode,
      urgency: c.urgency,
      level: c.level,
      description: c.description,
      lng: c.location.lng,
      lat: c.location.lat,
      grid_code: c.gridCode,
      community_code: c.communityCode,
      street_code: c.streetCode,
      assist_department_ids: '[]',
      assist_done_ids: '[]',
      resolved_on_site: 0,
      returned_count: 0,
      reworked_count: 0,
      extended_count: 0,
      suspended_count: 0,
      urged_count: 0,
      version: 1,
      created_at: c.createdAt,
      updated_at: c.updatedAt,
    };
  };

  it('follows rows written, changed and deleted straight in the table, as a bulk loader does', async () => {
    const k = ctx.db.kysely;
    await k
      .insertInto('cases')
      .values([row('bulk-1', 1, '批量导入的油烟案件'), row('bulk-2', 2, '批量导入的噪声案件')])
      .execute();
    expect(await list('油烟案件')).toEqual(['bulk-1']);
    expect(await list('批量导入')).toEqual(['bulk-2', 'bulk-1']);
    await k.updateTable('cases').set({ description: '改为扬尘案件' }).where('id', '=', 'bulk-1').execute();
    expect(await list('油烟案件')).toEqual([]);
    expect(await list('扬尘案件')).toEqual(['bulk-1']);
    // A status change leaves the text (and its index entry) alone.
    await k.updateTable('cases').set({ status: 'closed' }).where('id', '=', 'bulk-1').execute();
    expect(await list('扬尘案件')).toEqual(['bulk-1']);
    await k.deleteFrom('cases').where('id', '=', 'bulk-2').execute();
    expect(await list('批量导入')).toEqual([]);
    expect(await list('噪声案件')).toEqual([]);
  });
});
