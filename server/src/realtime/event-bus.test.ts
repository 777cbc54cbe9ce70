import { describe, expect, it } from 'vitest';
import { leaderLockFor } from '../jobs/leader-lock.ts';
import { createTestDatabase, availableEngines } from '../test/db-harness.ts';
import { LocalEventBus, PostgresEventBus, type LiveEvent } from './event-bus.ts';

const event = (caseId: string): LiveEvent => ({
  type: 'case.changed',
  caseId,
  streetCode: '110101001',
  at: 1,
});

describe('local event bus', () => {
  it('delivers to every subscriber until it unsubscribes', async () => {
    const bus = new LocalEventBus();
    const got: string[] = [];
    const off = bus.subscribe((e) => got.push(e.caseId!));
    await bus.publish(event('a'));
    off();
    await bus.publish(event('b'));
    expect(got).toEqual(['a']);
  });
});

describe.runIf(availableEngines().includes('postgres'))('scale-out on PostgreSQL', () => {
  it('fans an event out to every process through NOTIFY', async () => {
    const t = await createTestDatabase('postgres');
    const a = new PostgresEventBus(t.url);
    const b = new PostgresEventBus(t.url);
    try {
      const received = new Promise<LiveEvent>((resolve) => b.subscribe(resolve));
      await new Promise((r) => setTimeout(r, 200)); // b's LISTEN is in place
      await a.publish(event('across'));
      expect((await received).caseId).toBe('across');
    } finally {
      await a.close();
      await b.close();
      await t.drop();
    }
  });

  it('lets exactly one process hold the scheduler lock, and hands it over on release', async () => {
    const t = await createTestDatabase('postgres');
    const first = leaderLockFor(t.db, t.url);
    const second = leaderLockFor(t.db, t.url);
    try {
      expect(await first.acquire()).toBe(true);
      expect(await second.acquire()).toBe(false);
      expect(await first.acquire()).toBe(true); // still the leader
      await first.release();
      expect(await second.acquire()).toBe(true);
    } finally {
      await first.release();
      await second.release();
      await t.drop();
    }
  });
});
