import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { NotificationRecord, NewNotification } from './notification.record.ts';

export class NotificationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insertMany(list: NewNotification[], at: number): Promise<void> {
    if (list.length === 0) return;
    await this.db
      .insertInto('notifications')
      .values(
        list.map((n) => ({
          user_id: n.userId,
          kind: n.kind,
          case_id: n.caseId,
          title: n.title,
          body: n.body ?? null,
          created_at: at,
          read_at: null,
        })),
      )
      .execute();
  }

  async list(
    userId: string,
    q: { unreadOnly?: boolean; before?: number; limit: number },
  ): Promise<NotificationRecord[]> {
    let query = this.db
      .selectFrom('notifications')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('id', 'desc')
      .limit(q.limit);
    if (q.unreadOnly) query = query.where('read_at', 'is', null);
    if (q.before) query = query.where('id', '<', q.before);
    const rows = await query.execute();
    return rows.map((r) => ({
      id: Number(r.id),
      userId: r.user_id,
      kind: r.kind,
      caseId: r.case_id,
      title: r.title,
      body: r.body,
      createdAt: r.created_at,
      readAt: r.read_at,
    }));
  }

  async unreadCount(userId: string): Promise<number> {
    const r = await this.db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /** Marks the user's notifications read (all, or the given ids); returns how many changed. */
  async markRead(userId: string, ids: number[] | 'all', at: number): Promise<number> {
    let q = this.db
      .updateTable('notifications')
      .set({ read_at: at })
      .where('user_id', '=', userId)
      .where('read_at', 'is', null);
    if (ids !== 'all') q = q.where('id', 'in', ids.length ? ids : [-1]);
    const r = await q.executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  /** Records that a reminder went out; false when another process already sent it. */
  async claimReminder(caseId: string, stepStartedAt: number, light: string, at: number): Promise<boolean> {
    const r = await this.db
      .insertInto('reminders_sent')
      .values({ case_id: caseId, step_started_at: stepStartedAt, light, sent_at: at })
      .onConflict((oc) => oc.columns(['case_id', 'step_started_at', 'light']).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }
}
