import { afterAll, beforeAll, expect, it } from 'vitest';
import { caseIn, CaseWorld } from '../../test/case-world.ts';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';

describeEachEngineWithDemo('evaluation of a closed case', (ctx) => {
  let w: CaseWorld;
  beforeAll(async () => {
    w = await CaseWorld.start(ctx.db);
  });
  afterAll(() => w.close());

  it('takes one rating from a leader; a second is refused and changes nothing', async () => {
    const closed = await caseIn(w, 'closed');
    expect(closed.abilities).not.toContain('evaluate'); // the center sees no rating button
    const leader = await w.as('leader');
    const seen = await leader.get<{ abilities: string[] }>(`/api/v1/cases/${closed.id}`);
    expect(seen.body.abilities).toContain('evaluate');

    const rated = await w.act('leader', closed, 'evaluate', { rating: 4, comment: '及时' });
    expect(rated.evaluation).toMatchObject({ rating: 4 });
    expect(
      (await leader.get<{ abilities: string[] }>(`/api/v1/cases/${closed.id}`)).body.abilities,
    ).not.toContain('evaluate');

    const before = await w.footprint(closed.id);
    const again = await w.try('leader', rated, 'evaluate', { rating: 1, comment: '改评' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('INVALID_TRANSITION');
    expect(await w.footprint(closed.id)).toEqual(before);
    expect((await w.read(closed.id)).evaluation).toMatchObject({ rating: 4 });
  });
});
