/**
 * Deadlines read through the API, each worked out by hand from docs/workflow.md: work windows
 * 08:30–12:00 and 13:30–17:30 Asia/Shanghai on workdays of the calendar (China's 2026 holidays and
 * make-up workdays), one working day = 450 working minutes, the default limits (立案 and 派遣
 * 30 working minutes, 核实 60, 核查 2 working hours, 结案 30; 处置 by item: chimney black smoke
 * 1 working day, vehicle black smoke 5; urgent: half, rounded up to whole hours, at least 2;
 * critical: 2 natural hours). Every start below lies outside working time or close to a window's
 * end, so a deadline computed in natural time (or ignoring the calendar) is a different instant.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import { CaseWorld, type CaseBody, type Spot } from '../../test/case-world.ts';

/** An instant written as local Beijing time. */
const T = (local: string): number => Date.parse(`${local}:00+08:00`);
const iso = (ms: number | null) =>
  ms === null ? null : new Date(ms + 8 * 3600_000).toISOString().slice(0, 16);

describeEachEngineWithDemo('case deadlines on the working-time calendar', (ctx) => {
  let w: CaseWorld;
  let spot: Spot;
  let hbj: string;

  beforeAll(async () => {
    w = await CaseWorld.start(ctx.db);
    spot = await w.spot('sup001-01');
    hbj = await w.dept('hbj');
  });
  afterAll(() => w.close());

  /** The deadline the action answered with, and the one a fresh read shows, both as local time. */
  async function expectDeadline(c: CaseBody, local: string): Promise<void> {
    expect(iso(c.deadline)).toBe(iso(T(local)));
    const again = await w.read(c.id);
    expect(iso(again.deadline)).toBe(iso(T(local)));
    expect((again as CaseBody & { calendarFallback: boolean }).calendarFallback).toBe(false);
  }

  /** Report → file → dispatch to hbj at three given local times, for one case per item. */
  async function dispatchedAt(
    times: [string, string, string],
    ...cases: { itemCode?: string; urgency?: string }[]
  ): Promise<CaseBody[]> {
    const opts = cases.length ? cases : [{}];
    w.at(T(times[0]));
    const out: CaseBody[] = [];
    for (const o of opts)
      out.push(await w.report('sup001-01', spot, { itemCode: o.itemCode ?? 'air.chimney_black_smoke' }));
    w.at(T(times[1]));
    for (const [i, o] of opts.entries())
      out[i] = await w.act('center', out[i]!, 'file', o.urgency ? { urgency: o.urgency } : {});
    w.at(T(times[2]));
    for (const i of out.keys())
      out[i] = await w.act('center', out[i]!, 'dispatch', { leadDepartmentId: hbj });
    return out;
  }
  const dispatchedOne = async (
    times: [string, string, string],
    o: { itemCode?: string; urgency?: string } = {},
  ) => (await dispatchedAt(times, o))[0]!;

  it('counts a Friday-evening report, filing and dispatch into Monday morning', async () => {
    // Friday 17:15: 15 of the 30 filing minutes are left today, the rest run from Monday 08:30.
    w.at(T('2026-03-06T17:15'));
    let c = await w.report('sup001-01', spot);
    expect(c.status).toBe('reported');
    await expectDeadline(c, '2026-03-09T08:45');
    // Filed 17:20: 10 minutes Friday + 20 Monday.
    w.at(T('2026-03-06T17:20'));
    c = await w.act('center', c, 'file');
    await expectDeadline(c, '2026-03-09T08:50');
    // Dispatched 17:25 with 1 working day (450 min): 5 Friday + 210 Monday morning + 235 Monday afternoon.
    w.at(T('2026-03-06T17:25'));
    c = await w.act('center', c, 'dispatch', { leadDepartmentId: hbj });
    await expectDeadline(c, '2026-03-09T17:25');

    // A hotline call on Saturday morning: the 60 verification minutes start Monday 08:30.
    w.at(T('2026-03-07T10:00'));
    const call = await w.report('center', spot, { description: '周六来电' });
    expect(call.status).toBe('pending_verification');
    await expectDeadline(call, '2026-03-09T09:30');

    // Feedback Monday 11:00, 2 working hours to check: 60 before lunch, 60 after.
    w.at(T('2026-03-09T11:00'));
    c = await w.act('hbj01', c, 'feedback', { result: '已整改' });
    await expectDeadline(c, '2026-03-09T14:30');
    // Verified at 12:10 (lunch): the 30 filing minutes start at 13:30.
    w.at(T('2026-03-09T12:10'));
    const verified = await w.act('sup001-01', call, 'verify', { real: true });
    await expectDeadline(verified, '2026-03-09T14:00');
    // Checked Monday 17:20: 10 closing minutes Monday, 20 on Tuesday.
    w.at(T('2026-03-09T17:20'));
    c = await w.act('sup001-01', c, 'check', { passed: true });
    await expectDeadline(c, '2026-03-10T08:50');
  });

  it('moves a deadline by an approved extension in working hours, across lunch', async () => {
    // Waste burning on a site: 2 working hours, dispatched at 08:00 before work → due 10:30.
    let c = await dispatchedOne(['2026-03-10T07:40', '2026-03-10T07:50', '2026-03-10T08:00'], {
      itemCode: 'air.site_waste_burning',
    });
    await expectDeadline(c, '2026-03-10T10:30');
    w.at(T('2026-03-10T09:00'));
    c = await w.act('hbj01', c, 'request_extension', {
      reason: '需要检测',
      extra: { amount: 2, unit: 'hour' },
    });
    await expectDeadline(c, '2026-03-10T10:30'); // only an approval moves it
    w.at(T('2026-03-10T09:05'));
    c = await w.act('center', c, 'approve_extension');
    // From the old deadline 10:30: 90 minutes to 12:00, 30 more from 13:30.
    await expectDeadline(c, '2026-03-10T14:00');
  });

  it('keeps urgent limits in working hours and critical limits in natural hours', async () => {
    // Urgent: half of 1 working day (225 min) rounded up to whole hours = 4 working hours:
    // 90 minutes Friday 16:00–17:30, 150 Monday from 08:30.
    const urgent = await dispatchedOne(['2026-03-13T15:40', '2026-03-13T15:50', '2026-03-13T16:00'], {
      urgency: 'urgent',
    });
    expect(urgent.urgency).toBe('urgent');
    await expectDeadline(urgent, '2026-03-16T11:00');
    // Critical: 2 natural hours, through the Friday evening.
    const critical = await dispatchedOne(['2026-03-13T16:40', '2026-03-13T16:50', '2026-03-13T17:00'], {
      urgency: 'critical',
    });
    await expectDeadline(critical, '2026-03-13T19:00');
  });

  it('gives evening nuisances (open-air barbecue, open burning) 2 natural hours', async () => {
    // Reported, filed and dispatched on a Friday evening: due the same evening, not Monday.
    const [bbq, burning] = await dispatchedAt(
      ['2026-03-13T19:00', '2026-03-13T19:10', '2026-03-13T19:20'],
      { itemCode: 'air.open_barbecue' },
      { itemCode: 'air.open_burning' },
    );
    await expectDeadline(bbq!, '2026-03-13T21:20');
    await expectDeadline(burning!, '2026-03-13T21:20');
  });

  it('shifts the deadline by the working time a suspension lasted', async () => {
    let c = await dispatchedOne(['2026-03-16T08:40', '2026-03-16T08:50', '2026-03-16T09:00']);
    await expectDeadline(c, '2026-03-17T09:00');
    w.at(T('2026-03-16T16:00'));
    c = await w.act('hbj01', c, 'request_suspension', { reason: '企业停产' });
    w.at(T('2026-03-16T16:30'));
    c = await w.act('center', c, 'approve_suspension');
    expect(c.status).toBe('suspended');
    // Resumed Tuesday 11:00: paused 60 working minutes Monday + 150 Tuesday = 210, added to
    // Tuesday 09:00: 180 until 12:00, 30 from 13:30.
    w.at(T('2026-03-17T11:00'));
    c = await w.act('center', c, 'resume');
    expect(c.status).toBe('dispatched');
    await expectDeadline(c, '2026-03-17T14:00');

    // Over a weekend: suspended Friday 16:30, resumed Monday 09:00 → 60 + 30 working minutes.
    let d = await dispatchedOne(['2026-03-20T09:40', '2026-03-20T09:50', '2026-03-20T10:00']);
    await expectDeadline(d, '2026-03-23T10:00');
    w.at(T('2026-03-20T16:20'));
    d = await w.act('hbj01', d, 'request_suspension', { reason: '企业停产' });
    w.at(T('2026-03-20T16:30'));
    d = await w.act('center', d, 'approve_suspension');
    w.at(T('2026-03-23T09:00'));
    d = await w.act('center', d, 'resume');
    await expectDeadline(d, '2026-03-23T11:30');
  });

  it('skips Qingming (Mon 2026-04-06) after a Friday dispatch', async () => {
    // 90 minutes Friday; Saturday, Sunday and the Monday holiday off; 360 on Tuesday.
    const c = await dispatchedOne(['2026-04-03T15:40', '2026-04-03T15:50', '2026-04-03T16:00']);
    await expectDeadline(c, '2026-04-07T16:00');
    // A Friday 17:20 report: 10 filing minutes Friday, 20 on Tuesday.
    w.at(T('2026-04-03T17:20'));
    const late = await w.report('sup001-01', spot, { description: '节前上报' });
    await expectDeadline(late, '2026-04-07T08:50');
  });

  it('skips Labour Day (2026-05-01…05) and counts the make-up Saturday 2026-05-09', async () => {
    // 1 working day from Thursday 17:00: 30 minutes Thursday, 420 on Wednesday 05-06.
    // 5 working days (2250 min) from Thursday 17:00: 30 Thu; 450 each on Wed 06, Thu 07, Fri 08,
    // Sat 09 (make-up workday) = 1830; the last 420 on Monday 05-11.
    const [oneDay, fiveDays] = await dispatchedAt(
      ['2026-04-30T16:40', '2026-04-30T16:50', '2026-04-30T17:00'],
      { itemCode: 'air.chimney_black_smoke' },
      { itemCode: 'air.vehicle_black_smoke' },
    );
    await expectDeadline(oneDay!, '2026-05-06T17:00');
    await expectDeadline(fiveDays!, '2026-05-11T17:00');
  });
});
