import { ManualClock } from '@envgrid/core';
import { expect, it } from 'vitest';
import { createDataAccess } from '../db/repos.ts';
import { describeEachEngineWithDemo } from '../test/db-harness.ts';
import { TEST_EPOCH } from '../test/test-epoch.ts';
import { seedDemoPatrols } from './demo-patrols.ts';

describeEachEngineWithDemo('demo patrols', (ctx) => {
  it('writes a month of ended patrols through the supervisors’ own grids, before now', async () => {
    const data = createDataAccess(ctx.db);
    const n = await seedDemoPatrols(data, new ManualClock(TEST_EPOCH));
    expect(n).toBeGreaterThan(40);
    const patrols = await data.repos.patrols.list({ limit: 200 });
    expect(patrols).toHaveLength(n);
    expect(patrols.every((p) => p.status === 'ended' && p.endedAt! < TEST_EPOCH)).toBe(true);
    expect(patrols.every((p) => p.startedAt >= TEST_EPOCH - 31 * 86_400_000)).toBe(true);
    const p = patrols[0]!;
    const [points, grids] = [await data.repos.patrols.points(p.id), await data.repos.patrols.gridsOf([p.id])];
    expect(points).toHaveLength(p.pointCount);
    expect(points.filter((x) => x.flagged)).toHaveLength(p.flaggedCount);
    // Gaps of about 30 s between fixes (a jump is 1 s after its fix).
    expect(points.slice(1).every((x, i) => x.at - points[i]!.at <= 30_000)).toBe(true);
    // The grids visited are those of the trusted fixes, and most lie in the supervisor's own.
    const trusted = new Set(points.filter((x) => !x.flagged && x.gridCode).map((x) => x.gridCode));
    expect(new Set(grids.get(p.id))).toEqual(trusted);
    const own = new Set(await data.repos.grids.supervisedBy(p.userId));
    expect(grids.get(p.id)!.filter((g) => own.has(g)).length).toBeGreaterThanOrEqual(2);
  });
});
