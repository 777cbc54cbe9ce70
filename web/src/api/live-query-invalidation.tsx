import { useLiveEvents } from './live-events.ts';
import { isCaseQuery, isNotificationQuery, queryClient } from './query-client.ts';

/**
 * Keeps cached server data current from the live stream: a changed case marks every case query
 * stale (lists, details, events; the ones on screen ask again at once), a notification the inbox.
 * Mounted once, inside the signed-in layout.
 */
export function LiveQueryInvalidation() {
  useLiveEvents(['case.changed'], () => {
    void queryClient.invalidateQueries({ predicate: isCaseQuery });
  });
  useLiveEvents(['notification'], () => {
    void queryClient.invalidateQueries({ predicate: isNotificationQuery });
  });
  return null;
}
