import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { envgrid } from '../../test/cli-runner.ts';
import { caseIn, CaseWorld, type CaseBody } from '../../test/case-world.ts';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';

describeEachEngineWithDemo('envgrid verify-log', (ctx) => {
  let w: CaseWorld;
  const cases: CaseBody[] = [];
  const env = () => ({ DATABASE_URL: ctx.url, ENVGRID_DATA_DIR: '/tmp/envgrid-verify-log' });
  beforeAll(async () => {
    w = await CaseWorld.start(ctx.db);
    for (const description of ['第一件', '第二件']) cases.push(await caseIn(w, 'filed', { description }));
  });
  afterAll(() => w.close());

  it('finds every chain intact, then names the case whose event was altered by hand', async () => {
    const ok = await envgrid(['verify-log'], env());
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/checked \d+ cases, \d+ events: all chains intact/);

    const victim = cases[1]!;
    // An insider rewrites history: the report event now claims another item.
    await sql`update case_events set payload = ${'{"channel":"patrol","itemCode":"noise.construction"}'} where case_id = ${victim.id} and seq = 1`.execute(
      ctx.db.kysely,
    );
    const bad = await envgrid(['verify-log'], env());
    expect(bad.code).toBe(4);
    expect(bad.stdout).toContain(`ALTERED case ${victim.caseNo}`);
    expect(bad.stdout).not.toContain(`ALTERED case ${cases[0]!.caseNo}`);

    // Deleting an event breaks the chain too.
    await sql`delete from case_events where case_id = ${cases[0]!.id} and seq = 1`.execute(ctx.db.kysely);
    const gone = await envgrid(['verify-log'], env());
    expect(gone.stdout).toContain(`ALTERED case ${cases[0]!.caseNo}`);
  });

  it('names each case whose event lost or changed its actor, time, action, status or payload, or its place', async () => {
    const k = ctx.db.kysely;
    const leader = await w.userId('leader');
    const cgzf = await w.dept('cgzf');
    // Each case: 1 report, 2 file, 3 dispatch (to hbj), 4 urge.
    const make = async (description: string) =>
      w.act('center', await caseIn(w, 'dispatched', { description, assists: [] }), 'urge');
    const tamper: Record<string, (id: string) => Promise<unknown>> = {
      // Someone else filed it.
      actor: (id) =>
        sql`update case_events set actor_id = ${leader} where case_id = ${id} and seq = 2`.execute(k),
      // Filed an hour earlier than it was, to look on time.
      time: (id) =>
        sql`update case_events set at = at - 3600000 where case_id = ${id} and seq = 2`.execute(k),
      // The urge becomes a supervision.
      action: (id) =>
        sql`update case_events set action = ${'supervise'} where case_id = ${id} and seq = 4`.execute(k),
      // The filing now says it rejected the case.
      status: (id) =>
        sql`update case_events set to_status = ${'rejected'} where case_id = ${id} and seq = 2`.execute(k),
      fromStatus: (id) =>
        sql`update case_events set from_status = ${'reported'} where case_id = ${id} and seq = 3`.execute(k),
      // Dispatched to another department than it was.
      payload: (id) =>
        sql`update case_events set payload = ${JSON.stringify({ leadDepartmentId: cgzf, assistDepartmentIds: [] })} where case_id = ${id} and seq = 3`.execute(
          k,
        ),
      deletedMiddle: (id) => sql`delete from case_events where case_id = ${id} and seq = 2`.execute(k),
      // The latest event disappears: the chain that is left is a valid, shorter chain.
      deletedLast: (id) => sql`delete from case_events where case_id = ${id} and seq = 4`.execute(k),
      // Every event of the case disappears.
      deletedAll: (id) => sql`delete from case_events where case_id = ${id}`.execute(k),
      // Filing and dispatch swap places.
      reordered: async (id) => {
        await sql`update case_events set seq = -1 where case_id = ${id} and seq = 2`.execute(k);
        await sql`update case_events set seq = 2 where case_id = ${id} and seq = 3`.execute(k);
        await sql`update case_events set seq = 3 where case_id = ${id} and seq = -1`.execute(k);
      },
    };
    const control = await make('对照');
    const victims: Record<string, CaseBody> = {};
    for (const kind of Object.keys(tamper)) victims[kind] = await make(`篡改 ${kind}`);
    expect((await w.events(control.id)).map((e) => e.action)).toEqual(['report', 'file', 'dispatch', 'urge']);

    for (const [kind, c] of Object.entries(victims)) await tamper[kind]!(c.id);
    const run = await envgrid(['verify-log'], env());
    expect(run.code).toBe(4);
    const missed = Object.entries(victims)
      .filter(([, c]) => !run.stdout.includes(`ALTERED case ${c.caseNo}`))
      .map(([kind]) => kind);
    expect(missed).toEqual([]);
    expect(run.stdout).not.toContain(`ALTERED case ${control.caseNo}`);
  });
});
