/**
 * Help while handling (docs/workflow.md): the lead department invites assisting departments
 * (joint enforcement it organises) and brings in the grid's officers, who record what they did.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import { caseIn, CaseWorld } from '../../test/case-world.ts';

describeEachEngineWithDemo('help while handling', (ctx) => {
  let w: CaseWorld;
  beforeAll(async () => {
    w = await CaseWorld.start(ctx.db);
  });
  afterAll(() => w.close());

  const inbox = async (who: string) =>
    (
      await (
        await w.as(who)
      ).get<{ items: { kind: string; caseId: string | null }[] }>('/api/v1/notifications')
    ).body.items;

  it('the lead department invites an assisting department, whose part feedback then waits for', async () => {
    let c = await caseIn(w, 'dispatched', { assists: [] });
    const [hbj, swj, cgzf] = [await w.dept('hbj'), await w.dept('swj'), await w.dept('cgzf')];
    const lead = await w.try('hbj01', c, 'invite_assist', { assistDepartmentIds: [hbj] });
    expect([lead.status, lead.body.error?.code]).toEqual([400, 'VALIDATION_FAILED']);
    const none = await w.try('hbj01', c, 'invite_assist', { assistDepartmentIds: [] });
    expect([none.status, none.body.error?.details]).toEqual([
      400,
      [{ path: 'body/assistDepartmentIds', message: 'Name at least one department to invite' }],
    ]);
    expect((await w.try('swj01', c, 'invite_assist', { assistDepartmentIds: [cgzf] })).status).toBe(404);

    c = await w.act('hbj01', c, 'invite_assist', {
      assistDepartmentIds: [swj, cgzf],
      note: '需水务局、城管配合',
    });
    expect([c.status, [...c.assistDepartmentIds].sort()]).toEqual(['dispatched', [swj, cgzf].sort()]);
    expect((await inbox('swj01')).filter((n) => n.caseId === c.id).map((n) => n.kind)).toEqual([
      'case.invite_assist',
    ]);
    expect(
      (await (await w.as('swj01')).get<{ abilities: string[] }>(`/api/v1/cases/${c.id}`)).body.abilities,
    ).toContain('assist_feedback');
    const early = await w.try('hbj01', c, 'feedback', { result: '已整改' });
    expect([early.status, early.body.error?.code]).toEqual([409, 'INVALID_TRANSITION']);
    c = await w.act('swj01', c, 'assist_feedback', { result: '已疏通管道' });
    c = await w.act('cgzf01', c, 'assist_feedback', { result: '已配合执法' });
    c = await w.act('hbj01', c, 'feedback', { result: '已整改' });
    expect(c.status).toBe('pending_check');
  });

  it('brings in the grid’s officer, who records what they did; others may not', async () => {
    let c = await caseIn(w, 'dispatched');
    const off1 = await w.userId('off001-01');
    const off2 = await w.userId('off002-01');
    // An officer of another street's grids is not one of this case's grid.
    const stranger = await w.try('hbj01', c, 'involve_officer', { officerId: off2 });
    expect([stranger.status, stranger.body.error?.details]).toEqual([
      400,
      [{ path: 'body/officerId', message: expect.any(String) }],
    ]);
    // Not brought in yet: the officer sees the case (their street) but may not record.
    const before = await w.try('off001-01', c, 'officer_report', { note: '现场查看' });
    expect([before.status, before.body.error?.code]).toEqual([403, 'FORBIDDEN']);

    const page = await (
      await w.as('hbj01')
    ).get<{ gridOfficers?: { id: string; name: string }[] }>(`/api/v1/cases/${c.id}`);
    expect(page.body.gridOfficers?.map((o) => o.id)).toEqual([off1]);
    c = await w.act('hbj01', c, 'involve_officer', { officerId: off1 });
    const after = await (await w.as('hbj01')).get<{ gridOfficers?: unknown[] }>(`/api/v1/cases/${c.id}`);
    expect(after.body.gridOfficers).toEqual([]);
    expect((await inbox('off001-01')).filter((n) => n.caseId === c.id).map((n) => n.kind)).toEqual([
      'case.involve_officer',
    ]);
    const twice = await w.try('hbj01', c, 'involve_officer', { officerId: off1 });
    expect(twice.status).toBe(400);
    expect(
      (await (await w.as('off001-01')).get<{ abilities: string[] }>(`/api/v1/cases/${c.id}`)).body.abilities,
    ).toEqual(['officer_report', 'comment']);
    const empty = await w.try('off001-01', c, 'officer_report', {});
    expect([empty.status, empty.body.error?.details]).toEqual([
      400,
      [{ path: 'body/note', message: 'What you did (note) is required' }],
    ]);
    c = await w.act('off001-01', c, 'officer_report', { note: '已现场责令停止排放' });
    expect(c.status).toBe('dispatched');
    expect((await w.events(c.id)).map((e) => e.action).slice(-2)).toEqual([
      'involve_officer',
      'officer_report',
    ]);
    expect((await inbox('hbj01')).filter((n) => n.caseId === c.id).map((n) => n.kind)).toContain(
      'case.officer_report',
    );
    // Once the department has fed back, the officer's part is over.
    c = await w.act('cgzf01', c, 'assist_feedback', { result: '已配合' });
    c = await w.act('hbj01', c, 'feedback', { result: '已整改' });
    const late = await w.try('off001-01', c, 'officer_report', { note: '补充' });
    expect([late.status, late.body.error?.code]).toEqual([409, 'INVALID_TRANSITION']);
  });
});
