/**
 * The cases of docs/indicators.md's worked examples, built through the API on Monday 2026-03-02
 * (one finished on Tuesday), a failed 督查 re-check on Wednesday; leaves the clock on Thursday
 * 2026-03-05 09:00.
 */
import { randomUUID } from 'node:crypto';
import type { CaseBody, CaseWorld } from '../../test/case-world.ts';

/** Beijing wall time on a March 2026 day. */
export const local = (day: number, h: number, m = 0) => Date.UTC(2026, 2, day, h - 8, m);

export async function buildWorkedExamples(w: CaseWorld): Promise<Record<string, CaseBody>> {
  const hbj = await w.dept('hbj');
  const cgzf = await w.dept('cgzf');
  const jd001 = await w.dept('jd001');
  const spot = await w.spot('sup001-01');
  const c: Record<string, CaseBody> = {};
  const at = (day: number, h: number, m: number) => w.at(local(day, h, m));
  const act = async (k: string, who: string, action: string, body: Record<string, unknown> = {}) => {
    c[k] = await w.act(who, c[k]!, action, body);
  };
  const dispatch = (k: string, lead: string) =>
    act(k, 'center', 'dispatch', { leadDepartmentId: lead, assistDepartmentIds: [] });

  at(2, 9, 0);
  for (const k of ['A', 'B', 'C', 'D', 'F', 'G', 'H']) c[k] = await w.report('sup001-01', spot);
  c.E = await w.report('center', spot, { itemCode: 'air.road_dust', description: '道路扬尘（市民来电）' });
  at(2, 9, 5);
  for (const k of ['A', 'B', 'C', 'D', 'F', 'G', 'H']) await act(k, 'center', 'file');
  at(2, 9, 10);
  for (const k of ['A', 'C', 'D', 'F', 'H']) await dispatch(k, hbj);
  await act('G', 'center', 'void', { reason: '重复上报' });
  at(2, 9, 20);
  await act('A', 'hbj01', 'feedback', { result: '已整改' });
  await act('F', 'hbj01', 'feedback', { result: '已整改' });
  await act('C', 'hbj01', 'return', { reason: '不属于本部门职责' });
  at(2, 9, 25);
  await dispatch('C', cgzf);
  at(2, 9, 30);
  await act('A', 'sup001-01', 'check', { passed: true });
  at(2, 9, 40);
  await act('A', 'center', 'close');
  await act('C', 'cgzf01', 'feedback', { result: '已整改' });
  at(2, 9, 50);
  await act('C', 'sup001-01', 'check', { passed: true });
  at(2, 10, 0);
  await act('C', 'center', 'close');
  await dispatch('B', hbj);
  at(2, 10, 10);
  await act('B', 'hbj01', 'request_extension', { reason: '需要检测', extra: { amount: 1, unit: 'day' } });
  at(2, 10, 15);
  await act('B', 'center', 'approve_extension');
  at(2, 10, 30);
  await act('B', 'hbj01', 'feedback', { result: '已整改' });
  at(2, 10, 40);
  await act('B', 'sup001-01', 'check', { passed: false, note: '仍冒黑烟' });
  at(2, 11, 0);
  await act('B', 'hbj01', 'feedback', { result: '再次整改' });
  await act('E', 'sup001-01', 'verify', { real: true });
  at(2, 11, 5);
  await act('E', 'sub001', 'file');
  at(2, 11, 10);
  await act('B', 'sup001-01', 'check', { passed: true });
  await act('E', 'sub001', 'dispatch', { leadDepartmentId: jd001, assistDepartmentIds: [] });
  at(2, 11, 15);
  await act('E', 'jd001-01', 'feedback', { result: '已清扫' });
  at(2, 11, 20);
  await act('E', 'sup001-01', 'check', { passed: true });
  at(2, 11, 25);
  await act('E', 'sub001', 'close');
  at(3, 9, 0);
  await act('B', 'center', 'close');
  at(3, 10, 0);
  await act('H', 'hbj01', 'feedback', { result: '已整改' });
  at(3, 10, 10);
  await act('H', 'sup001-01', 'check', { passed: true });
  at(3, 10, 20);
  await act('H', 'center', 'close');

  // 督查 (audits API built in parallel): case A's on-site re-check failed on Wednesday 10:00.
  await w.server.app.deps.db.kysely
    .insertInto('case_audit_samples')
    .values({
      id: randomUUID(),
      run_id: randomUUID(),
      case_id: c.A!.id,
      department_id: hbj,
      auditor_id: await w.userId('auditor'),
      result: 'failed',
      note: '复查仍冒黑烟',
      attachment_ids: '[]',
      checked_at: local(4, 10, 0),
      follow_up_case_id: null,
      version: 2,
    })
    .execute();
  w.at(local(5, 9, 0));
  return c;
}
