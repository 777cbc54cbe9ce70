/** The case workflow API: the case list and search, one case and its history, reports, actions. */
import type { CaseAction } from '@envgrid/core';
import type {
  Case,
  CaseActionBody,
  CaseEvent,
  CaseListQuery,
  CasePage,
  NewCase,
  ReportedCase,
} from './case-types.ts';
import { api } from './client.ts';

export const casesApi = {
  /** GET /api/v1/cases: one page of the cases the user may see, newest first. */
  list: (query: CaseListQuery, signal?: AbortSignal) => api.get<CasePage>('/api/v1/cases', { query, signal }),

  /** GET /api/v1/cases/{id}, with the actions this user may take now. */
  get: (id: string, signal?: AbortSignal) =>
    api.get<Case>(`/api/v1/cases/${encodeURIComponent(id)}`, { signal }),

  /** GET /api/v1/cases/{id}/events: the case's history. */
  events: (id: string, signal?: AbortSignal) =>
    api.get<{ items: CaseEvent[] }>(`/api/v1/cases/${encodeURIComponent(id)}/events`, { signal }),

  /** POST /api/v1/cases: report a problem; the answer names possible duplicates. */
  report: (body: NewCase) => api.post<ReportedCase>('/api/v1/cases', body),

  /** POST /api/v1/cases/{id}/actions/{action} with the version the user saw. */
  act: (id: string, action: CaseAction, body: CaseActionBody) =>
    api.post<Case>(`/api/v1/cases/${encodeURIComponent(id)}/actions/${encodeURIComponent(action)}`, body),
};
