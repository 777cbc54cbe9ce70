import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { SessionRecord, SessionSummary } from './session.record.ts';

export class SessionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(s: SessionRecord & { ip: string | null; userAgent: string | null }): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        id: s.id,
        user_id: s.userId,
        csrf_token: s.csrfToken,
        created_at: s.createdAt,
        expires_at: s.expiresAt,
        last_seen_at: s.lastSeenAt,
        ip: s.ip,
        user_agent: s.userAgent?.slice(0, 300) ?? null,
      })
      .execute();
  }

  async find(id: string): Promise<SessionRecord | undefined> {
    const r = await this.db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
    return (
      r && {
        id: r.id,
        userId: r.user_id,
        csrfToken: r.csrf_token,
        createdAt: r.created_at,
        expiresAt: r.expires_at,
        lastSeenAt: r.last_seen_at,
      }
    );
  }

  async touch(id: string, lastSeenAt: number, expiresAt: number): Promise<void> {
    await this.db
      .updateTable('sessions')
      .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
      .where('id', '=', id)
      .execute();
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', id).execute();
  }

  async deleteForUser(userId: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('user_id', '=', userId).execute();
  }

  /** Ends every session of a user except `keepId`; returns how many ended. */
  async deleteOthers(userId: string, keepId: string): Promise<number> {
    const r = await this.db
      .deleteFrom('sessions')
      .where('user_id', '=', userId)
      .where('id', '<>', keepId)
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  async listForUser(userId: string, now: number): Promise<SessionSummary[]> {
    const rows = await this.db
      .selectFrom('sessions')
      .select(['id', 'created_at', 'last_seen_at', 'expires_at', 'ip', 'user_agent'])
      .where('user_id', '=', userId)
      .where('expires_at', '>', now)
      .orderBy('last_seen_at', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      createdAt: r.created_at,
      lastSeenAt: r.last_seen_at,
      expiresAt: r.expires_at,
      ip: r.ip,
      userAgent: r.user_agent,
    }));
  }

  /** Of the given session ids, those that still exist and have not expired at `now`. */
  async liveIds(ids: string[], now: number): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db
      .selectFrom('sessions')
      .select('id')
      .where('id', 'in', ids)
      .where('expires_at', '>', now)
      .execute();
    return new Set(rows.map((r) => r.id));
  }

  async deleteExpired(now: number): Promise<void> {
    await this.db.deleteFrom('sessions').where('expires_at', '<', now).execute();
  }
}
