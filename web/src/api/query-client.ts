/**
 * The app's one TanStack Query cache. Server data is fetched and cached through it; a live event
 * marks the data it touches stale (live-query-invalidation.tsx), and a change of user clears it.
 */
import { QueryClient, type Query } from '@tanstack/react-query';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // The API's errors are answers (403, 404, 422): asking again would not change them.
      retry: false,
      // Live events keep open pages current; a refocus need not ask again.
      refetchOnWindowFocus: false,
    },
  },
});

/** Whether a query holds case data: the case list, one case, its events, a case search. */
export const isCaseQuery = (q: Query): boolean => {
  const head = String(q.queryKey[0] ?? '');
  return head === 'cases' || head.startsWith('case:') || head.startsWith('case-');
};

/** Whether a query holds the user's inbox. */
export const isNotificationQuery = (q: Query): boolean =>
  String(q.queryKey[0] ?? '').startsWith('notifications');
