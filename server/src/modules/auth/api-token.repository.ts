import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface ApiTokenRecord {
  id: string;
  userId: string;
  name: string;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

export class ApiTokenRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(t: {
    id: string;
    userId: string;
    name: string;
    tokenHash: string;
    createdAt: number;
  }): Promise<void> {
    await this.db
      .insertInto('api_tokens')
      .values({
        id: t.id,
        user_id: t.userId,
        name: t.name,
        token_hash: t.tokenHash,
        created_at: t.createdAt,
        last_used_at: null,
        revoked_at: null,
      })
      .execute();
  }

  async findActiveByHash(tokenHash: string): Promise<ApiTokenRecord | undefined> {
    const r = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return (
      r && {
        id: r.id,
        userId: r.user_id,
        name: r.name,
        createdAt: r.created_at,
        lastUsedAt: r.last_used_at,
        revokedAt: r.revoked_at,
      }
    );
  }

  async listForUser(userId: string): Promise<ApiTokenRecord[]> {
    const rows = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      userId: r.user_id,
      name: r.name,
      createdAt: r.created_at,
      lastUsedAt: r.last_used_at,
      revokedAt: r.revoked_at,
    }));
  }

  async markUsed(id: string, at: number): Promise<void> {
    await this.db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
  }

  /** Revokes the user's token; returns false when there was no such live token. */
  async revoke(id: string, userId: string, at: number): Promise<boolean> {
    const r = await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }
}
