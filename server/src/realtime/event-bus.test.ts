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

/** What a bus's subscriber hears, and a promise of the first event. */
function listen(bus: PostgresEventBus): [LiveEvent[], Promise<void>] {
  const heard: LiveEvent[] = [];
  const first = new Promise<void>((resolve) =>
    bus.subscribe((e) => {
      heard.push(e);
      resolve();
    }),
  );
  return [heard, first];
}

/** Waits for a promise, failing after `ms`. */
async function within(p: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      p,
      new Promise<never>(
        (_, reject) => (timer = setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms)),
      ),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

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
      const [atA, heardByA] = listen(a);
      const [atB, heardByB] = listen(b);
      // b's LISTEN is in place at a moment no one announces, and a NOTIFY sent before it is lost to b.
      // So a publishes again until b hears one: each attempt waits for that signal or a short while.
      const sent = event('across');
      const deadline = Date.now() + 60_000;
      let attempts = 0;
      while (atB.length === 0) {
        if (Date.now() > deadline) throw new Error(`b heard none of ${attempts} NOTIFYs in 60 s`);
        await a.publish(sent);
        attempts++;
        await within(heardByB, 250).catch(() => {});
      }
      // The publishing process hears its own events too, through its own LISTEN (in place before it
      // first publishes, so it hears the first attempt).
      await within(heardByA, 60_000);
      // Each delivery is the whole event as published, and no NOTIFY arrives twice.
      for (const e of [...atA, ...atB]) expect(e).toEqual(sent);
      expect(atB.length).toBeLessThanOrEqual(attempts);
      expect(atA.length).toBeLessThanOrEqual(attempts);
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
