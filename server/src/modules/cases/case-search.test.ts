/**
 * The case list's text search and its department scope, through real HTTP on both engines.
 * Text is a substring of the case number, description or address, ignoring case, with `%`, `_`,
 * `\` and `"` taken literally: 3 or more characters through the trigram index, shorter text by the
 * LIKE fallback. A department sees the cases it leads or assists (docs/domain.md), and follows
 * the assists as dispatch, return and dispatch again change them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResponse } from '../../test/api-client.ts';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import { caseIn, CaseWorld, type CaseBody } from '../../test/case-world.ts';
import type { CaseListQuery } from './case-list-query.ts';
import { CaseRepository } from './case.repository.ts';

type Page = { items: CaseBody[]; nextCursor: string | null };

interface Made {
  key: string;
  id: string;
  caseNo: string;
  description: string;
  address: string | null;
}

/** What each text case is made of; all lie in one grid of street 001, reported, led by nobody. */
const TEXTS: { key: string; description: string; address?: string }[] = [
  { key: 'T1', description: '餐馆油烟扰民，夜间尤甚' },
  { key: 'T2', description: '工地夜间施工噪声', address: '幸福路油烟巷12号' },
  { key: 'T3', description: '河道漂浮垃圾 Plastic bags', address: '光明路100号' },
  { key: 'T4', description: '排放超标50%"以上"' },
  // What `50%`, `0%` and `%` would match if the percent sign were a wildcard.
  { key: 'T5', description: '距离500米处有异味' },
  { key: 'T6', description: '下水道 a_b\\c 标记' },
  // What `a_b` and `_` would match if the underscore were a wildcard.
  { key: 'T7', description: '标签 axb 异味' },
];

describeEachEngineWithDemo('case list: text search and assisting departments', (ctx) => {
  let w: CaseWorld;
  const made: Made[] = [];

  beforeAll(async () => {
    w = await CaseWorld.start(ctx.db);
    const spot = await w.spot('sup001-01');
    for (const t of TEXTS) {
      const c = await w.report('sup001-01', spot, {
        description: t.description,
        ...(t.address ? { address: t.address } : {}),
      });
      made.push({
        key: t.key,
        id: c.id,
        caseNo: c.caseNo,
        description: t.description,
        address: t.address ?? null,
      });
      w.clock.advance(60_000);
    }
  });
  afterAll(() => w.close());

  /** Every page of the list as `user` sees it, newest first. */
  async function listed(user: string, query: string, limit = 100): Promise<string[]> {
    const client = await w.as(user);
    const ids: string[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const params: string = [query, `limit=${limit}`, cursor ? `cursor=${cursor}` : '']
        .filter(Boolean)
        .join('&');
      const r: ApiResponse<Page> = await client.get<Page>(`/api/v1/cases?${params}`);
      expect([user, query, r.status]).toEqual([user, query, 200]);
      ids.push(...r.body.items.map((c) => c.id));
      cursor = r.body.nextCursor;
      if (!cursor) break;
    }
    return ids;
  }
  const keysOf = (ids: string[]) => ids.map((id) => made.find((m) => m.id === id)?.key ?? `?${id}`).sort();
  const search = async (q: string, user = 'center') =>
    keysOf(await listed(user, `q=${encodeURIComponent(q)}`));
  /** The rule, written out: a substring of the case number, description or address, ignoring case. */
  const rule = (q: string) =>
    made
      .filter((m) =>
        [m.caseNo, m.description, m.address ?? ''].some((t) => t.toLowerCase().includes(q.toLowerCase())),
      )
      .map((m) => m.key)
      .sort();

  describe('text', () => {
    it.each([
      ['a Chinese phrase of 4 characters in a description', '油烟扰民', ['T1']],
      ['a Chinese phrase of 3 characters in an address', '油烟巷', ['T2']],
      ['a 2-character word, in a description and an address', '油烟', ['T1', 'T2']],
      ['another 2-character word', '夜间', ['T1', 'T2']],
      ['Latin letters in another case', 'plastic', ['T3']],
      ['a percent sign, literally (3 characters)', '50%', ['T4']],
      ['a percent sign, literally (2 characters)', '0%', ['T4']],
      ['a percent sign alone', '%', ['T4']],
      ['double quotes', '"以上"', ['T4']],
      ['a double quote alone', '"', ['T4']],
      ['an underscore, literally', 'a_b', ['T6']],
      ['an underscore alone', '_', ['T6']],
      ['a backslash', 'b\\c', ['T6']],
      ['a backslash alone', '\\', ['T6']],
      ['FTS query syntax, as text', '油烟 OR 噪声', []],
      ['a NEAR group, as text', 'NEAR(油烟 噪声)', []],
      ['SQL, as text', "'; drop table cases; --", []],
      ['text no case has', '不存在的词语', []],
    ] as const)('%s: %j', async (_name, q, want) => {
      expect(await search(q)).toEqual(want);
      expect(rule(q)).toEqual(want);
    });

    it('finds the same cases whether it walks the list or asks the text index (common or rare text)', async () => {
      const repo = new CaseRepository(ctx.db.kysely);
      const ids = async (q: CaseListQuery, scanText: boolean) =>
        (await repo.listQuery(q, { scanText }).execute()).map((r) => r.id);
      const scopes: Omit<CaseListQuery, 'q'>[] = [
        { limit: 50 },
        { limit: 2 },
        { limit: 50, visibleTo: { streetCode: '110101001', reporterId: '-', gridCodes: [] } },
      ];
      for (const text of [
        '油烟扰民',
        '油烟巷',
        'plastic',
        '50%',
        '"以上"',
        'a_b',
        'b\\c',
        '异味',
        '不存在的词语',
      ])
        for (const scope of scopes) {
          const q = { ...scope, q: text };
          const byIndex = await ids(q, false);
          expect(await ids(q, true), `${text} ${JSON.stringify(scope)}`).toEqual(byIndex);
        }
      // And both are what the rule says, by key.
      const all = await ids({ limit: 50, q: '异味' }, true);
      expect(all.map((id) => made.find((m) => m.id === id)!.key).sort()).toEqual(['T5', 'T7']);
    });

    it('finds a case by part of its number, and by its whole number', async () => {
      const t3 = made.find((m) => m.key === 'T3')!;
      // The date and the day's sequence number: shared with no other case.
      const part = t3.caseNo.slice(4);
      expect(rule(part)).toEqual(['T3']);
      expect(await search(part)).toEqual(['T3']);
      expect(await search(t3.caseNo)).toEqual(['T3']);
    });

    it('keeps the scope: a department does not find cases it neither leads nor assists', async () => {
      expect(await search('油烟', 'sub001')).toEqual(['T1', 'T2']);
      expect(await search('油烟', 'sub002')).toEqual([]);
      expect(await search('油烟', 'cgzf01')).toEqual([]);
    });
  });

  describe('assisting departments', () => {
    const HANDLERS = ['hbj01', 'cgzf01', 'gaj01', 'zjw01', 'swj01'];
    const cases: Record<string, CaseBody> = {};
    const named = (ids: string[]) =>
      ids.map((id) => Object.keys(cases).find((k) => cases[k]!.id === id) ?? id);
    /** Each handler's whole list, by case key, newest first. */
    const lists = async () =>
      Object.fromEntries(
        await Promise.all(HANDLERS.map(async (u) => [u, named(await listed(u, ''))] as const)),
      );

    beforeAll(async () => {
      cases.D1 = await caseIn(w, 'dispatched', {
        lead: 'hbj',
        assists: ['cgzf', 'gaj'],
        description: '部门 D1',
      });
      w.clock.advance(60_000);
      cases.D2 = await caseIn(w, 'dispatched', { lead: 'zjw', assists: [], description: '部门 D2' });
      w.clock.advance(60_000);
      cases.D3 = await caseIn(w, 'dispatched', { lead: 'cgzf', assists: ['hbj'], description: '部门 D3' });
      w.clock.advance(60_000);
    });

    it('shows a department the cases it leads or assists, and no other', async () => {
      expect(await lists()).toEqual({
        hbj01: ['D3', 'D1'],
        cgzf01: ['D3', 'D1'],
        gaj01: ['D1'],
        zjw01: ['D2'],
        swj01: [],
      });
      // Page by page (the cursor also narrows the assisting rows), and with a text filter.
      expect(named(await listed('cgzf01', '', 1))).toEqual(['D3', 'D1']);
      expect(named(await listed('gaj01', `q=${encodeURIComponent('部门')}`))).toEqual(['D1']);
    });

    it('follows the assists as they change: returned, then dispatched to others', async () => {
      cases.D1 = await w.act('hbj01', cases.D1!, 'return', { reason: '不属于本部门职责' });
      expect(await lists()).toEqual({
        hbj01: ['D3'],
        cgzf01: ['D3'],
        gaj01: [],
        zjw01: ['D2'],
        swj01: [],
      });
      cases.D1 = await w.act('center', cases.D1, 'dispatch', {
        leadDepartmentId: await w.dept('swj'),
        assistDepartmentIds: [await w.dept('gaj')],
      });
      expect(await lists()).toEqual({
        hbj01: ['D3'],
        cgzf01: ['D3'],
        gaj01: ['D1'],
        zjw01: ['D2'],
        swj01: ['D1'],
      });
    });

    it('keeps the rows equal to every case’s JSON list', async () => {
      const json = await ctx.db.kysely.selectFrom('cases').select(['id', 'assist_department_ids']).execute();
      const rows = await ctx.db.kysely
        .selectFrom('case_assist_departments as a')
        .innerJoin('cases as c', 'c.id', 'a.case_id')
        .select(['a.case_id', 'a.department_id', 'a.created_at', 'c.created_at as case_created_at'])
        .execute();
      expect(rows.map((r) => `${r.case_id}:${r.department_id}`).sort()).toEqual(
        json
          .flatMap((c) => (JSON.parse(c.assist_department_ids) as string[]).map((d) => `${c.id}:${d}`))
          .sort(),
      );
      expect(rows.filter((r) => r.created_at !== r.case_created_at)).toEqual([]);
      // Two cases assisted at the end: D1 by gaj, D3 by hbj.
      expect(rows.length).toBe(2);
    });
  });
});
