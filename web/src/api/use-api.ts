import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { toApiError, type ApiError } from './client.ts';

export interface ApiQuery<T> {
  data: T | undefined;
  error: ApiError | undefined;
  /** True while the current key (or a reload) has not answered yet; earlier data stays visible. */
  loading: boolean;
  reload: () => void;
}

/**
 * Loads data for a key through the app's query cache (TanStack Query): the request runs again
 * when `key` changes, on `reload()`, or when a live event marks the data stale; a `null` key
 * loads nothing. The fetcher gets an AbortSignal that fires when the answer is no longer wanted.
 * Components that ask for the same key share one request and one answer.
 */
export function useApi<T>(
  key: string | null,
  fetcher: (signal: AbortSignal) => Promise<T>,
  options: { staleTime?: number } = {},
): ApiQuery<T> {
  const q = useQuery({
    queryKey: [key ?? ''],
    queryFn: ({ signal }) => fetcher(signal),
    enabled: key !== null,
    placeholderData: keepPreviousData,
    staleTime: options.staleTime ?? 0,
  });
  const { refetch } = q;
  const reload = useCallback(() => {
    void refetch();
  }, [refetch]);
  return {
    data: key === null ? undefined : q.data,
    error: q.error ? toApiError(q.error) : undefined,
    loading: key !== null && (q.isPending || q.isPlaceholderData || q.isFetching),
    reload,
  };
}
