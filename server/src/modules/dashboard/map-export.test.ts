/**
 * The case map's points and grid heat, the case list's exports (read back with exceljs and
 * compared with `GET /api/v1/cases`) and the printable case sheet, over the scenario of
 * test-dashboard-scenario.ts, in each scope.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import { CaseWorld } from '../../test/case-world.ts';
import { buildScenario, type Scenario } from './test-dashboard-scenario.ts';

interface MapAnswer {
  from: string;
  to: string;
  capped: boolean;
  limit: number;
  items: { id: string; caseNo: string; status: string; light: string | null; overdue: boolean }[];
}
interface Heat {
  max: number;
  grids: { code: string; count: number; mine: boolean }[];
}
interface ListAnswer {
  items: { id: string; caseNo: string; status: string; overdue: boolean; createdAt: number }[];
}

const PERIOD = 'from=2026-04-01&to=2026-05-31';

describeEachEngineWithDemo('case map, exports and case sheet', (ctx) => {
  let w: CaseWorld;
  let s: Scenario;
  const get = async <T>(who: string, path: string) => (await w.as(who)).get<T>(path);
  const ids = (r: { items: { id: string }[] }) => r.items.map((i) => i.id);
  const points = async (who: string, query = '') => {
    const r = await get<MapAnswer>(who, `/api/v1/map/cases?${PERIOD}${query}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body;
  };
  /** Raw bytes of a download (the client reads text). */
  const download = async (who: string, path: string) => {
    const c = await w.as(who);
    const res = await w.server.inject(path, { method: 'GET', headers: { cookie: c.cookie! } });
    return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
  };

  beforeAll(async () => {
    w = await CaseWorld.start(ctx.db);
    s = await buildScenario(w);
  });
  afterAll(() => w.close());

  it('puts the cases on the map newest first, with their lights, capped', async () => {
    const { A, B, C, D, E, F, G } = s;
    const all = await points('center');
    expect(ids(all)).toEqual([C.id, F.id, E.id, G.id, D.id, B.id, A.id]);
    expect(all.capped).toBe(false);
    const byId = new Map(all.items.map((i) => [i.id, i]));
    expect([byId.get(D.id), byId.get(C.id)]).toMatchObject([
      { status: 'dispatched', light: 'red', overdue: true },
      { status: 'closed', light: null, overdue: false },
    ]);
    const few = await points('center', '&limit=3');
    expect([ids(few), few.capped, few.limit]).toEqual([[C.id, F.id, E.id], true, 3]);
    expect(ids(await points('center', '&overdue=true'))).toEqual([E.id, D.id]);
    expect(ids(await points('center', '&status=closed'))).toEqual([C.id, B.id, A.id]);
    expect(ids(await points('center', '&item=air.road_dust'))).toEqual([C.id]);
    expect(ids(await points('center', '&category=noise'))).toEqual([]);
    expect(ids(await points('center', '&street=110101002'))).toEqual([E.id, G.id, D.id]);
  });

  it('shows each user the map of what they may see', async () => {
    const { A, B, C, D, E, F, G } = s;
    expect(ids(await points('sub002'))).toEqual([E.id, G.id, D.id]);
    expect(ids(await points('sup001-01'))).toEqual([C.id, F.id, B.id, A.id]);
    // hbj leads A, B and D; it assists nothing here.
    expect(ids(await points('hbj01'))).toEqual([D.id, B.id, A.id]);
    // cgzf assisted A, B and D.
    expect(ids(await points('cgzf01'))).toEqual([D.id, B.id, A.id]);
    expect(ids(await points('jd001-01'))).toEqual([C.id]);
    // The default period: the 30 days up to today.
    const d = await get<MapAnswer>('admin', '/api/v1/map/cases');
    expect([d.body.from, d.body.to, d.body.items.length]).toEqual(['2026-04-07', '2026-05-06', 7]);
    const may = await get<MapAnswer>('admin', '/api/v1/map/cases?from=2026-05-01&to=2026-05-06');
    expect(ids(may.body)).toEqual([C.id, F.id, E.id, G.id]);
  });

  it('counts cases per grid for the heat layer, flagging the supervisor’s own', async () => {
    const g = s.grids;
    const all = await get<Heat>('leader', `/api/v1/map/grid-heat?${PERIOD}`);
    expect(all.body.max).toBe(3);
    const tail = [g.g1b, g.g1c].sort();
    expect(all.body.grids).toEqual([
      { code: g.g2, count: 3, mine: false },
      { code: g.g1a, count: 2, mine: false },
      { code: tail[0], count: 1, mine: false },
      { code: tail[1], count: 1, mine: false },
    ]);
    const sup = await get<Heat>('sup001-01', `/api/v1/map/grid-heat?${PERIOD}&status=closed`);
    expect(sup.body.grids).toEqual(
      [
        { code: g.g1a, count: 1, mine: true },
        { code: g.g1b, count: 1, mine: true },
        { code: g.g1c, count: 1, mine: false },
      ].sort((a, b) => a.code.localeCompare(b.code)),
    );
  });

  it('exports the case list as XLSX, row for row as the list shows it', async () => {
    for (const who of ['center', 'sub002', 'hbj01']) {
      const list = (await get<ListAnswer>(who, '/api/v1/cases?limit=200')).body.items;
      const r = await download(who, '/api/v1/cases/export.xlsx');
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toContain('spreadsheetml');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(r.bytes as unknown as ExcelJS.Buffer);
      const sheet = book.getWorksheet('案件列表')!;
      const rows: unknown[][] = [];
      sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      expect(rows[0]!.slice(0, 5)).toEqual(['案件编号', '状态', '问题类别', '问题小类', '紧急程度']);
      expect(rows[0]).toContain('是否超期');
      const overdueAt = rows[0]!.indexOf('是否超期');
      expect(
        rows.slice(1).map((x) => [x[0], x[overdueAt]]),
        who,
      ).toEqual(list.map((c) => [c.caseNo, c.overdue ? '是' : '否']));
    }
    // sub002 sees street 002's three cases.
    const sub = await download('sub002', '/api/v1/cases/export.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(sub.bytes as unknown as ExcelJS.Buffer);
    expect(book.getWorksheet('案件列表')!.rowCount).toBe(4);
  });

  it('exports CSV with the list’s filters, Chinese names and local times', async () => {
    const r = await download('center', '/api/v1/cases/export.csv?status=closed&street=110101001');
    expect(r.status).toBe(200);
    const text = r.bytes.toString('utf8');
    expect(
      text.startsWith('\ufeff案件编号,状态,问题类别,问题小类,紧急程度,处置级别,上报渠道,街道,社区,网格'),
    ).toBe(true);
    // (trim drops the BOM too)
    const lines = text.trim().split('\r\n');
    expect(lines.map((l) => l.split(',')[0])).toEqual(['案件编号', s.C.caseNo, s.B.caseNo, s.A.caseNo]);
    const c = lines[1]!.split(',');
    expect([c[1], c[2], c[3], c[5]]).toEqual(['已结案', '大气污染源', '道路扬尘', '街道级']);
    // Reported 09:30, closed at once: local wall time in the business zone.
    expect(c.slice(-4)).toEqual(['2026-05-06 09:30', '', '否', '2026-05-06 09:30']);
    const overdue = await download('center', '/api/v1/cases/export.csv?overdue=true');
    expect(overdue.bytes.toString('utf8').trim().split('\r\n').length).toBe(3);
  });

  it('prints a case sheet with every name resolved', async () => {
    const r = await get<Record<string, unknown> & { timeline: Record<string, unknown>[] }>(
      'center',
      `/api/v1/cases/${s.A.id}/sheet`,
    );
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      caseNo: s.A.caseNo,
      statusName: '已结案',
      item: { code: 'air.chimney_black_smoke', name: '非居民烟囱冒黑烟' },
      category: { code: 'air', name: '大气污染源' },
      levelName: '区级',
      street: { code: '110101001' },
      leadDepartment: { code: 'hbj' },
      assistDepartments: [{ code: 'cgzf' }],
      reporter: { displayName: '东华门监督员01' },
      evaluation: { allOnTime: false, grassroots: false, rating: null },
      printedAt: Date.UTC(2026, 4, 6, 4),
    });
    expect((r.body.street as { name: string }).name).not.toBe('110101001');
    expect(r.body.timeline.map((e) => [e.action, e.actionName])).toEqual([
      ['report', '采集上报'],
      ['file', '立案'],
      ['dispatch', '派遣'],
      ['assist_feedback', expect.any(String)],
      ['feedback', expect.any(String)],
      ['check', expect.any(String)],
      ['close', expect.any(String)],
    ]);
    expect(r.body.timeline[0]).toMatchObject({
      actor: { displayName: '东华门监督员01' },
      planStep: 'collect',
    });
    expect(r.body.timeline[4]).toMatchObject({ note: '已整改', actor: { displayName: 'hbj01' } });
    expect((await get('hbj01', `/api/v1/cases/${s.A.id}/sheet`)).status).toBe(200);
    expect((await get('sub002', `/api/v1/cases/${s.A.id}/sheet`)).status).toBe(404);
    expect((await get('center', '/api/v1/cases/no-such-case/sheet')).status).toBe(404);
  });

  it('answers bad input with 400 naming the field', async () => {
    const bad: [string, string][] = [
      [`/api/v1/map/cases?${PERIOD}&status=bogus`, 'querystring/status'],
      [`/api/v1/map/cases?${PERIOD}&category=nope`, 'querystring/category'],
      [`/api/v1/map/cases?${PERIOD}&item=air.nope`, 'querystring/item'],
      ['/api/v1/map/cases?from=2026-05-02&to=2026-05-01', 'querystring/to'],
      ['/api/v1/map/cases?limit=5001', 'querystring/limit'],
      ['/api/v1/map/grid-heat?from=2026-13-01', 'querystring/from'],
      ['/api/v1/cases/export.csv?status=bogus', 'querystring/status'],
      ['/api/v1/cases/export.xlsx?grid=1', 'querystring/grid'],
    ];
    for (const [path, field] of bad) {
      const r = await get<{ error: { details?: unknown } }>('center', path);
      expect(r.status, path).toBe(400);
      expect(JSON.stringify(r.body.error.details), path).toContain(field);
    }
  });
});
