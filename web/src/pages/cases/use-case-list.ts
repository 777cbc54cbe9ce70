/**
 * Loads a case list page by page (cursor paging) for one query; `refresh()` reloads what is
 * shown (as many rows as were loaded, so a live update does not collapse the list).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, toApiError, type ApiError, type QueryValue } from '../../api/client.ts';
import type { Case, CasePage } from '../../api/case-types.ts';

const PAGE = 50;
const MAX_LIMIT = 200;

interface ListState {
  key: string;
  items: Case[];
  nextCursor: string | null;
  loading: boolean;
  error?: ApiError;
}

export function useCaseList(query: Record<string, QueryValue>) {
  const key = JSON.stringify(query);
  const [state, setState] = useState<ListState>({ key, items: [], nextCursor: null, loading: true });
  const [generation, setGeneration] = useState(0);
  const shownRef = useRef(0);
  const controllerRef = useRef<AbortController | null>(null);
  shownRef.current = state.key === key ? state.items.length : 0;

  useEffect(() => {
    const controller = new AbortController();
    controllerRef.current?.abort();
    controllerRef.current = controller;
    const limit = Math.min(MAX_LIMIT, Math.max(PAGE, shownRef.current));
    setState((prev) =>
      prev.key === key ? { ...prev, loading: true } : { key, items: [], nextCursor: null, loading: true },
    );
    api
      .get<CasePage>('/api/v1/cases', {
        query: { ...(JSON.parse(key) as object), limit },
        signal: controller.signal,
      })
      .then(
        (page) => {
          if (!controller.signal.aborted)
            setState({ key, items: page.items, nextCursor: page.nextCursor, loading: false });
        },
        (err: unknown) => {
          if (controller.signal.aborted) return;
          setState((prev) => ({
            key,
            items: prev.key === key ? prev.items : [],
            nextCursor: prev.key === key ? prev.nextCursor : null,
            loading: false,
            error: toApiError(err),
          }));
        },
      );
    return () => controller.abort();
  }, [key, generation]);

  const loadMore = useCallback(() => {
    if (!state.nextCursor || state.loading) return;
    const controller = new AbortController();
    controllerRef.current = controller;
    setState((prev) => ({ ...prev, loading: true }));
    api
      .get<CasePage>('/api/v1/cases', {
        query: { ...(JSON.parse(key) as object), cursor: state.nextCursor, limit: PAGE },
        signal: controller.signal,
      })
      .then(
        (page) => {
          if (controller.signal.aborted) return;
          setState((prev) => {
            const seen = new Set(prev.items.map((c) => c.id));
            const items = [...prev.items, ...page.items.filter((c) => !seen.has(c.id))];
            return { key, items, nextCursor: page.nextCursor, loading: false };
          });
        },
        (err: unknown) => {
          if (!controller.signal.aborted)
            setState((prev) => ({ ...prev, loading: false, error: toApiError(err) }));
        },
      );
  }, [key, state.nextCursor, state.loading]);

  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  const current = state.key === key;
  return {
    items: current ? state.items : [],
    nextCursor: current ? state.nextCursor : null,
    loading: !current || state.loading,
    error: current ? state.error : undefined,
    loadMore,
    refresh,
  };
}
