import { ManualClock } from '@envgrid/core';
import { beforeAll, expect, it } from 'vitest';
import { createDataAccess } from '../../db/repos.ts';
import { LocalEventBus } from '../../realtime/event-bus.ts';
import type { ApiClient } from '../../test/api-client.ts';
import { login, pointInGridOf } from '../../test/case-fixtures.ts';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import { seededServer, TEST_EPOCH } from '../../test/http-harness.ts';
import { ConsultationReminderService } from './consultation-reminder.service.ts';

interface Consultation {
  id: string;
  status: 'open' | 'answered';
  replyDeadlineAt: number;
  firstReplyAt: number | null;
  overdue: boolean;
  remindedAt: number | null;
  escalatedAt: number | null;
}

/** An instant written as a Beijing wall-clock time. */
const bj = (local: string) => Date.parse(`${local.replace(' ', 'T')}:00+08:00`);

describeEachEngineWithDemo('consultation reminders and escalation', (ctx) => {
  const clock = new ManualClock(TEST_EPOCH);
  const server = seededServer(ctx, { clock });
  let sup: ApiClient, off: ApiClient, sub: ApiClient, admin: ApiClient;
  let spot: { lng: number; lat: number; grid: string };
  const job = () =>
    new ConsultationReminderService(
      createDataAccess(ctx.db),
      clock,
      server.app.services.workSettings,
      new LocalEventBus(),
    );
  /** Runs the job at `local` (Beijing) and keeps what it did to these consultations only. */
  const runAt = async (local: string, ...ofThese: { id: string }[]) => {
    clock.set(bj(local));
    const r = await job().run();
    const ids = new Set(ofThese.map((c) => c.id));
    return {
      reminded: r.reminded.filter((id) => ids.has(id)),
      escalated: r.escalated.filter((id) => ids.has(id)),
    };
  };
  const nothing = { reminded: [], escalated: [] };
  const ask = async (local: string, question: string, where = spot) => {
    clock.set(bj(local));
    const r = await sup.post<Consultation>('/api/v1/consultations', {
      question,
      location: { lng: where.lng, lat: where.lat },
    });
    expect(r.status).toBe(201);
    return r.body;
  };
  const inbox = async (who: ApiClient, c: { id: string }) =>
    (
      await who.get<{ items: { kind: string; body: string | null }[] }>('/api/v1/notifications?limit=200')
    ).body.items
      .filter((n) => n.body?.endsWith(`consultation:${c.id}`))
      .map((n) => n.kind)
      .sort();
  const read = async (c: { id: string }) =>
    (await sup.get<Consultation>(`/api/v1/consultations/${c.id}`)).body;

  /** Sessions lapse after 8 idle hours: each test signs in afresh on its own day. */
  const signIn = async (local: string) => {
    clock.set(bj(local));
    [sup, off, sub, admin] = await login(server, 'sup001-01', 'off001-01', 'sub001', 'admin');
  };

  beforeAll(async () => {
    await signIn('2026-03-02 09:00');
    spot = await pointInGridOf(sup, admin);
  });

  it('reminds the grid’s officers once when unanswered, then escalates once to the sub-center', async () => {
    await signIn('2026-03-03 08:00');
    const q = await ask('2026-03-03 09:00', '锅炉房冒黑烟五分钟，要上报吗？'); // a Tuesday
    expect(q.replyDeadlineAt).toBe(bj('2026-03-03 11:00'));
    expect(await runAt('2026-03-03 11:00', q)).toEqual(nothing); // due at 11:00, not late yet
    expect(await runAt('2026-03-03 11:01', q)).toEqual({ reminded: [q.id], escalated: [] });
    expect(await runAt('2026-03-03 11:02', q)).toEqual(nothing); // once only
    expect(await inbox(off, q)).toEqual(['consultation.ask', 'consultation.remind']);
    expect(await inbox(sub, q)).toEqual([]);
    expect(await read(q)).toMatchObject({
      status: 'open',
      overdue: true,
      remindedAt: bj('2026-03-03 11:01'),
    });

    // Two more working hours: 11:00–12:00, lunch, 13:30–14:30.
    expect(await runAt('2026-03-03 14:29', q)).toEqual(nothing);
    expect(await runAt('2026-03-03 14:30', q)).toEqual({ reminded: [], escalated: [q.id] });
    expect(await runAt('2026-03-03 14:31', q)).toEqual(nothing);
    expect(await inbox(sub, q)).toEqual(['consultation.escalate']);
    expect(await inbox(off, q)).toEqual(['consultation.ask', 'consultation.remind']);

    // The sub-center answers in the officers' stead: answered, late.
    clock.set(bj('2026-03-03 15:00'));
    const r = await sub.post<Consultation>(`/api/v1/consultations/${q.id}/replies`, {
      text: '按锅炉黑烟上报。',
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      status: 'answered',
      firstReplyAt: bj('2026-03-03 15:00'),
      overdue: true,
      escalatedAt: bj('2026-03-03 14:30'),
    });
    expect(await inbox(sup, q)).toEqual(['consultation.reply']);
  });

  it('counts the reply limit in working time: a Friday 17:30 question is due Monday 10:30', async () => {
    await signIn('2026-03-06 17:00');
    const q = await ask('2026-03-06 17:30', '周五下班前发现的排口，怎么定性？');
    // Friday's work ends at 17:30; two working hours from Monday 08:30.
    expect(q.replyDeadlineAt).toBe(bj('2026-03-09 10:30'));
    expect(await runAt('2026-03-07 12:00', q)).toEqual(nothing); // Saturday
    expect(await runAt('2026-03-09 10:30', q)).toEqual(nothing);
    expect(await runAt('2026-03-09 10:31', q)).toEqual({ reminded: [q.id], escalated: [] });
    // 10:30–12:00 and 13:30–14:00 make the second two working hours.
    expect(await runAt('2026-03-09 13:59', q)).toEqual(nothing);
    expect(await runAt('2026-03-09 14:00', q)).toEqual({ reminded: [], escalated: [q.id] });
  });

  it('leaves an answered consultation alone', async () => {
    await signIn('2026-03-10 08:00');
    const q = await ask('2026-03-10 09:00', '及时答复的咨询');
    clock.set(bj('2026-03-10 09:30'));
    expect((await off.post(`/api/v1/consultations/${q.id}/replies`, { text: '按扬尘上报。' })).status).toBe(
      201,
    );
    expect(await runAt('2026-03-10 11:01', q)).toEqual(nothing);
    expect(await runAt('2026-03-10 16:00', q)).toEqual(nothing);
    expect(await read(q)).toMatchObject({
      status: 'answered',
      overdue: false,
      remindedAt: null,
      escalatedAt: null,
    });
    expect(await inbox(off, q)).toEqual(['consultation.ask']);
  });

  it('sends a question of a grid without officers to the street’s sub-center at once', async () => {
    await signIn('2026-03-11 08:00');
    const other = await pointInGridOf(sup, admin, 1);
    const offId = (await off.get<{ user: { id: string } }>('/api/v1/me')).body.user.id;
    expect((await admin.delete(`/api/v1/grids/${other.grid}/officers/${offId}`)).status).toBe(200);
    const q = await ask('2026-03-11 09:00', '这个网格没有执法员，谁来答？', other);
    expect(await inbox(sub, q)).toEqual(['consultation.ask']);
    expect(await inbox(off, q)).toEqual([]);
    expect((await off.get(`/api/v1/consultations/${q.id}`)).status).toBe(404);
    expect(await runAt('2026-03-11 11:01', q)).toEqual({ reminded: [q.id], escalated: [] });
    expect(await inbox(sub, q)).toEqual(['consultation.ask', 'consultation.remind']);
    expect((await admin.post(`/api/v1/grids/${other.grid}/officers`, { userId: offId })).status).toBe(200);
  });

  it('never reminds or escalates twice, even with two processes at once', async () => {
    await signIn('2026-03-12 08:00');
    const qs = [
      await ask('2026-03-12 09:00', '并发提醒一'),
      await ask('2026-03-12 09:00', '并发提醒二'),
      await ask('2026-03-12 09:00', '并发提醒三'),
    ];
    const ids = qs.map((q) => q.id).sort();
    const race = async (local: string) => {
      clock.set(bj(local));
      const [a, b] = await Promise.all([job().run(), job().run()]);
      const mine = (list: string[]) => list.filter((id) => ids.includes(id));
      return {
        reminded: [...mine(a.reminded), ...mine(b.reminded)].sort(),
        escalated: [...mine(a.escalated), ...mine(b.escalated)].sort(),
      };
    };
    expect(await race('2026-03-12 11:01')).toEqual({ reminded: ids, escalated: [] });
    expect(await race('2026-03-12 14:30')).toEqual({ reminded: [], escalated: ids });
    for (const q of qs) {
      expect(await inbox(off, q)).toEqual(['consultation.ask', 'consultation.remind']);
      expect(await inbox(sub, q)).toEqual(['consultation.escalate']);
    }
  });
});
