import { useMemo } from 'react';
import { adminApi } from '../../api/admin-api.ts';
import { useApi } from '../../api/use-api.ts';

const PAGE = 200;
const MAX_PAGES = 10;

/** User id → username for every user (admin only), to show names instead of ids in the audit log. */
export function useUserNames(): Map<string, string> {
  const { data } = useApi('user-names', async (signal) => {
    const names: [string, string][] = [];
    for (let page = 0; page < MAX_PAGES; page++) {
      const res = await adminApi.users({ offset: page * PAGE, limit: PAGE }, signal);
      for (const u of res.items) names.push([u.id, u.username]);
      if ((page + 1) * PAGE >= res.total) break;
    }
    return names;
  });
  return useMemo(() => new Map(data ?? []), [data]);
}
