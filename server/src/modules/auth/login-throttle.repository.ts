import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Failed logins, kept in the database so every server process counts the same attempts. */
export class LoginThrottleRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async record(keys: string[], at: number): Promise<void> {
    await this.db
      .insertInto('login_failures')
      .values(keys.map((key) => ({ key, failed_at: at })))
      .execute();
  }

  /** Failures of `key` since `since`: their count and the oldest time among them. */
  async recent(key: string, since: number): Promise<{ count: number; oldest: number | null }> {
    const r = await this.db
      .selectFrom('login_failures')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('failed_at').as('oldest')])
      .where('key', '=', key)
      .where('failed_at', '>=', since)
      .executeTakeFirstOrThrow();
    return { count: Number(r.n), oldest: r.oldest === null ? null : Number(r.oldest) };
  }

  async clear(key: string): Promise<void> {
    await this.db.deleteFrom('login_failures').where('key', '=', key).execute();
  }

  async prune(before: number): Promise<void> {
    await this.db.deleteFrom('login_failures').where('failed_at', '<', before).execute();
  }
}
