/** Consultations: ask the grid's officers, their inbox, a thread and its replies. */
import { api } from './client.ts';
import type {
  AskedConsultation,
  ConsultationPage,
  ConsultationThread,
  NewConsultation,
} from './consultation-types.ts';

const path = (id: string) => `/api/v1/consultations/${encodeURIComponent(id)}`;

export const consultationsApi = {
  /** GET /api/v1/consultations: mine (asked) or my grids' (to answer). */
  list: (
    query: { status?: 'open' | 'answered'; mine?: boolean; cursor?: string; limit?: number },
    signal?: AbortSignal,
  ) => api.get<ConsultationPage>('/api/v1/consultations', { query, signal }),

  /** GET /api/v1/consultations/{id}: the thread. */
  get: (id: string, signal?: AbortSignal) => api.get<ConsultationThread>(path(id), { signal }),

  /** POST /api/v1/consultations */
  ask: (body: NewConsultation) => api.post<AskedConsultation>('/api/v1/consultations', body),

  /** POST /api/v1/consultations/{id}/replies */
  reply: (id: string, text: string) => api.post<ConsultationThread>(`${path(id)}/replies`, { text }),
};
