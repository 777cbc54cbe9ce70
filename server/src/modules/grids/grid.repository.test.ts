import { expect, it } from 'vitest';
import { createDataAccess } from '../../db/repos.ts';
import { describeEachEngine } from '../../test/db-harness.ts';
import { GRID_GENERATION_KEY } from './grid-locator.ts';

describeEachEngine('grid repository: generation claims', (ctx) => {
  it('moves the generation only from the value an import started from', async () => {
    const { repos } = createDataAccess(ctx.db);
    const claim = (expected: string | null, next: string) =>
      repos.grids.claimGeneration(GRID_GENERATION_KEY, expected, next, 1);
    expect(await claim(null, 'g1')).toBe(true); // no row yet
    expect(await claim(null, 'g2')).toBe(false); // someone else created it first
    expect(await claim('g0', 'g2')).toBe(false); // someone else moved it
    expect(await repos.settings.get(GRID_GENERATION_KEY)).toBe('g1');
    expect(await claim('g1', 'g2')).toBe(true);
    expect(await repos.settings.get(GRID_GENERATION_KEY)).toBe('g2');
  });

  it('refuses the second of two imports that checked against the same grids', async () => {
    const data = createDataAccess(ctx.db);
    const outcomes = await Promise.allSettled(
      ['a', 'b'].map((next) =>
        data.transaction(async (trx) => {
          if (!(await trx.grids.claimGeneration(GRID_GENERATION_KEY, 'g2', next, 2))) throw new Error('lost');
          return next;
        }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
  });
});
