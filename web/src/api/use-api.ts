import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { toApiError, type ApiError } from './client.ts';

export interface ApiQuery<T> {
  data: T | undefined;
  error: ApiError | undefined;
  /** True while the current key (or a reload) has not answered yet; earlier data stays visible. */
  loading: boolean;
  reload: () => void;
}

interface Settled<T> {
  ticket: string;
  data?: T;
  error?: ApiError;
}

/**
 * Loads data for a key. The request runs again when `key` changes or on `reload()`;
 * a `null` key loads nothing. The fetcher gets an AbortSignal that fires when the
 * key changes or the component unmounts.
 */
export function useApi<T>(key: string | null, fetcher: (signal: AbortSignal) => Promise<T>): ApiQuery<T> {
  const fetcherRef = useRef(fetcher);
  useLayoutEffect(() => {
    fetcherRef.current = fetcher;
  });

  const [generation, setGeneration] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const ticket = key === null ? null : `${generation}\u0000${key}`;

  useEffect(() => {
    if (ticket === null) return;
    const controller = new AbortController();
    fetcherRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setSettled({ ticket, data });
      },
      (err: unknown) => {
        if (!controller.signal.aborted)
          setSettled((prev) => ({ ticket, data: prev?.data, error: toApiError(err) }));
      },
    );
    return () => controller.abort();
  }, [ticket]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const current = settled !== null && settled.ticket === ticket;
  return {
    data: ticket === null ? undefined : settled?.data,
    error: current ? settled.error : undefined,
    loading: ticket !== null && !current,
    reload,
  };
}
