/** 督查 (sampled re-checks of closed cases) and 稽查 findings. */
import type {
  AuditFinding,
  AuditRun,
  AuditRunDetail,
  AuditSample,
  NewAuditRun,
  RecheckBody,
} from './audit-types.ts';
import { api } from './client.ts';

const run = (id: string) => `/api/v1/audits/${encodeURIComponent(id)}`;

export const auditsApi = {
  /** GET /api/v1/audits: runs, newest first. */
  list: (signal?: AbortSignal) =>
    api.get<{ items: AuditRun[] }>('/api/v1/audits', { query: { limit: 100 }, signal }),

  /** GET /api/v1/audits/{id}: a run with its samples. */
  get: (id: string, signal?: AbortSignal) => api.get<AuditRunDetail>(run(id), { signal }),

  /** POST /api/v1/audits: draw a sample. */
  create: (body: NewAuditRun) => api.post<AuditRunDetail>('/api/v1/audits', body),

  /** POST /api/v1/audits/{id}/samples/{sampleId}/recheck */
  recheck: (runId: string, sampleId: string, body: RecheckBody) =>
    api.post<AuditSample>(`${run(runId)}/samples/${encodeURIComponent(sampleId)}/recheck`, body),

  /** GET /api/v1/audits/findings: cases auditors reported in a period, with the grid's supervisor then. */
  findings: (query: { from: string; to: string; street?: string }, signal?: AbortSignal) =>
    api.get<{ items: AuditFinding[] }>('/api/v1/audits/findings', { query, signal }),
};
