import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ApiTokenRecord } from './api-token.record.ts';

type Row = Database['api_tokens'];

function toRecord(r: Row): ApiTokenRecord {
  return {
    id: r.id,
    userId: r.user_id,
    name: r.name,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  };
}

export class ApiTokenRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(t: {
    id: string;
    userId: string;
    name: string;
    tokenHash: string;
    createdAt: number;
    expiresAt: number;
  }): Promise<void> {
    await this.db
      .insertInto('api_tokens')
      .values({
        id: t.id,
        user_id: t.userId,
        name: t.name,
        token_hash: t.tokenHash,
        created_at: t.createdAt,
        expires_at: t.expiresAt,
        last_used_at: null,
        revoked_at: null,
      })
      .execute();
  }

  /** A token that is neither revoked nor expired at `now`. */
  async findActiveByHash(tokenHash: string, now: number): Promise<ApiTokenRecord | undefined> {
    const r = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return r && toRecord(r);
  }

  async findById(id: string): Promise<ApiTokenRecord | undefined> {
    const r = await this.db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toRecord(r);
  }

  /** Of the given token ids, those still usable at `now`. */
  async activeIds(ids: string[], now: number): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db
      .selectFrom('api_tokens')
      .select('id')
      .where('id', 'in', ids)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now)
      .execute();
    return new Set(rows.map((r) => r.id));
  }

  async listForUser(userId: string): Promise<ApiTokenRecord[]> {
    const rows = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map(toRecord);
  }

  async markUsed(id: string, at: number): Promise<void> {
    await this.db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
  }

  /** Revokes one live token; returns false when there was no such live token. */
  async revoke(id: string, at: number): Promise<boolean> {
    const r = await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** Revokes every live token of a user for good (password change, disabling). */
  async revokeAllForUser(userId: string, at: number): Promise<number> {
    const r = await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: at })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }
}
