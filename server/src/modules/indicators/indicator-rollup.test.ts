// Rule (docs/indicators.md, "How they are computed"): the daily rollup that the indicators read is
// exactly the sum of every case's facts recomputed from its whole event log — kept up to date case
// by case as events arrive, it must equal a count from scratch, and two drains at once must count
// each change once.
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CaseWorld } from '../../test/case-world.ts';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import { buildWorkedExamples, local } from './test-indicator-fixtures.ts';

describeEachEngineWithDemo('the indicator rollup', (ctx) => {
  let w: CaseWorld;
  beforeAll(async () => {
    w = await CaseWorld.start(ctx.db);
    await buildWorkedExamples(w);
  }, 120_000);
  afterAll(() => w?.close());

  const rollup = () => w.server.app.services.indicatorRollup;
  const k = () => ctx.db.kysely;
  /** The non-zero daily sums, as sorted lines. */
  const daily = async () =>
    (await k().selectFrom('indicator_daily').selectAll().where('n', '<>', 0).execute())
      .map((r) => `${r.day} ${r.metric} ${r.subject} ${Number(r.n)}`)
      .sort();

  it('every event marks its case, and a drain counts the marks away', async () => {
    const events = Number(
      (
        await k()
          .selectFrom('case_events')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(await rollup().drain()).toBe(events);
    expect(await rollup().drain()).toBe(0);
    // One more action: one mark, for that case.
    const spot = await w.spot('sup001-02');
    w.at(local(5, 9, 30));
    const c = await w.report('sup001-02', spot);
    const marks = await k().selectFrom('indicator_dirty').select('case_id').execute();
    expect(marks.map((m) => m.case_id)).toEqual([c.id]);
    expect(await rollup().drain()).toBe(1);
    expect(await daily()).toContain(`2026-03-05 reports ${await w.userId('sup001-02')} 1`);
  });

  it('kept case by case, equals a count from scratch', async () => {
    await rollup().drain();
    const kept = await daily();
    // The worked examples' Monday, as hand-counted in docs/indicators.md: 8 reports on the street.
    expect(kept).toContain('2026-03-02 streetReports 110101001 8');
    await k().deleteFrom('indicator_daily').execute();
    await k().deleteFrom('indicator_case_facts').execute();
    await sql`insert into indicator_dirty (case_id) select id from cases`.execute(k());
    await rollup().drain({ batch: 3 });
    expect(await daily()).toEqual(kept);
  });

  it('two drains at once count each mark once', async () => {
    const before = await daily();
    await sql`insert into indicator_dirty (case_id) select id from cases`.execute(k());
    await sql`insert into indicator_dirty (case_id) select id from cases`.execute(k());
    const [a, b] = await Promise.all([rollup().drain({ batch: 2 }), rollup().drain({ batch: 2 })]);
    const cases = Number(
      (
        await k()
          .selectFrom('cases')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(a + b).toBe(2 * cases);
    expect(await daily()).toEqual(before);
  });
});
