import { ManualClock } from '@envgrid/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { act, login, pointInGridOf, type CaseDto } from '../test/case-fixtures.ts';
import type { ApiClient } from '../test/api-client.ts';
import { describeEachEngine } from '../test/db-harness.ts';
import { startTestServer, TEST_EPOCH, type TestServer } from '../test/http-harness.ts';
import { seedDemo } from '../test/seed.ts';

const MIN = 60_000;

describeEachEngine('reminders', (ctx) => {
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
    expect(await server.app.services.reminders.run()).toEqual({ yellow: 0, red: 0 });
    clock.advance(25 * MIN); // 83% of 30 minutes
    expect((await center.get<CaseDto>(`/api/v1/cases/${c.id}`)).body.light).toBe('yellow');
    expect(await server.app.services.reminders.run()).toEqual({ yellow: 1, red: 0 });
    expect(await server.app.services.reminders.run()).toEqual({ yellow: 0, red: 0 }); // once only
    expect((await inbox(center)).map((n) => n.kind)).toEqual(['reminder.yellow']);
    expect(await inbox(leader)).toEqual([]);

    clock.advance(10 * MIN); // past the deadline
    const late = (await center.get<CaseDto>(`/api/v1/cases/${c.id}`)).body;
    expect(late).toMatchObject({ light: 'red', overdue: true });
    expect(await server.app.services.reminders.run()).toEqual({ yellow: 0, red: 1 });
    expect((await inbox(leader)).map((n) => n.kind)).toEqual(['reminder.red']);
    expect((await inbox(sub)).map((n) => n.kind)).toEqual(['reminder.red']);
    const overdue = await center.get<{ items: { id: string }[] }>('/api/v1/cases?overdue=true');
    expect(overdue.body.items.map((x) => x.id)).toContain(c.id);

    // Filing starts the next step: its own reminders, from green again.
    const filed = await act(center, late, 'file');
    expect(filed.light).toBe('green');
    expect(await server.app.services.reminders.run()).toEqual({ yellow: 0, red: 0 });
  });
});
