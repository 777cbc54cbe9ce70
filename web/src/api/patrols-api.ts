/** Patrols with their GPS tracks and inspections, and the coverage they give. */
import { api } from './client.ts';
import type {
  Coverage,
  CoverageQuery,
  NewInspection,
  Patrol,
  PatrolInspection,
  PatrolPage,
  TrackPoint,
} from './patrol-types.ts';

const patrolPath = (id: string) => `/api/v1/patrols/${encodeURIComponent(id)}`;

export const patrolsApi = {
  /** GET /api/v1/patrols: the patrols the user may see, newest first. */
  list: (
    query: { user?: string; from?: number; to?: number; cursor?: string; limit?: number },
    signal?: AbortSignal,
  ) => api.get<PatrolPage>('/api/v1/patrols', { query, signal }),

  /** GET /api/v1/patrols/{id}: with the grids visited and the track. */
  get: (id: string, signal?: AbortSignal) => api.get<Patrol>(patrolPath(id), { signal }),

  /** POST /api/v1/patrols: start one. */
  start: () => api.post<Patrol>('/api/v1/patrols', {}),

  /** POST /api/v1/patrols/{id}/points: a batch of the track. */
  sendPoints: (id: string, points: readonly TrackPoint[]) =>
    api.post<Patrol>(`${patrolPath(id)}/points`, { points }),

  /** POST /api/v1/patrols/{id}/inspections: a source inspected on this patrol. */
  inspect: (id: string, body: NewInspection) =>
    api.post<PatrolInspection>(`${patrolPath(id)}/inspections`, body),

  /** POST /api/v1/patrols/{id}/end */
  end: (id: string) => api.post<Patrol>(`${patrolPath(id)}/end`, {}),

  /** GET /api/v1/coverage: patrol coverage of grids and inspection coverage of sources. */
  coverage: (query: CoverageQuery, signal?: AbortSignal) =>
    api.get<Coverage>('/api/v1/coverage', { query: { ...query }, signal }),
};
