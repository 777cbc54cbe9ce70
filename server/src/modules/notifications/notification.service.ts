import type { Actor, Clock } from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';

/** Each user's own inbox: nobody reads or marks another's. */
export class NotificationService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
  ) {}

  async inbox(actor: Actor, q: { unreadOnly?: boolean; before?: number; limit: number }) {
    const [items, unread] = await Promise.all([
      this.data.repos.notifications.list(actor.id, q),
      this.data.repos.notifications.unreadCount(actor.id),
    ]);
    return { items, unread };
  }

  markRead(actor: Actor, ids: number[] | 'all'): Promise<number> {
    return this.data.repos.notifications.markRead(actor.id, ids, this.clock.now());
  }
}
