/** What the server says about itself: public settings and build facts, and whether it is ready. */
import { api } from './client.ts';
import type { Meta, Readiness } from './types.ts';

export const systemApi = {
  /**
   * GET /api/v1/meta (public). `skipAuthRedirect` for callers that run before anyone has signed
   * in, where a 401 must not count as "the session ended".
   */
  meta: (signal?: AbortSignal, options: { skipAuthRedirect?: boolean } = {}) =>
    api.get<Meta>('/api/v1/meta', { signal, ...options }),

  /** GET /readyz: a 503 carries the same body when not ready, which is a status, not a failure. */
  readiness: (signal?: AbortSignal) => api.get<Readiness>('/readyz', { signal, okStatuses: [503] }),
};
