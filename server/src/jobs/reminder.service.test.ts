import { createWorkCalendar, ManualClock, type CaseRecord } from '@envgrid/core';
import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDataAccess, type DataAccess } from '../db/repos.ts';
import type { DueStepsQuery } from '../modules/cases/case-due-query.ts';
import { dueStepsQuery } from '../modules/cases/case-due.repository.ts';
import { DepartmentDirectory } from '../modules/departments/department-directory.ts';
import { WorkSettingsService } from '../modules/settings/work-settings.service.ts';
import { LocalEventBus } from '../realtime/event-bus.ts';
import { act, login, pointInGridOf, type CaseDto } from '../test/case-fixtures.ts';
import type { ApiClient } from '../test/api-client.ts';
import { describeEachEngine, describeEachEngineWithDemo } from '../test/db-harness.ts';
import { startTestServer, TEST_EPOCH, type TestServer } from '../test/http-harness.ts';
import { seedDemo } from '../test/seed.ts';
import { dueStepBounds, ReminderService } from './reminder.service.ts';

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

/** An instant in Asia/Shanghai, written as people read it: '2026-03-09 17:00'. */
const bj = (t: string) => Date.parse(`${t.replace(' ', 'T')}:00+08:00`);

/** A case on a step's clock; only the clock and the status matter to the reminders. */
function onClock(id: string, n: number, c: Partial<CaseRecord>): CaseRecord {
  const at = bj('2026-03-02 09:00');
  return {
    id,
    caseNo: `R${String(n).padStart(11, '0')}`,
    status: 'dispatched',
    channel: 'patrol',
    itemCode: 'air.chimney_black_smoke',
    urgency: 'normal',
    level: 'district',
    description: id,
    location: { lng: 116.4, lat: 39.9 },
    address: null,
    gridCode: '110101001001001',
    communityCode: '110101001001',
    streetCode: '110101001',
    reporterId: null,
    reporterContact: null,
    leadDepartmentId: null,
    assistDepartmentIds: [],
    assistDoneIds: [],
    sourceId: null,
    duplicateOf: null,
    resolvedOnSite: false,
    step: 'handle',
    stepStartedAt: null,
    stepDeadlineAt: null,
    stepBasis: 'working',
    pausedAt: null,
    pendingRequest: null,
    counters: { returned: 0, reworked: 0, extended: 0, suspended: 0, urged: 0 },
    supervisedAt: null,
    evaluation: null,
    version: 1,
    createdAt: at,
    updatedAt: at,
    closedAt: null,
    ...c,
  };
}

describeEachEngine('reminders: only due steps are read', (ctx) => {
  // Monday 17:00. Working time: 08:30–12:00 and 13:30–17:30, Monday to Friday (no holiday near).
  // Yellow from 80 % of the limit (working minutes elapsed × 5 ≥ limit × 4), red past the deadline.
  const now = bj('2026-03-09 17:00');
  const clock = new ManualClock(now);
  const working = (start: string, deadline: string) => ({
    stepStartedAt: bj(start),
    stepDeadlineAt: bj(deadline),
    stepBasis: 'working' as const,
  });
  const natural = (start: string, deadline: string) => ({
    ...working(start, deadline),
    stepBasis: 'natural' as const,
  });
  const STEPS: Record<string, Partial<CaseRecord>> = {
    // limit 450 + 30 = 480 min, elapsed 420: 87.5 % (in natural time only 35 %).
    overnightYellow: working('2026-03-09 08:30', '2026-03-10 09:00'),
    // limit 450 + 75 = 525, elapsed 420: exactly 80 %.
    working80: working('2026-03-09 08:30', '2026-03-10 09:45'),
    // limit 526, elapsed 420: 2100 < 2104, one minute short of yellow.
    workingJustGreen: working('2026-03-09 08:30', '2026-03-10 09:46'),
    // limit 240 + 210 = 450, elapsed 210: 47 %.
    green: working('2026-03-09 13:30', '2026-03-10 12:00'),
    red: working('2026-03-09 09:00', '2026-03-09 16:00'),
    redSent: working('2026-03-09 09:00', '2026-03-09 16:00'),
    // as overnightYellow, its yellow reminder already out.
    yellowSent: working('2026-03-09 08:30', '2026-03-10 09:00'),
    // its yellow reminder out, and now red.
    yellowSentNowRed: working('2026-03-09 09:00', '2026-03-09 16:30'),
    // now is the deadline itself: yellow, not yet red.
    atDeadline: working('2026-03-09 13:30', '2026-03-09 17:00'),
    // over the weekend: limit 450 + 450 + 90 = 990, elapsed 450 + 420 = 870: 88 %.
    weekendYellow: working('2026-03-06 08:30', '2026-03-10 10:00'),
    // limit 450 + 450 + 450 + 210 = 1560, elapsed 870: 56 %.
    weekendGreen: working('2026-03-06 08:30', '2026-03-11 12:00'),
    // 150 natural minutes, 120 elapsed: exactly 80 %.
    natural80: natural('2026-03-09 15:00', '2026-03-09 17:30'),
    // 149 minutes, 119 elapsed: 595 < 596.
    naturalJustGreen: natural('2026-03-09 15:01', '2026-03-09 17:30'),
    // started five weeks ago, 60 working minutes left: yellow.
    oldYellow: working('2026-02-02 08:30', '2026-03-10 09:00'),
    // started five weeks ago, due in June: green, but its limit reaches past the two weeks either
    // side of now that the database follows exactly, so it may be read early (never late).
    longGreen: working('2026-02-02 08:30', '2026-06-30 17:30'),
    suspended: {
      ...working('2026-03-09 09:00', '2026-03-09 16:00'),
      status: 'suspended',
      pausedAt: bj('2026-03-09 10:00'),
    },
    closed: { status: 'closed', step: null, closedAt: bj('2026-03-09 11:00') },
  };
  const DUE = [
    'overnightYellow',
    'working80',
    'red',
    'yellowSentNowRed',
    'atDeadline',
    'weekendYellow',
    'natural80',
    'oldYellow',
  ];
  const READ_EARLY = ['longGreen'];
  /** Many steps far from yellow, which the job must not read. */
  const MANY_GREEN = 300;
  let data: DataAccess;

  const dueIds = async (limit = 1000, after?: DueStepsQuery['after']) =>
    (await data.repos.cases.dueSteps({ now, ...dueStepBounds(createWorkCalendar(), now), limit, after })).map(
      (c) => c.id,
    );

  beforeAll(async () => {
    data = createDataAccess(ctx.db);
    await data.transaction(async (repos) => {
      let n = 0;
      for (const [id, c] of Object.entries(STEPS)) await repos.cases.insert(onClock(id, n++, c));
      // limit 90 + 450 = 540 min from Monday 16:00, at most 60 elapsed.
      for (let i = 0; i < MANY_GREEN; i++)
        await repos.cases.insert(onClock(`green-${i}`, n++, working('2026-03-09 16:00', '2026-03-10 17:00')));
      await repos.notifications.claimReminder(
        'redSent',
        bj('2026-03-09 09:00'),
        'red',
        bj('2026-03-09 16:01'),
      );
      await repos.notifications.claimReminder(
        'yellowSent',
        bj('2026-03-09 08:30'),
        'yellow',
        bj('2026-03-09 16:00'),
      );
      await repos.notifications.claimReminder(
        'yellowSentNowRed',
        bj('2026-03-09 09:00'),
        'yellow',
        bj('2026-03-09 16:00'),
      );
    });
  });

  it('hands over exactly the steps that are yellow or red and wait for that reminder', async () => {
    expect((await dueIds()).sort()).toEqual([...DUE, ...READ_EARLY].sort());
  });

  it('pages in deadline order without losing or repeating a step', async () => {
    const all = await dueIds();
    const paged: string[] = [];
    for (;;) {
      const page = await data.repos.cases.dueSteps({
        now,
        ...dueStepBounds(createWorkCalendar(), now),
        limit: 3,
        after: paged.length
          ? { deadlineAt: (await data.repos.cases.find(paged.at(-1)!))!.stepDeadlineAt!, id: paged.at(-1)! }
          : undefined,
      });
      if (page.length === 0) break;
      paged.push(...page.map((c) => c.id));
    }
    expect(paged).toEqual(all);
    // Deadline order: the red ones first, the step due in June last.
    expect(paged.slice(0, 2)).toEqual(['red', 'yellowSentNowRed']);
    expect(paged.at(-1)).toBe('longGreen');
  });

  it('reads the running steps on their index, never the whole table', async () => {
    const c = dueStepsQuery(ctx.db.kysely, {
      now,
      ...dueStepBounds(createWorkCalendar(), now),
      limit: 200,
      after: { deadlineAt: now, id: 'red' },
    }).compile();
    const explain = `explain ${ctx.engine === 'sqlite' ? 'query plan ' : ''}${c.sql}`;
    const plan = await ctx.db.kysely.connection().execute(async (conn) => {
      if (ctx.engine === 'postgres') await conn.executeQuery(CompiledQuery.raw('set enable_seqscan = off'));
      try {
        const r = await conn.executeQuery<Record<string, string>>(
          CompiledQuery.raw(explain, [...c.parameters]),
        );
        return r.rows.map((row) => row.detail ?? row['QUERY PLAN']!).join('\n');
      } finally {
        if (ctx.engine === 'postgres') await conn.executeQuery(CompiledQuery.raw('reset enable_seqscan'));
      }
    });
    expect(plan, plan).toMatch(
      ctx.engine === 'sqlite'
        ? /SEARCH c USING INDEX cases_running_step_idx/
        : /Index Scan using cases_running_step_idx/,
    );
    expect(plan, plan).not.toMatch(/SCAN c\b|Seq Scan on cases|TEMP B-TREE FOR ORDER BY|\bSort\b/);
  });

  it('claims each due step once; a step whose reminder went out is not read again', async () => {
    const settings = new WorkSettingsService(data, clock, 'Asia/Shanghai');
    await settings.ensureDefaults();
    const job = new ReminderService(
      data,
      clock,
      settings,
      new LocalEventBus(),
      new DepartmentDirectory(data),
    );
    const sent = async () =>
      (await ctx.db.kysely.selectFrom('reminders_sent').select(['case_id', 'light']).execute())
        .map((r) => `${r.case_id}:${r.light}`)
        .sort();
    const before = ['redSent:red', 'yellowSent:yellow', 'yellowSentNowRed:yellow'];
    expect(await sent()).toEqual(before.sort());
    await job.run();
    const claimed = [
      'overnightYellow:yellow',
      'working80:yellow',
      'red:red',
      'yellowSentNowRed:red',
      'atDeadline:yellow',
      'weekendYellow:yellow',
      'natural80:yellow',
      'oldYellow:yellow',
    ];
    expect(await sent()).toEqual([...before, ...claimed].sort());
    // Only the step read early is still handed over; the job reads it and sends nothing.
    expect(await dueIds()).toEqual(READ_EARLY);
    await job.run();
    expect(await sent()).toEqual([...before, ...claimed].sort());
  });
});
