/** The signed-in user's inbox. */
import type { NotificationInbox, NotificationsRead } from './case-types.ts';
import { api } from './client.ts';

export const notificationsApi = {
  /** GET /api/v1/notifications: newest first, with the unread count. */
  inbox: (query: { unread?: boolean; before?: number; limit?: number }, signal?: AbortSignal) =>
    api.get<NotificationInbox>('/api/v1/notifications', { query, signal }),

  /** POST /api/v1/notifications/read: the given ones, or (without ids) all. */
  markRead: (ids?: number[]) => api.post<NotificationsRead>('/api/v1/notifications/read', ids ? { ids } : {}),
};
