/**
 * Frozen assessment runs over the worked examples of docs/indicators.md: a run keeps its numbers
 * when later events change the live indicators; a later run of the period supersedes it; the
 * sub-center and the department see and acknowledge their own rows; weights are versioned.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import { CaseWorld, type CaseBody } from '../../test/case-world.ts';
import { buildWorkedExamples, local } from '../indicators/test-indicator-fixtures.ts';

interface Row {
  subject: { kind: string; id: string; code?: string; username?: string };
  indicators: Record<string, { value: number | null; numerator: number; denominator: number | null }>;
  score: number | null;
  grade: string | null;
  rank: number | null;
}
interface Run {
  id: string;
  periodKind: string;
  from: string;
  to: string;
  weightsVersion: number;
  supersededBy: string | null;
  definitions: { weightsVersion: number; minSample: number; gradeBands: Record<string, number> };
  results: Record<'supervisor' | 'department' | 'street' | 'staff', Row[]>;
  acks: { subjectKind: string; subjectId: string }[];
}
const MARCH = { periodKind: 'month', from: '2026-03-01', to: '2026-03-31' };

describeEachEngineWithDemo('assessment runs', (ctx) => {
  let w: CaseWorld;
  let cases: Record<string, CaseBody>;
  let first: Run;

  beforeAll(async () => {
    w = await CaseWorld.start(ctx.db);
    cases = await buildWorkedExamples(w);
    const r = await (await w.as('leader')).post<Run>('/api/v1/assessments', MARCH);
    expect(r.status).toBe(201);
    first = r.body;
  }, 120_000);
  afterAll(() => w?.close());

  const hbjOf = (run: Run) => run.results.department.find((r) => r.subject.code === 'hbj')!;

  it('freezes every kind with the weights version, bands and definitions used', () => {
    expect([first.weightsVersion, first.definitions.minSample, first.definitions.gradeBands]).toEqual([
      0,
      5,
      { A: 90, B: 75, C: 60, D: 40 },
    ]);
    expect([hbjOf(first).score, hbjOf(first).grade, hbjOf(first).rank]).toEqual([70.3, 'C', 1]);
    expect(first.results.street.length).toBeGreaterThan(1);
    expect(first.results.supervisor.length).toBeGreaterThan(1);
  });

  it('a frozen assessment gives the same numbers after later events change the live indicators', async () => {
    // Case D, open past its deadline, is handled and closed: hbj's live figures change.
    w.at(local(5, 9, 30));
    let d = await w.act('hbj01', cases.D!, 'feedback', { result: '已整改' });
    d = await w.act('sup001-01', d, 'check', { passed: true });
    await w.act('center', d, 'close');
    const leader = await w.as('leader');
    const live = await leader.get<{ rows: Row[] }>(
      '/api/v1/indicators?subject=department&from=2026-03-01&to=2026-03-31',
    );
    const liveHbj = live.body.rows.find((r) => r.subject.code === 'hbj')!;
    expect(liveHbj.indicators.overdueOpenCount!.value).toBe(0);
    expect(liveHbj.score).not.toBe(70.3);
    const again = await leader.get<Run>(`/api/v1/assessments/${first.id}`);
    expect(again.status).toBe(200);
    expect(again.body.results).toEqual(first.results);
    expect(hbjOf(again.body).indicators.overdueOpenCount!.value).toBe(1);
  });

  it('a later run of the same period supersedes the earlier one; both are kept', async () => {
    const leader = await w.as('leader');
    const second = await leader.post<Run>('/api/v1/assessments', MARCH);
    expect(second.status).toBe(201);
    expect(hbjOf(second.body).indicators.overdueOpenCount!.value).toBe(0);
    const list = await leader.get<{ items: { id: string; supersededBy: string | null }[] }>(
      '/api/v1/assessments',
    );
    expect(list.body.items.map((r) => [r.id, r.supersededBy])).toEqual([
      [second.body.id, null],
      [first.id, second.body.id],
    ]);
    expect((await leader.get<Run>(`/api/v1/assessments/${first.id}`)).body.results).toEqual(first.results);

    // The sub-center and the department see their own rows and rank, and acknowledge them.
    const sub = await (await w.as('sub001')).get<Run>(`/api/v1/assessments/${second.body.id}`);
    expect(sub.body.results.street.map((r) => [r.subject.id, r.rank])).toEqual([['110101001', 1]]);
    expect(sub.body.results.department).toEqual([]);
    const hbj = await (await w.as('hbj01')).get<Run>(`/api/v1/assessments/${second.body.id}`);
    expect(hbj.body.results.department.map((r) => r.subject.code)).toEqual(['hbj']);
    expect(hbj.body.results.street).toEqual([]);
    const ack = await (
      await w.as('sub001')
    ).post<{ subjectKind: string; subjectId: string }>(`/api/v1/assessments/${second.body.id}/ack`, {});
    expect([ack.status, ack.body.subjectKind, ack.body.subjectId]).toEqual([200, 'street', '110101001']);
    expect((await (await w.as('hbj01')).post(`/api/v1/assessments/${second.body.id}/ack`, {})).status).toBe(
      200,
    );
    expect((await (await w.as('hbj01')).post(`/api/v1/assessments/${first.id}/ack`, {})).status).toBe(409);
    expect((await leader.post(`/api/v1/assessments/${second.body.id}/ack`, {})).status).toBe(403);
    const acks = (await leader.get<Run>(`/api/v1/assessments/${second.body.id}`)).body.acks;
    expect(acks.map((a) => a.subjectKind).sort()).toEqual(['department', 'street']);
  });

  it('refuses bad periods with 400 naming the field, and non-leaders with 403', async () => {
    const leader = await w.as('leader');
    for (const [body, path] of [
      [{ periodKind: 'month', from: '2026-03-02', to: '2026-03-31' }, 'body/from'],
      [{ periodKind: 'month', from: '2026-03-01', to: '2026-03-30' }, 'body/to'],
      [{ periodKind: 'quarter', from: '2026-02-01', to: '2026-04-30' }, 'body/from'],
      [{ periodKind: 'custom', from: '2026-03-10', to: '2026-03-01' }, 'body/to'],
    ] as const) {
      const r = await leader.post<{ error: { details: { path: string }[] } }>('/api/v1/assessments', body);
      expect([r.status, r.body.error.details[0]!.path]).toEqual([400, path]);
    }
    expect(
      (await leader.post('/api/v1/assessments', { periodKind: 'week', from: '2026-03-01', to: '2026-03-07' }))
        .status,
    ).toBe(400);
    expect((await (await w.as('auditor')).post('/api/v1/assessments', MARCH)).status).toBe(403);
    expect((await leader.get('/api/v1/assessments/nope')).status).toBe(404);
  });

  it('weights are versioned; a run keeps the version it used', async () => {
    const admin = await w.as('admin');
    const current = await admin.get<{ version: number; weights: Record<string, Record<string, number>> }>(
      '/api/v1/assessment-weights',
    );
    expect(current.body.version).toBe(0);
    const bad = await admin.put('/api/v1/assessment-weights', {
      weights: { ...current.body.weights, department: { dueCount: 10 } },
      gradeBands: { A: 90, B: 75, C: 60, D: 40 },
    });
    expect(bad.status).toBe(400);
    const put = await admin.put<{ version: number }>('/api/v1/assessment-weights', {
      weights: { ...current.body.weights, department: { handledRate: 100 } },
      gradeBands: { A: 95, B: 80, C: 60, D: 40 },
    });
    expect([put.status, put.body.version]).toEqual([200, 1]);
    const same = { weights: current.body.weights, gradeBands: { A: 90, B: 75, C: 60, D: 40 } };
    expect((await (await w.as('leader')).put('/api/v1/assessment-weights', same)).status).toBe(403);
    const third = await (await w.as('leader')).post<Run>('/api/v1/assessments', MARCH);
    expect([third.body.weightsVersion, hbjOf(third.body).score]).toEqual([1, 83.3]);
    expect(
      (await (await w.as('leader')).get<Run>(`/api/v1/assessments/${first.id}`)).body.weightsVersion,
    ).toBe(0);
  });

  it('exports a run as XLSX with the frozen numbers', async () => {
    const leader = await w.as('leader');
    const res = await w.server.fetch(`/api/v1/assessments/${first.id}/export.xlsx?subject=department`, {
      headers: { cookie: leader.cookie! },
    });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const line = (sheet.getRow(2).values as unknown[]).slice(1);
    expect([
      line[header.indexOf('编码/用户名')],
      line[header.indexOf('超期未处置数')],
      line[header.indexOf('综合得分')],
    ]).toEqual(['hbj', 1, 70.3]);
  });
});
