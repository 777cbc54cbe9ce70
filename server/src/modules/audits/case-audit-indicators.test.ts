// Rule: a failed 督查 re-check is a false closure of the lead department and a false check of the
// supervisor who passed the check; a filed 稽查 finding is a missed report of the grid's supervisor
// (docs/indicators.md, docs/audits.md).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { caseIn, CaseWorld } from '../../test/case-world.ts';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';

interface Table {
  rows: {
    subject: { id: string; code?: string; username?: string };
    indicators: Record<string, { value: number | null; numerator: number; denominator: number | null }>;
  }[];
}

const DAY = '2026-04-06';
const DAY_MS = Date.UTC(2026, 3, 6, 1, 0, 0);

describeEachEngineWithDemo('督查 and 稽查 in the indicators', (ctx) => {
  let w: CaseWorld;
  beforeAll(async () => {
    w = await CaseWorld.start(ctx.db);
    w.at(DAY_MS);
  }, 120_000);
  afterAll(() => w.close());

  const figure = async (subject: 'department' | 'supervisor', who: string, key: string) => {
    const r = await (
      await w.as('leader')
    ).get<Table>(`/api/v1/indicators?subject=${subject}&from=${DAY}&to=${DAY}`);
    expect(r.status).toBe(200);
    const id = subject === 'department' ? await w.dept(who) : await w.userId(who);
    return r.body.rows.find((row) => row.subject.id === id)?.indicators[key]?.numerator ?? 0;
  };

  it('a failed re-check counts one false closure for hbj and one false check for sup001-01', async () => {
    await caseIn(w, 'closed', { lead: 'hbj', gridOf: 'sup001-01' });
    expect(await figure('department', 'hbj', 'falseCloseCount')).toBe(0);
    expect(await figure('supervisor', 'sup001-01', 'falseCheckCount')).toBe(0);
    const auditor = await w.as('auditor');
    const run = (
      await auditor.post<{ id: string; samples: { id: string; version: number }[] }>('/api/v1/audits', {
        from: DAY,
        to: DAY,
        rate: 1,
        seed: 3,
      })
    ).body;
    expect(run.samples).toHaveLength(1);
    const s = run.samples[0]!;
    const res = await auditor.post(`/api/v1/audits/${run.id}/samples/${s.id}/recheck`, {
      version: s.version,
      result: 'failed',
      note: '现场仍在冒黑烟',
    });
    expect(res.status).toBe(200);
    // The follow-up case the failed re-check opened is the same problem, reported: once filed it
    // is a filing of the grid, never a missed report of its supervisor.
    const followUp = (
      await auditor.get<{ samples: { id: string; followUpCaseId: string | null }[] }>(
        `/api/v1/audits/${run.id}`,
      )
    ).body.samples.find((x) => x.id === s.id)!.followUpCaseId!;
    expect(followUp).toBeTruthy();
    const missedBefore = await figure('supervisor', 'sup001-01', 'missedReportCount');
    await w.act('center', await w.read(followUp), 'file');
    expect(await figure('supervisor', 'sup001-01', 'missedReportCount')).toBe(missedBefore);
    expect(await figure('department', 'hbj', 'falseCloseCount')).toBe(1);
    expect(await figure('supervisor', 'sup001-01', 'falseCheckCount')).toBe(1);
    expect(await figure('department', 'cgzf', 'falseCloseCount')).toBe(0);
    expect(await figure('supervisor', 'sup001-02', 'falseCheckCount')).toBe(0);
  });

  it("a 稽查 finding, once filed, counts one missed report for the grid's supervisor", async () => {
    const before = await figure('supervisor', 'sup001-02', 'missedReportCount');
    const spot = await w.spot('sup001-02');
    const found = await w.report('auditor', spot, { description: '稽查发现:露天焚烧未上报' });
    await w.act('center', found, 'file');
    expect(await figure('supervisor', 'sup001-02', 'missedReportCount')).toBe(before + 1);
    const listed = await (
      await w.as('auditor')
    ).get<{ items: { caseId: string; supervisorId: string | null }[] }>(
      `/api/v1/audits/findings?from=${DAY}&to=${DAY}`,
    );
    expect(listed.body.items.find((i) => i.caseId === found.id)?.supervisorId).toBe(
      await w.userId('sup001-02'),
    );
  });
});
