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

// Not yet here: a department officer's list. Its "assisting" half is a text match on a JSON list,
// which no index serves; it needs the assisting departments as rows of their own (issue 10).
const SHAPES: { name: string; q: CaseListQuery; sorted: boolean }[] = [
  { name: 'the center, first page', q: { limit: PAGE }, sorted: true },
  {
    name: 'the center, a deep page',
    q: { limit: PAGE, cursor: { createdAt: 1_772_413_200_000, id: 'c-0500' } },
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
];

async function plan(ctx: EngineContext, q: CaseListQuery): Promise<string[]> {
  const c = new CaseRepository(ctx.db.kysely).listQuery(q).compile();
  if (ctx.engine === 'sqlite') {
    const r = await ctx.db.kysely.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${c.sql}`, [...c.parameters]),
    );
    return r.rows.map((row) => row.detail);
  }
  return ctx.db.kysely.connection().execute(async (conn) => {
    await conn.executeQuery(CompiledQuery.raw('set enable_seqscan = off'));
    await conn.executeQuery(CompiledQuery.raw('set enable_sort = off'));
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
  it.each(SHAPES)('$name: read through an index', async ({ q, sorted }) => {
    const lines = await plan(ctx, q);
    const text = lines.join('\n');
    if (ctx.engine === 'sqlite') {
      // A range of an index (SEARCH), or for the whole district's newest-first page the index in
      // its order (the LIMIT stops it after one page); never the table itself.
      const walksAll = Object.keys(q).every((k) => k === 'limit');
      expect(text, text).toMatch(
        walksAll ? /SCAN cases USING INDEX cases_created_idx/ : /SEARCH cases USING (COVERING )?INDEX/,
      );
      expect(
        lines.filter((l) => /^SCAN cases\b/.test(l) && !/USING INDEX cases_created_idx/.test(l)),
        text,
      ).toEqual([]);
      if (sorted) expect(text, text).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    } else {
      expect(text, text).not.toMatch(/Seq Scan on cases/);
      expect(text, text).toMatch(/Index|Bitmap/);
      if (sorted)
        expect(
          lines.filter((l) => /^\s*(->\s*)?Sort\b/.test(l)),
          text,
        ).toEqual([]);
    }
  });
});
