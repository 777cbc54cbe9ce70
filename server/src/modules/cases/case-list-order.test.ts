import { ManualClock } from '@envgrid/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDataAccess } from '../../db/repos.ts';
import { CaseGenerator } from '../../seed/case-generator/case-generator.ts';
import type { ApiClient } from '../../test/api-client.ts';
import { login, type CaseDto } from '../../test/case-fixtures.ts';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import { startTestServer, TEST_EPOCH, type TestServer } from '../../test/http-harness.ts';
import { seedDemo } from '../../test/seed.ts';

// Tuesday 2026-03-10 07:40 in Beijing, before the working day starts.
const NOW = Date.UTC(2026, 2, 9, 23, 40);

interface Row {
  id: string;
  status: string;
  street_code: string;
  lead_department_id: string | null;
  created_at: number;
  step_deadline_at: number | null;
  paused_at: number | null;
}

describeEachEngineWithDemo('case list orders', (ctx) => {
  let server: TestServer;
  let center: ApiClient, sub: ApiClient, officer: ApiClient;
  /** The cases a department leads or assists (its officer reports none and has no grids). */
  let departmentCases: Set<string>;
  /** Cases the department assists and another one leads. */
  let assistedOnly: string[];
  let rows: Row[];
  const clock = new ManualClock(TEST_EPOCH);

  /** Every page of a list, following its cursor. */
  async function all(who: ApiClient, query: string, limit = 7): Promise<CaseDto[]> {
    const out: CaseDto[] = [];
    let cursor: string | null = null;
    do {
      const r: { status: number; body: { items: CaseDto[]; nextCursor: string | null } } = await who.get(
        `/api/v1/cases?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(r.status).toBe(200);
      out.push(...r.body.items);
      cursor = r.body.nextCursor;
    } while (cursor);
    return out;
  }

  beforeAll(async () => {
    await seedDemo(ctx.db, clock);
    clock.set(NOW);
    server = await startTestServer(ctx.db, { clock });
    // Three weeks of a district's work: most of it closed, the last days' still running.
    await new CaseGenerator(createDataAccess(ctx.db), clock, server.app.services.workSettings).generate({
      cases: 400,
      years: 0.06,
      seed: 11,
    });
    rows = (await ctx.db.kysely
      .selectFrom('cases')
      .select([
        'id',
        'status',
        'street_code',
        'lead_department_id',
        'created_at',
        'step_deadline_at',
        'paused_at',
      ])
      .execute()) as Row[];
    [center, sub, officer] = await login(server, 'center', 'sub003', 'hbj01');
    const hbj = (
      await ctx.db.kysely
        .selectFrom('departments')
        .select('id')
        .where('code', '=', 'hbj')
        .executeTakeFirstOrThrow()
    ).id;
    const assisted = await ctx.db.kysely
      .selectFrom('case_assist_departments')
      .select('case_id')
      .where('department_id', '=', hbj)
      .execute();
    departmentCases = new Set([
      ...rows.filter((r) => r.lead_department_id === hbj).map((r) => r.id),
      ...assisted.map((a) => a.case_id),
    ]);
    assistedOnly = assisted
      .map((a) => a.case_id)
      .filter((id) => rows.find((r) => r.id === id)!.lead_department_id !== hbj);
  });
  afterAll(() => server.close());

  const running = () => rows.filter((r) => r.step_deadline_at !== null && r.paused_at === null);
  const byDeadline = (a: Row, b: Row) =>
    Number(a.step_deadline_at) - Number(b.step_deadline_at) || (a.id < b.id ? -1 : 1);
  const newest = (a: Row, b: Row) => Number(b.created_at) - Number(a.created_at) || (a.id < b.id ? 1 : -1);

  it('by deadline: running steps only, the nearest deadline first, page after page', async () => {
    const expected = running().sort(byDeadline);
    // Enough open work to span several pages, and suspended or closed cases left out.
    expect(expected.length).toBeGreaterThan(7);
    expect(rows.some((r) => r.status === 'closed')).toBe(true);
    const got = await all(center, 'sort=deadline');
    expect(got.map((c) => c.id)).toEqual(expected.map((r) => r.id));
    expect(got.every((c) => !['closed', 'rejected', 'voided', 'suspended'].includes(c.status))).toBe(true);
  });

  it('by deadline within a scope: a sub-center gets its own street’s', async () => {
    const expected = running()
      .filter((r) => r.street_code === '110101003')
      .sort(byDeadline);
    expect((await all(sub, 'sort=deadline', 3)).map((c) => c.id)).toEqual(expected.map((r) => r.id));
  });

  it('a department officer: led and assisted cases, newest first and by deadline, page after page', async () => {
    // Some of them only assisted: the assisting departments' own arm of the list.
    expect(assistedOnly.length).toBeGreaterThan(0);
    const mine = rows.filter((r) => departmentCases.has(r.id));
    expect(mine.length).toBeGreaterThan(10);
    expect((await all(officer, 'sort=newest', 4)).map((c) => c.id)).toEqual(
      [...mine].sort(newest).map((r) => r.id),
    );
    const running = mine.filter((r) => r.step_deadline_at !== null && r.paused_at === null).sort(byDeadline);
    expect((await all(officer, 'sort=deadline', 1)).map((c) => c.id)).toEqual(running.map((r) => r.id));
  });

  it('a sub-center, newest first across pages', async () => {
    const expected = rows.filter((r) => r.street_code === '110101003').sort(newest);
    expect(expected.length).toBeGreaterThan(5);
    expect((await all(sub, 'sort=newest', 2)).map((c) => c.id)).toEqual(expected.map((r) => r.id));
  });

  it('overdue: steps past their deadline now, newest first; by deadline, the most overdue first', async () => {
    const overdue = running().filter((r) => Number(r.step_deadline_at) < NOW);
    expect(overdue.length).toBeGreaterThan(0);
    expect((await all(center, 'overdue=true')).map((c) => c.id)).toEqual(
      [...overdue].sort(newest).map((r) => r.id),
    );
    expect((await all(center, 'overdue=true&sort=deadline', 2)).map((c) => c.id)).toEqual(
      [...overdue].sort(byDeadline).map((r) => r.id),
    );
  });

  it('newest first stays the default and the same as sort=newest', async () => {
    const expected = [...rows]
      .sort(newest)
      .slice(0, 30)
      .map((r) => r.id);
    const first = (await center.get<{ items: CaseDto[] }>('/api/v1/cases?limit=30')).body.items;
    expect(first.map((c) => c.id)).toEqual(expected);
    const named = (await center.get<{ items: CaseDto[] }>('/api/v1/cases?limit=30&sort=newest')).body.items;
    expect(named.map((c) => c.id)).toEqual(expected);
  });

  it('refuses an unknown order and writes nothing', async () => {
    const r = await center.get<{ error: { code: string } }>('/api/v1/cases?sort=oldest');
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION_FAILED');
  });
});
