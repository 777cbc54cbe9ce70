/**
 * The time-limit table and the items' own limits come apart (docs/workflow.md): the table holds
 * the steps, the urgency rules and only the administrators' per-item overrides; each item's normal
 * handling limit lives in the taxonomy and is shown beside the table, never merged into it.
 */
import { expect, it } from 'vitest';
import { login } from '../../test/case-fixtures.ts';
import { describeEachEngineWithDemo } from '../../test/db-harness.ts';
import { seededServer } from '../../test/http-harness.ts';

interface Limits {
  steps: Record<string, unknown>;
  handle: { byUrgency: unknown; byItem: Record<string, unknown> };
  itemLimits: Record<string, unknown>;
  workingMinutesPerDay: number;
}

describeEachEngineWithDemo('time limits API', (ctx) => {
  const server = seededServer(ctx);

  it('returns the stored table and the taxonomy limits apart, and a round trip keeps them apart', async () => {
    const [admin, sup] = await login(server, 'admin', 'sup001-01');
    const first = (await sup.get<Limits>('/api/v1/time-limits')).body;
    expect(first.handle.byItem).toEqual({});
    expect(first.itemLimits['air.open_barbecue']).toEqual({ amount: 2, unit: 'hour', basis: 'natural' });
    expect(first.itemLimits['air.catering_fumes']).toEqual({ amount: 5, unit: 'day', basis: 'working' });
    expect(Object.keys(first.itemLimits)).toHaveLength(30);
    expect(first.workingMinutesPerDay).toBe(450);
    expect(first.steps.file).toEqual({ amount: 30, unit: 'minute', basis: 'working' });

    // Putting back what was read changes nothing: no taxonomy limit becomes an override.
    expect((await admin.put('/api/v1/time-limits', first)).status).toBe(200);
    expect((await sup.get<Limits>('/api/v1/time-limits')).body).toEqual(first);

    // An override is kept as the table's own; the taxonomy's limit stays what it was.
    const override = { amount: 3, unit: 'day', basis: 'working' };
    const put = await admin.put('/api/v1/time-limits', {
      steps: first.steps,
      handle: { ...first.handle, byItem: { 'air.catering_fumes': override } },
    });
    expect(put.status).toBe(200);
    const after = (await sup.get<Limits>('/api/v1/time-limits')).body;
    expect(after.handle.byItem).toEqual({ 'air.catering_fumes': override });
    expect(after.itemLimits['air.catering_fumes']).toEqual({ amount: 5, unit: 'day', basis: 'working' });
  });
});
