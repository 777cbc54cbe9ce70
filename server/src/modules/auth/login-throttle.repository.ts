import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AttemptCounter } from './login-throttle.record.ts';

/**
 * Login attempts as one counter row per key, kept in the database so every server process
 * counts the same attempts. An attempt is reserved with one atomic upsert before the password
 * is checked, so parallel guesses cannot all slip under the limit.
 */
export class LoginThrottleRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Adds one attempt to `key` (starting a new window when the old one ended) and returns the counter. */
  async reserve(key: string, now: number, windowMs: number): Promise<AttemptCounter> {
    const stale = now - windowMs;
    const r = await this.db
      .insertInto('login_attempts')
      .values({ key, count: 1, window_start: now, blocked_until: 0 })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          count: sql`case when login_attempts.window_start <= ${stale} then 1 else login_attempts.count + 1 end`,
          window_start: sql`case when login_attempts.window_start <= ${stale} then ${now} else login_attempts.window_start end`,
        }),
      )
      .returning(['key', 'count', 'window_start', 'blocked_until'])
      .executeTakeFirstOrThrow();
    return toCounter(r);
  }

  /** Takes the next back-off slot of `key`: true for exactly one caller once `blocked_until` has passed. */
  async claimSlot(key: string, now: number, blockedUntil: number): Promise<boolean> {
    const r = await this.db
      .updateTable('login_attempts')
      .set({ blocked_until: blockedUntil })
      .where('key', '=', key)
      .where('blocked_until', '<=', now)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** Gives back a reservation that turned out not to be a failure. */
  async release(key: string): Promise<void> {
    await this.db
      .updateTable('login_attempts')
      .set({ count: sql`case when count > 0 then count - 1 else 0 end` })
      .where('key', '=', key)
      .execute();
  }

  async find(key: string): Promise<AttemptCounter | undefined> {
    const r = await this.db
      .selectFrom('login_attempts')
      .selectAll()
      .where('key', '=', key)
      .executeTakeFirst();
    return r && toCounter(r);
  }

  async clear(keys: string[]): Promise<number> {
    if (keys.length === 0) return 0;
    const r = await this.db.deleteFrom('login_attempts').where('key', 'in', keys).executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  /** Counters whose window or back-off is still running. The table stays small: housekeeping prunes it. */
  async listLive(now: number, windowMs: number): Promise<AttemptCounter[]> {
    const rows = await this.db
      .selectFrom('login_attempts')
      .selectAll()
      .where((eb) => eb.or([eb('window_start', '>', now - windowMs), eb('blocked_until', '>', now)]))
      .orderBy('key')
      .execute();
    return rows.map(toCounter);
  }

  async prune(now: number, windowMs: number): Promise<void> {
    await this.db
      .deleteFrom('login_attempts')
      .where('window_start', '<=', now - windowMs)
      .where('blocked_until', '<=', now)
      .execute();
  }
}

function toCounter(r: {
  key: string;
  count: number;
  window_start: number;
  blocked_until: number;
}): AttemptCounter {
  return {
    key: r.key,
    count: Number(r.count),
    windowStart: Number(r.window_start),
    blockedUntil: Number(r.blocked_until),
  };
}
