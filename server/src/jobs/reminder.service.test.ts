import { ManualClock } from '@envgrid/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { act, login, pointInGridOf, type CaseDto } from '../test/case-fixtures.ts';
import type { ApiClient } from '../test/api-client.ts';
import { describeEachEngineWithDemo } from '../test/db-harness.ts';
import { startTestServer, TEST_EPOCH, type TestServer } from '../test/http-harness.ts';
import { seedDemo } from '../test/seed.ts';

const MIN = 60_000;

describeEachEngineWithDemo('reminders', (ctx) => {
  let server: TestServer;
  const clock = new ManualClock(TEST_EPOCH); // Monday 09:00 Asia/Shanghai
  let sup: ApiClient, center: ApiClient, leader: ApiClient, sub: ApiClient;
  let c: CaseDto;
  const inbox = async (who: ApiClient) =>
    (await who.get<{ items: { kind: string; caseId: string }[] }>('/api/v1/notifications')).body.items.filter(
      (n) => n.caseId === c.id && n.kind.startsWith('reminder.'),
    );

  beforeAll(async () => {
    await seedDemo(ctx.db, clock);
    server = await startTestServer(ctx.db, { clock });
    let admin: ApiClient;
    [sup, center, leader, sub, admin] = await login(
      server,
      'sup001-01',
      'center',
      'leader',
      'sub001',
      'admin',
    );
    const spot = await pointInGridOf(sup, admin);
    const r = await sup.post<CaseDto>('/api/v1/cases', {
      itemCode: 'air.chimney_black_smoke',
      description: '提醒',
      location: { lng: spot.lng, lat: spot.lat },
    });
    c = r.body; // 立案 within 30 working minutes: due 09:30
  });
  afterAll(() => server.close());

  it('reminds the next actor once at yellow, and escalates once at red', async () => {
    // 立案 within 30 working minutes of Monday 09:00: due 09:30, green until 80% (09:24).
    expect(c).toMatchObject({ status: 'reported', light: 'green', overdue: false });
    expect(c.deadline).toBe(Date.parse('2026-03-02T09:30:00+08:00'));
    expect(await server.app.services.reminders.run()).toEqual({ yellow: 0, red: 0 });
    clock.advance(25 * MIN); // 83% of 30 minutes
    expect((await center.get<CaseDto>(`/api/v1/cases/${c.id}`)).body.light).toBe('yellow');
    expect(await server.app.services.reminders.run()).toEqual({ yellow: 1, red: 0 });
    expect(await server.app.services.reminders.run()).toEqual({ yellow: 0, red: 0 }); // once only
    expect((await inbox(center)).map((n) => n.kind)).toEqual(['reminder.yellow']);
    expect(await inbox(leader)).toEqual([]);
    expect(await inbox(sub)).toEqual([]); // a district-level case: the sub-center does not act on it

    clock.advance(10 * MIN); // past the deadline
    const late = (await center.get<CaseDto>(`/api/v1/cases/${c.id}`)).body;
    expect(late).toMatchObject({ light: 'red', overdue: true });
    expect(await server.app.services.reminders.run()).toEqual({ yellow: 0, red: 1 });
    // Red reaches whoever must act (the center, intake and dispatcher here), the leaders and the sub-center.
    const kinds = async (who: ApiClient) => (await inbox(who)).map((n) => n.kind).sort();
    expect(await kinds(center)).toEqual(['reminder.red', 'reminder.yellow']);
    expect(await kinds(leader)).toEqual(['reminder.red']);
    expect(await kinds(sub)).toEqual(['reminder.red']);
    const overdue = await center.get<{ items: CaseDto[] }>('/api/v1/cases?overdue=true&limit=200');
    expect(overdue.body.items.map((x) => x.id)).toContain(c.id);
    expect(overdue.body.items.filter((x) => !x.overdue || x.light !== 'red')).toEqual([]);

    // Filing starts the next step: its own reminders, from green again.
    const filed = await act(center, late, 'file');
    expect(filed).toMatchObject({ status: 'filed', light: 'green', overdue: false });
    // 派遣 within 30 working minutes of the filing at 09:35: due 10:05.
    expect(filed.deadline).toBe(Date.parse('2026-03-02T10:05:00+08:00'));
    expect(await server.app.services.reminders.run()).toEqual({ yellow: 0, red: 0 });
    // Nobody is reminded again for the step that ended.
    expect(await kinds(center)).toEqual(['reminder.red', 'reminder.yellow']);
    expect(await kinds(leader)).toEqual(['reminder.red']);
  });
});
