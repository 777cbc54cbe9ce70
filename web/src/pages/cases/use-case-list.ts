/**
 * Loads a case list page by page (cursor paging) for one query, through the query cache: a
 * refresh (or a live event, which marks case data stale) asks again for every page shown, so an
 * update does not collapse the list.
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { Case, CaseListQuery } from '../../api/case-types.ts';
import { casesApi } from '../../api/cases-api.ts';
import { toApiError } from '../../api/client.ts';

const PAGE = 50;

export function useCaseList(query: CaseListQuery) {
  const key = JSON.stringify(query);
  const q = useInfiniteQuery({
    queryKey: ['cases', key],
    queryFn: ({ pageParam, signal }) =>
      casesApi.list(
        { ...(JSON.parse(key) as CaseListQuery), limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

  // Pages asked again after a change may overlap: each case is shown once, where it first appears.
  const items = useMemo(() => {
    const seen = new Set<string>();
    const out: Case[] = [];
    for (const page of q.data?.pages ?? [])
      for (const c of page.items)
        if (!seen.has(c.id)) {
          seen.add(c.id);
          out.push(c);
        }
    return out;
  }, [q.data]);

  const { fetchNextPage, refetch, hasNextPage, isFetching } = q;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetching) void fetchNextPage();
  }, [fetchNextPage, hasNextPage, isFetching]);
  const refresh = useCallback(() => {
    void refetch();
  }, [refetch]);
  const pages = q.data?.pages;
  return {
    items,
    nextCursor: pages && pages.length > 0 ? (pages[pages.length - 1]!.nextCursor ?? null) : null,
    loading: q.isPending || q.isFetching,
    error: q.error ? toApiError(q.error) : undefined,
    loadMore,
    refresh,
  };
}
