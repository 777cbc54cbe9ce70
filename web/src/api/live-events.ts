/**
 * Live updates from `GET /api/v1/stream` (server-sent events). One EventSource serves the whole
 * app: it opens with the first subscriber and closes with the last; the browser reconnects by
 * itself after a network drop.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';

export type LiveEventType = 'case.changed' | 'notification';

export interface LiveEvent {
  type: LiveEventType;
  caseId?: string;
  action?: string;
  status?: string;
  at?: number;
}

type Listener = (event: LiveEvent) => void;

const TYPES: readonly LiveEventType[] = ['case.changed', 'notification'];
const listeners = new Set<Listener>();
let source: EventSource | null = null;

function open(): void {
  if (source || typeof EventSource === 'undefined') return;
  const s = new EventSource('/api/v1/stream');
  for (const type of TYPES) {
    s.addEventListener(type, (e) => {
      let data: Partial<LiveEvent> = {};
      try {
        data = JSON.parse((e as MessageEvent<string>).data) as Partial<LiveEvent>;
      } catch {
        // A malformed event still says "something changed".
      }
      const event: LiveEvent = { ...data, type };
      for (const l of [...listeners]) l(event);
    });
  }
  source = s;
}

export function subscribeLive(listener: Listener): () => void {
  listeners.add(listener);
  open();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && source) {
      source.close();
      source = null;
    }
  };
}

export interface LiveOptions {
  /** Only events this accepts count (e.g. one case's changes). */
  filter?: (event: LiveEvent) => boolean;
  delayMs?: number;
}

/**
 * Calls `handler` for live events of the given types, at most once per `delayMs` (a burst of
 * changes causes one refresh, at its end).
 */
export function useLiveEvents(
  types: readonly LiveEventType[],
  handler: (event: LiveEvent) => void,
  { filter, delayMs = 400 }: LiveOptions = {},
): void {
  const handlerRef = useRef(handler);
  const filterRef = useRef(filter);
  useLayoutEffect(() => {
    handlerRef.current = handler;
    filterRef.current = filter;
  });
  const key = types.join(',');
  useEffect(() => {
    const wanted = new Set(key.split(','));
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last: LiveEvent | null = null;
    const unsubscribe = subscribeLive((e) => {
      if (!wanted.has(e.type) || (filterRef.current && !filterRef.current(e))) return;
      last = e;
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        if (last) handlerRef.current(last);
      }, delayMs);
    });
    return () => {
      if (timer) clearTimeout(timer);
      unsubscribe();
    };
  }, [key, delayMs]);
}
