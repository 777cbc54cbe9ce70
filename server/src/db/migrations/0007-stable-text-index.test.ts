/**
 * Migration 0007 on a database that already holds cases: the text index re-keyed by each case's
 * own number (SQLite), then kept in step by triggers with rows written straight into `cases`, and
 * still right after deletes, a VACUUM and renumbered rowids. On PostgreSQL it changes nothing.
 * Every check compares the search's ids with those read from `cases` itself.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseRepository } from '../../modules/cases/case.repository.ts';
import { emptyDatabase } from '../../test/migration-harness.ts';
import { availableEngines } from '../../test/db-harness.ts';
import { migrateToLatest, migrateUpTo } from '../migrate.ts';

const AT = Date.UTC(2026, 2, 2, 1, 0, 0);

/** A row as a bulk loader writes it, straight into `cases`. */
function row(id: string, n: number, description: string, address: string | null) {
  return {
    id,
    case_no: `M${String(n).padStart(11, '0')}`,
    status: 'dispatched',
    channel: 'patrol',
    item_code: 'air.chimney_black_smoke',
    urgency: 'normal',
    level: 'district',
    description,
    lng: 116.4,
    lat: 39.9,
    address,
    grid_code: '110101001001001',
    community_code: '110101001001',
    street_code: '110101001',
    assist_department_ids: '[]',
    assist_done_ids: '[]',
    resolved_on_site: 0,
    returned_count: 0,
    reworked_count: 0,
    extended_count: 0,
    suspended_count: 0,
    urged_count: 0,
    version: 1,
    created_at: AT + n * 60_000,
    updated_at: AT,
  };
}

/** Substrings of the rows' text (and a few that match nothing), including two under 3 characters. */
const QUERIES = [
  '油烟扰民',
  '油烟',
  '扰民',
  '老街1号',
  '老街',
  '滨河路',
  '垃圾漂浮',
  '焚烧垃圾',
  '"禁止焚烧"',
  '50%区',
  'dust',
  'ROAD WORK',
  'M0000000000',
  'M00000000011',
  'X2026',
  '扬尘',
  '新街9号',
  '河道清理',
  '不存在的文本',
];

for (const engine of availableEngines()) {
  describe(`migration 0007 on existing cases [${engine}]`, () => {
    let made: Awaited<ReturnType<typeof emptyDatabase>>;
    const k = () => made.db.kysely;

    /** The list's ids for each query, and the ids `cases` holds a match for, newest first. */
    async function searches(): Promise<{ found: Record<string, string[]>; want: Record<string, string[]> }> {
      const rows = await k()
        .selectFrom('cases')
        .select(['id', 'case_no', 'description', 'address', 'created_at'])
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      const found: Record<string, string[]> = {};
      const want: Record<string, string[]> = {};
      for (const q of QUERIES) {
        const lq = q.toLowerCase();
        want[q] = rows
          .filter((r) =>
            [r.case_no, r.description, r.address ?? ''].some((t) => t.toLowerCase().includes(lq)),
          )
          .map((r) => r.id);
        found[q] = (await new CaseRepository(k()).list({ limit: 100, q })).map((c) => c.id);
      }
      return { found, want };
    }
    const expectSearchesRight = async () => {
      const { found, want } = await searches();
      expect(found).toEqual(want);
    };

    /** SQLite: one mapping row per case, no other, and an index FTS5 finds consistent. */
    const expectMappingWhole = async () => {
      if (engine !== 'sqlite') return;
      const mapped = await k().selectFrom('case_text_ids').select('case_id').orderBy('case_id').execute();
      const cases = await k().selectFrom('cases').select('id').orderBy('id').execute();
      expect(mapped.map((r) => r.case_id)).toEqual(cases.map((r) => r.id));
      await sql`insert into cases_fts (cases_fts) values ('integrity-check')`.execute(k());
    };

    beforeAll(async () => {
      made = await emptyDatabase(engine, 'm0007');
      await migrateUpTo(made.db, '0006-duplicate-search-index');
      await k()
        .insertInto('cases')
        .values([
          row('old-1', 1, '餐馆油烟扰民严重', '朝阳区老街1号'),
          row('old-2', 2, '河道垃圾漂浮', '滨河路88号'),
          row('old-3', 3, '工地夜间施工噪声扰民', null),
          row('old-4', 4, 'Dust from road works', "Chang'an Ave 5"),
          row('old-5', 5, '油烟机排放异味', '老街东口'),
          row('old-6', 6, '露天焚烧垃圾', '滨河路12号'),
          row('old-7', 7, '标语写着"禁止焚烧"', '50%区域'),
          row('old-8', 8, '扬尘覆盖不到位', '新街9号'),
        ])
        .execute();
      // 0007 first; later migrations follow it (the checks below hold through them).
      expect((await migrateToLatest(made.db))[0]).toBe('0007-stable-text-index');
    });
    afterAll(() => made?.drop());

    it('finds the text of cases written before it', async () => {
      const { found } = await searches();
      expect(found['油烟扰民']).toEqual(['old-1']);
      expect(found['老街1号']).toEqual(['old-1']);
      expect(found['滨河路']).toEqual(['old-6', 'old-2']);
      expect(found['dust']).toEqual(['old-4']);
      await expectSearchesRight();
      await expectMappingWhole();
    });

    it('follows rows written, changed and deleted straight in the table', async () => {
      await k()
        .insertInto('cases')
        .values([row('new-1', 11, '新建工地扬尘', '老街2号'), row('new-2', 12, '油烟扰民投诉', '滨河路3号')])
        .execute();
      await expectSearchesRight();
      await k().updateTable('cases').set({ description: '河道清理完毕' }).where('id', '=', 'old-2').execute();
      await k().updateTable('cases').set({ address: '新街9号' }).where('id', '=', 'new-1').execute();
      await k().updateTable('cases').set({ case_no: 'X20260302999' }).where('id', '=', 'old-4').execute();
      // A status change leaves the text (and its index entry) alone.
      await k().updateTable('cases').set({ status: 'closed' }).where('id', '=', 'old-5').execute();
      await k().deleteFrom('cases').where('id', 'in', ['old-6', 'new-2']).execute();
      const { found } = await searches();
      expect(found['垃圾漂浮']).toEqual([]);
      expect(found['河道清理']).toEqual(['old-2']);
      expect(found['新街9号']).toEqual(['new-1', 'old-8']);
      expect(found['X2026']).toEqual(['old-4']);
      expect(found['焚烧垃圾']).toEqual([]);
      await expectSearchesRight();
      await expectMappingWhole();
    });

    it('finds exactly the right cases after deletes and a VACUUM', async () => {
      await k().deleteFrom('cases').where('id', 'in', ['old-1', 'old-3']).execute();
      await sql`vacuum`.execute(k());
      await expectSearchesRight();
      await expectMappingWhole();
      await k()
        .insertInto('cases')
        .values(row('new-3', 13, '油烟扰民再次投诉', '老街1号'))
        .execute();
      await expectSearchesRight();
    });

    if (engine === 'sqlite')
      // What SQLite allows VACUUM to do to a table without an INTEGER PRIMARY KEY, done outright:
      // every case moves to another's rowid (reversed), so a rowid-keyed index would find the wrong ones.
      it('does not depend on the rowids of `cases`', async () => {
        const { n } = await sql<{ n: number }>`select max(rowid) as n from cases`
          .execute(k())
          .then((r) => r.rows[0]!);
        await sql`update cases set rowid = -rowid`.execute(k());
        await sql`update cases set rowid = ${n + 1} + rowid`.execute(k());
        await expectSearchesRight();
        await k()
          .insertInto('cases')
          .values(row('new-4', 14, '夜间油烟扰民', null))
          .execute();
        await k().updateTable('cases').set({ description: '已整改' }).where('id', '=', 'new-3').execute();
        await expectSearchesRight();
        await expectMappingWhole();
      });

    if (engine === 'postgres')
      it('leaves PostgreSQL as it was: no mapping table, the trigram index', async () => {
        const names = await sql<{ name: string }>`
          select indexname as name from pg_indexes where indexname = 'cases_text_trgm_idx'
          union all select table_name from information_schema.tables where table_name = 'case_text_ids'`
          .execute(k())
          .then((r) => r.rows.map((x) => x.name));
        expect(names).toEqual(['cases_text_trgm_idx']);
      });
  });
}
