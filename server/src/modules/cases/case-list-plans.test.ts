/**
 * Every shape of the case list is read through an index on both engines (not a scan of every
 * case), and the plain newest-first pages need no sort: a later change to the query or the
 * indexes cannot quietly bring back a full scan. Plans, not timings: SQLite's EXPLAIN QUERY PLAN,
 * PostgreSQL's EXPLAIN with sequential scans and sorts priced out (so an index that can serve, in
 * the list's order, is used).
 */
import { CompiledQuery } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachEngine, type EngineContext } from '../../test/db-harness.ts';
import type { CaseListQuery } from './case-list-query.ts';
import { CaseRepository } from './case.repository.ts';

const PAGE = 50;

/** Indexes a shape must read besides (or instead of) the cases' own: one pattern per engine. */
interface Uses {
  sqlite: RegExp;
  postgres: RegExp;
}
const ASSISTS: Uses = {
  sqlite: /SEARCH (case_assist_departments|a) USING COVERING INDEX case_assist_departments_dept_idx/,
  postgres: /Scan (Backward )?(using|on) case_assist_departments_dept_idx/,
};
const TEXT: Uses = {
  // The FTS index's matches, taken to their cases through the stable text_id (migration 0007).
  sqlite:
    /^(?=[\s\S]*SCAN cases_fts VIRTUAL TABLE INDEX)(?=[\s\S]*SEARCH case_text_ids USING INTEGER PRIMARY KEY)/,
  postgres: /Bitmap Index Scan on cases_text_trgm_idx/,
};

/** The running steps' partial index: only open, unsuspended cases, a small share of all of them. */
const RUNNING: Uses = {
  sqlite: /cases USING (COVERING )?INDEX cases_running_step_idx/,
  // On empty tables PostgreSQL may take either partial index of running steps.
  postgres: /cases_running_step_idx|cases_street_running_idx/,
};

const SHAPES: { name: string; q: CaseListQuery; sorted: boolean; uses?: Uses }[] = [
  { name: 'the center, first page', q: { limit: PAGE }, sorted: true },
  {
    name: 'the center, a deep page',
    q: { limit: PAGE, cursor: { key: 1_772_413_200_000, id: 'c-0500' } },
    sorted: true,
  },
  {
    name: 'a street and a status',
    q: { limit: PAGE, streetCode: '110101001', statuses: ['filed'] },
    sorted: false,
  },
  { name: 'a street', q: { limit: PAGE, streetCode: '110101001' }, sorted: true },
  {
    name: 'a sub-center (its street, its reports, its grids)',
    q: {
      limit: PAGE,
      visibleTo: { streetCode: '110101001', reporterId: 'u-1', gridCodes: ['110101001001001'] },
    },
    sorted: false,
  },
  { name: 'my reports', q: { limit: PAGE, reporterId: 'u-1' }, sorted: true },
  { name: 'one of my grids', q: { limit: PAGE, gridCodes: ['110101001001001'] }, sorted: true },
  { name: 'a status (a work queue)', q: { limit: PAGE, statuses: ['reported'] }, sorted: true },
  { name: 'a case number', q: { limit: PAGE, q: '202603020001' }, sorted: false },
  {
    name: 'a department officer (led, assisted, its reports, its grids)',
    q: {
      limit: PAGE,
      visibleTo: { departmentId: 'd-hbj', reporterId: 'u-1', gridCodes: ['110101001001001'] },
    },
    sorted: false,
    uses: ASSISTS,
  },
  {
    name: 'a department officer, a deep page of a status',
    q: {
      limit: PAGE,
      statuses: ['dispatched'],
      visibleTo: { departmentId: 'd-hbj', reporterId: 'u-1', gridCodes: [] },
      cursor: { key: 1_772_413_200_000, id: 'c-0500' },
    },
    sorted: false,
    uses: ASSISTS,
  },
  { name: 'text, in Chinese', q: { limit: PAGE, q: '油烟扰民' }, sorted: false, uses: TEXT },
  { name: 'text with quotes and a percent sign', q: { limit: PAGE, q: '50%"的' }, sorted: false, uses: TEXT },
  { name: 'part of a case number', q: { limit: PAGE, q: '0001' }, sorted: false, uses: TEXT },
  { name: 'overdue now', q: { limit: PAGE, overdueAt: 1_772_413_200_000 }, sorted: false, uses: RUNNING },
  { name: 'by deadline, the center', q: { limit: PAGE, sort: 'deadline' }, sorted: true, uses: RUNNING },
  {
    name: 'by deadline, a deep page',
    q: { limit: PAGE, sort: 'deadline', cursor: { key: 1_772_413_200_000, id: 'c-0500' } },
    sorted: true,
    uses: RUNNING,
  },
  {
    name: 'by deadline, a sub-center',
    q: {
      limit: PAGE,
      sort: 'deadline',
      visibleTo: { streetCode: '110101001', reporterId: 'u-1', gridCodes: ['110101001001001'] },
    },
    sorted: false,
  },
  {
    name: 'by deadline, overdue, a department officer',
    q: {
      limit: PAGE,
      sort: 'deadline',
      overdueAt: 1_772_413_200_000,
      visibleTo: { departmentId: 'd-hbj', reporterId: 'u-1', gridCodes: [] },
    },
    sorted: false,
  },
  {
    name: "text within a department officer's cases",
    q: { limit: PAGE, q: '油烟扰民', visibleTo: { departmentId: 'd-hbj', reporterId: 'u-1', gridCodes: [] } },
    sorted: false,
  },
];

/** The plan's lines. PostgreSQL prices sorts out only for shapes that must come in index order. */
async function plan(ctx: EngineContext, q: CaseListQuery, sorted: boolean): Promise<string[]> {
  return explain(ctx, new CaseRepository(ctx.db.kysely).listQuery(q).compile(), sorted);
}

async function explain(ctx: EngineContext, c: CompiledQuery, sorted: boolean): Promise<string[]> {
  if (ctx.engine === 'sqlite') {
    const r = await ctx.db.kysely.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${c.sql}`, [...c.parameters]),
    );
    return r.rows.map((row) => row.detail);
  }
  return ctx.db.kysely.connection().execute(async (conn) => {
    await conn.executeQuery(CompiledQuery.raw('set enable_seqscan = off'));
    if (sorted) await conn.executeQuery(CompiledQuery.raw('set enable_sort = off'));
    try {
      const r = await conn.executeQuery<{ 'QUERY PLAN': string }>(
        CompiledQuery.raw(`explain ${c.sql}`, [...c.parameters]),
      );
      return r.rows.map((row) => row['QUERY PLAN']);
    } finally {
      await conn.executeQuery(CompiledQuery.raw('reset enable_seqscan'));
      await conn.executeQuery(CompiledQuery.raw('reset enable_sort'));
    }
  });
}

describeEachEngine('case list query plans', (ctx) => {
  it.each(SHAPES)('$name: read through an index', async ({ q, sorted, uses }) => {
    const lines = await plan(ctx, q, sorted);
    const text = lines.join('\n');
    // Only the whole district's list may walk the newest-first index (the LIMIT stops it after a
    // page); any other shape doing so would filter every case on the way.
    const walksAll = Object.keys(q).every((k) => k === 'limit' || k === 'cursor');
    // The running steps' partial index holds open work only: walking it is not walking every case.
    const running = /INDEX cases_running_step_idx/;
    if (ctx.engine === 'sqlite') {
      // A range of an index (SEARCH), or the rows the text index found (by rowid); never the table.
      expect(text, text).toMatch(
        walksAll
          ? /(SCAN|SEARCH) cases USING INDEX cases_created_idx/
          : /SEARCH cases USING ((COVERING )?INDEX|INTEGER PRIMARY KEY)|SCAN cases USING (COVERING )?INDEX cases_running_step_idx/,
      );
      expect(
        lines.filter(
          (l) =>
            /^SCAN cases\b/.test(l) &&
            !(walksAll && /USING INDEX cases_created_idx/.test(l)) &&
            !running.test(l),
        ),
        text,
      ).toEqual([]);
      if (sorted) expect(text, text).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    } else {
      expect(text, text).not.toMatch(/Seq Scan on cases/);
      expect(text, text).toMatch(/Index|Bitmap/);
      if (!walksAll) expect(text, text).not.toMatch(/using cases_created_idx/);
      if (sorted)
        expect(
          lines.filter((l) => /^\s*(->\s*)?Sort\b/.test(l)),
          text,
        ).toEqual([]);
    }
    if (uses) expect(text, text).toMatch(uses[ctx.engine]);
  });

  it('the duplicate check at intake reads the recent cases of the grids around the point only', async () => {
    const q = new CaseRepository(ctx.db.kysely).nearQuery({
      itemCode: 'air.road_dust',
      statuses: ['reported', 'filed', 'dispatched'],
      bbox: [116.39, 39.9, 116.4, 39.91],
      since: 1_772_413_200_000,
      gridCodes: ['110101001001001', '110101001001002'],
    });
    const c = q.compile();
    if (ctx.engine === 'postgres') {
      // On empty tables PostgreSQL cannot tell the item's index from the grids' (it picks by
      // statistics at scale); without the item's index (and the dashboards' period index), the
      // grids' indexes must serve, not a scan.
      const lines = await ctx.db.kysely.connection().execute(async (conn) => {
        await conn.executeQuery(CompiledQuery.raw('begin'));
        try {
          await conn.executeQuery(CompiledQuery.raw('drop index cases_item_idx'));
          // The dashboards' index (migration 0013) also starts at created_at; it is for periods.
          await conn.executeQuery(CompiledQuery.raw('drop index cases_dashboard_created_idx'));
          await conn.executeQuery(CompiledQuery.raw('set local enable_seqscan = off'));
          const r = await conn.executeQuery<{ 'QUERY PLAN': string }>(
            CompiledQuery.raw(`explain ${c.sql}`, [...c.parameters]),
          );
          return r.rows.map((row) => row['QUERY PLAN']);
        } finally {
          await conn.executeQuery(CompiledQuery.raw('rollback'));
        }
      });
      // Either grid index bounds the read to the grids around the point and the last 72 hours.
      expect(lines.join('\n'), lines.join('\n')).toMatch(/Index Cond: \(\(\(grid_code\).*created_at >=/);
      return;
    }
    const text = (await explain(ctx, c, false)).join('\n');
    if (ctx.engine === 'sqlite')
      expect(text, text).toMatch(
        /SEARCH cases USING INDEX cases_grid_item_created_idx \(grid_code=\? AND item_code=\? AND created_at>\?\)/,
      );
    else {
      expect(text, text).not.toMatch(/Seq Scan on cases/);
      expect(text, text).toMatch(/cases_grid_item_created_idx/);
    }
  });

  it('a scoped list with a status walks each scope’s own index, not every case of that status', async () => {
    const lines = await plan(
      ctx,
      {
        limit: PAGE,
        statuses: ['closed'],
        itemCode: 'air.road_dust',
        visibleTo: { streetCode: '110101001', reporterId: 'u-1', gridCodes: ['110101001001001'] },
      },
      false,
    );
    const text = lines.join('\n');
    if (ctx.engine === 'postgres') {
      expect(text, text).not.toMatch(/Seq Scan on cases/);
      return;
    }
    expect(text, text).toMatch(/cases_reporter_created_idx \(reporter_id=\?\)/);
    expect(text, text).toMatch(/cases_street_created_idx \(street_code=\?\)/);
    expect(text, text).toMatch(/cases_grid_created_idx \(grid_code=\?\)/);
    expect(text, text).not.toMatch(/cases_status_created_idx|cases_item_idx/);
  });

  it.each([
    ['by deadline', { sort: 'deadline' }],
    ['overdue', { overdueAt: 1_772_413_200_000 }],
  ] as const)(
    'a scoped list %s walks the running steps, not the scope’s whole history',
    async (_n, order) => {
      const lines = await plan(
        ctx,
        {
          limit: PAGE,
          ...order,
          visibleTo: { streetCode: '110101001', reporterId: 'u-1', gridCodes: ['110101001001001'] },
        },
        false,
      );
      const text = lines.join('\n');
      if (ctx.engine === 'postgres') {
        expect(text, text).not.toMatch(/Seq Scan on cases/);
        return;
      }
      // The street's arm reads the street's running steps; the reports' and grids' arms walk the
      // running steps' index.
      expect(text, text).toMatch(/cases_street_running_idx \(street_code=\?/);
      expect(
        lines.filter((l) => /cases_running_step_idx/.test(l)),
        text,
      ).toHaveLength(2);
      expect(text, text).not.toMatch(/cases_(street|reporter|grid)_created_idx/);
    },
  );
});
