import { ManualClock } from '@envgrid/core';
import { beforeAll, expect, it } from 'vitest';
import { createDataAccess } from '../db/repos.ts';
import { describeEachEngineWithDemo } from '../test/db-harness.ts';
import { TEST_EPOCH } from '../test/http-harness.ts';
import { seedDemo } from '../test/seed.ts';
import { seedDemoConsultations } from './demo-consultations.ts';

describeEachEngineWithDemo('demo consultations', (ctx) => {
  const clock = new ManualClock(TEST_EPOCH); // Monday 2 March 2026, 09:00 Beijing

  beforeAll(async () => {
    await seedDemo(ctx.db, clock);
    await seedDemoConsultations(createDataAccess(ctx.db), clock);
  });

  it('seeds a dozen consultations once, over the last three weeks', async () => {
    const data = createDataAccess(ctx.db);
    expect(await seedDemoConsultations(data, clock)).toBe(0);
    expect(await data.repos.consultations.count()).toBe(12);
    const all = await data.repos.consultations.list({
      reach: { all: true, askerId: '', officerId: null, streetCode: null },
      limit: 100,
    });
    expect(all.every((c) => c.createdAt <= TEST_EPOCH && c.createdAt > TEST_EPOCH - 22 * 86_400_000)).toBe(
      true,
    );
    expect(new Set(all.map((c) => c.streetCode))).toEqual(new Set(['110101001', '110101002', '110101003']));

    const late = (c: (typeof all)[number]) => (c.firstReplyAt ?? TEST_EPOCH) > c.replyDeadlineAt;
    const summary = all.map((c) => `${c.status}${late(c) ? ' late' : ''}`).sort();
    expect(summary).toEqual([
      ...Array<string>(8).fill('answered'),
      'answered late',
      'open',
      'open',
      'open late',
    ]);
    const overdue = all.find((c) => c.status === 'open' && late(c))!;
    expect(overdue.remindedAt).toBeGreaterThan(overdue.replyDeadlineAt);
    expect(overdue.escalatedAt).toBeGreaterThan(overdue.remindedAt!);

    // Every answer is an officer's reply of the grid, at the recorded first reply.
    const officers = await data.repos.consultations.currentOfficers(all.map((c) => c.gridCode));
    for (const c of all.filter((x) => x.status === 'answered')) {
      const [first] = await data.repos.consultations.replies(c.id);
      expect(first).toMatchObject({ at: c.firstReplyAt });
      expect(officers.get(c.gridCode)).toContain(first!.authorId);
    }
  });
});
