import pg from 'pg';
import type { Db } from '../db/database.ts';

/** Held by at most one process at a time; scheduled work runs only where it is held. */
export interface LeaderLock {
  /** True when this process is (now) the leader. Cheap to call repeatedly. */
  acquire(): Promise<boolean>;
  release(): Promise<void>;
}

// An arbitrary, fixed key for pg_try_advisory_lock: "envgrid scheduler".
const ADVISORY_KEY = 728_341_905;

/** PostgreSQL: a session-level advisory lock on a dedicated connection; it dies with the process. */
class PostgresLeaderLock implements LeaderLock {
  private client: pg.Client | null = null;
  private held = false;

  constructor(private readonly url: string) {}

  async acquire(): Promise<boolean> {
    if (this.held) return true;
    try {
      if (!this.client) {
        const client = new pg.Client({ connectionString: this.url });
        client.on('error', () => {
          // Lost the connection, and with it the lock: try again next time.
          this.client = null;
          this.held = false;
        });
        await client.connect();
        this.client = client;
      }
      const r = await this.client.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [
        ADVISORY_KEY,
      ]);
      this.held = r.rows[0]?.ok === true;
    } catch {
      this.held = false;
    }
    return this.held;
  }

  async release(): Promise<void> {
    const c = this.client;
    this.client = null;
    this.held = false;
    await c?.end().catch(() => {});
  }
}

/** SQLite is one process's file: that process leads. */
class SoloLeaderLock implements LeaderLock {
  async acquire(): Promise<boolean> {
    return true;
  }
  async release(): Promise<void> {}
}

export function leaderLockFor(db: Db, url: string): LeaderLock {
  return db.engine === 'postgres' ? new PostgresLeaderLock(url) : new SoloLeaderLock();
}
