import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AuditEntry, NewAuditEntry } from './audit-log.record.ts';

/** Who changed which user, grid or department, and when. Append-only. */
export class AuditLogRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async append(e: NewAuditEntry, at: number): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({
        actor_id: e.actorId,
        action: e.action,
        target_kind: e.targetKind,
        target_id: e.targetId,
        details: e.details === undefined ? null : JSON.stringify(e.details),
        at,
      })
      .execute();
  }

  async list(q: {
    targetKind?: string;
    targetId?: string;
    before?: number;
    limit: number;
  }): Promise<AuditEntry[]> {
    let query = this.db
      .selectFrom('audit_log')
      .leftJoin('users', 'users.id', 'audit_log.actor_id')
      .select([
        'audit_log.id',
        'audit_log.actor_id',
        'users.username',
        'audit_log.action',
        'audit_log.target_kind',
        'audit_log.target_id',
        'audit_log.details',
        'audit_log.at',
      ])
      .orderBy('audit_log.id', 'desc')
      .limit(q.limit);
    if (q.targetKind) query = query.where('audit_log.target_kind', '=', q.targetKind);
    if (q.targetId) query = query.where('audit_log.target_id', '=', q.targetId);
    if (q.before !== undefined) query = query.where('audit_log.id', '<', q.before);
    const rows = await query.execute();
    return rows.map((r) => ({
      id: Number(r.id),
      actorId: r.actor_id,
      actorUsername: r.username,
      action: r.action,
      targetKind: r.target_kind,
      targetId: r.target_id,
      details: r.details === null ? null : (JSON.parse(r.details) as unknown),
      at: r.at,
    }));
  }
}
