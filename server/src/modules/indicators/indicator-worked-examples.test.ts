/**
 * The worked examples of docs/indicators.md: eight cases built through the API on Monday
 * 2026-03-02 (one finished on Tuesday), one failed 督查 re-check on Wednesday, read on Thursday
 * 2026-03-05 09:00 for March 2026. Every expected number is worked out by hand in the doc.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import { CaseWorld } from '../../test/case-world.ts';
import { buildWorkedExamples } from './test-indicator-fixtures.ts';

interface Value {
  value: number | null;
  numerator: number;
  denominator: number | null;
}
interface Row {
  subject: { kind: string; id: string; code?: string; username?: string; name: string };
  indicators: Record<string, Value>;
  sample: number;
  score: number | null;
  grade: string | null;
  rank: number | null;
  comparable: boolean;
}
const rate = (numerator: number, denominator: number): Value => ({
  value: numerator / denominator,
  numerator,
  denominator,
});
const count = (n: number): Value => ({ value: n, numerator: n, denominator: null });
const MARCH = 'from=2026-03-01&to=2026-03-31';

describeEachEngineWithDemo('indicators: the worked examples of docs/indicators.md', (ctx) => {
  let w: CaseWorld;
  const rows: Record<string, Row[]> = {};
  const row = (kind: string, pick: (r: Row) => boolean) => rows[kind]!.find(pick)!;

  beforeAll(async () => {
    w = await CaseWorld.start(ctx.db);
    await buildWorkedExamples(w);
    const leader = await w.as('leader');
    for (const kind of ['supervisor', 'department', 'street', 'staff']) {
      const r = await leader.get<{ rows: Row[] }>(`/api/v1/indicators?subject=${kind}&${MARCH}`);
      expect(r.status).toBe(200);
      rows[kind] = r.body.rows;
    }
  }, 120_000);
  afterAll(() => w?.close());

  it('supervisor sup001-01', () => {
    const r = row('supervisor', (x) => x.subject.username === 'sup001-01');
    expect(r.indicators).toMatchObject({
      reportCount: count(7),
      validReportCount: count(7),
      validReportRate: rate(7, 7),
      onTimeVerifyRate: rate(0, 1),
      onTimeCheckRate: rate(6, 7),
      missedReportCount: count(1),
      missedReportRate: rate(1, 8),
      falseCheckCount: count(1),
    });
    expect(r.indicators.patrolCoverage).toMatchObject({ value: 0, numerator: 0 });
    expect([r.sample, r.score, r.grade, r.comparable, r.rank]).toEqual([15, 69.6, 'C', true, 1]);
  });

  it('department hbj, and cgzf with too small a sample', () => {
    const r = row('department', (x) => x.subject.code === 'hbj');
    expect(r.indicators).toEqual({
      dueCount: count(6),
      handledRate: rate(4, 6),
      onTimeHandleRate: rate(4, 6),
      closeRate: rate(3, 6),
      reworkRate: rate(2, 5),
      extensionRate: rate(1, 6),
      returnCount: count(1),
      overdueOpenCount: count(1),
      overdueOpenShare: rate(1, 6),
      falseCloseCount: count(1),
    });
    expect([r.sample, r.score, r.grade, r.comparable, r.rank]).toEqual([6, 70.3, 'C', true, 1]);
    const cg = row('department', (x) => x.subject.code === 'cgzf');
    expect([cg.indicators.dueCount, cg.indicators.onTimeHandleRate]).toEqual([count(1), rate(1, 1)]);
    expect([cg.score, cg.grade, cg.comparable, cg.rank]).toEqual([100, 'A', false, null]);
    // Not comparable rows come after the ranked ones.
    const order = rows.department!.map((x) => x.subject.code);
    expect(order.indexOf('hbj')).toBe(0);
  });

  it('street 110101001', () => {
    const r = row('street', (x) => x.subject.id === '110101001');
    expect(r.indicators).toMatchObject({
      filedCount: count(8),
      closeRate: rate(5, 8),
      onTimeCloseRate: rate(2, 7),
      grassrootsRate: rate(1, 5),
      publicReportShare: rate(1, 8),
    });
    expect(r.indicators.patrolCoverage).toMatchObject({ value: 0, numerator: 0 });
    expect([r.sample, r.score, r.grade, r.comparable, r.rank]).toEqual([8, 35.5, 'E', true, 1]);
  });

  it('center staff: center and sub001', () => {
    const r = row('staff', (x) => x.subject.username === 'center');
    expect(r.indicators).toEqual({
      onTimeFileRate: rate(7, 7),
      accurateFileRate: rate(6, 7),
      onTimeDispatchRate: rate(6, 7),
      accurateDispatchRate: rate(6, 7),
      onTimeCloseRate: rate(3, 4),
    });
    expect([r.sample, r.score, r.grade, r.comparable, r.rank]).toEqual([18, 86.4, 'B', true, 1]);
    const sub = row('staff', (x) => x.subject.username === 'sub001');
    expect([sub.sample, sub.score, sub.comparable, sub.rank]).toEqual([3, 100, false, null]);
  });

  it('grassroots rate over time: March for the district and street 110101001', async () => {
    const r = await (
      await w.as('leader')
    ).get<{ series: { street: string | null; points: (Value & { label: string })[] }[] }>(
      `/api/v1/indicators/grassroots?from=2026-02-01&to=2026-03-31&by=month`,
    );
    expect(r.status).toBe(200);
    const district = r.body.series.find((s) => s.street === null)!;
    expect(district.points).toMatchObject([
      { label: '2026-02', value: null, numerator: 0, denominator: 0 },
      { label: '2026-03', ...rate(1, 5) },
    ]);
    expect(r.body.series.find((s) => s.street === '110101001')!.points[1]).toMatchObject(rate(1, 5));
  });

  describe('scope', () => {
    it('a sub-center sees its street and its supervisors; a department its own row with its rank', async () => {
      const sub = await w.as('sub001');
      const st = await sub.get<{ rows: Row[] }>(`/api/v1/indicators?subject=street&${MARCH}`);
      expect(st.body.rows.map((x) => [x.subject.id, x.rank])).toEqual([['110101001', 1]]);
      const sups = await sub.get<{ rows: Row[] }>(`/api/v1/indicators?subject=supervisor&${MARCH}`);
      expect(sups.body.rows.length).toBeGreaterThan(0);
      expect(sups.body.rows.every((x) => x.subject.username!.startsWith('sup001-'))).toBe(true);
      expect((await sub.get(`/api/v1/indicators?subject=department&${MARCH}`)).status).toBe(403);
      const hbj = await (
        await w.as('hbj01')
      ).get<{ rows: Row[] }>(`/api/v1/indicators?subject=department&${MARCH}`);
      expect(hbj.body.rows.map((x) => [x.subject.code, x.rank, x.score])).toEqual([['hbj', 1, 70.3]]);
      for (const who of ['center', 'sup001-01', 'admin', 'off001-01'])
        expect((await (await w.as(who)).get(`/api/v1/indicators?subject=street&${MARCH}`)).status).toBe(403);
    });

    it('bad input is 400 naming the field, never 500', async () => {
      const leader = await w.as('leader');
      for (const q of [
        'subject=nobody',
        'subject=street&from=2026-13-01',
        'subject=street&from=2026-03-10&to=2026-03-01',
        'subject=street&from=2025-01-01&to=2026-03-01',
        'subject=street&extra=1',
      ])
        expect((await leader.get(`/api/v1/indicators?${q}`)).status, q).toBe(400);
    });
  });

  it('the XLSX export reads back with the API’s numbers', async () => {
    const leader = await w.as('leader');
    const res = await w.server.fetch(`/api/v1/indicators/export.xlsx?subject=department&${MARCH}`, {
      headers: { cookie: leader.cookie! },
    });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const line = (sheet.getRow(2).values as unknown[]).slice(1);
    const cell = (h: string) => line[header.indexOf(h)];
    const hbj = row('department', (x) => x.subject.code === 'hbj');
    expect([cell('名称'), cell('编码/用户名'), cell('应处置数'), cell('按期处置率'), cell('返工率')]).toEqual(
      [hbj.subject.name, 'hbj', 6, hbj.indicators.onTimeHandleRate!.value, 0.4],
    );
    expect([cell('综合得分'), cell('等级'), cell('排名'), cell('可比')]).toEqual([70.3, 'C', 1, '是']);
    const csv = await w.server.fetch(`/api/v1/indicators/export.csv?subject=street&${MARCH}`, {
      headers: { cookie: leader.cookie! },
    });
    expect((await csv.text()).split('\r\n')[0]).toContain('基层解决率');
  });
});
