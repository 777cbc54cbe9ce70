/** Assessment runs (绩效考核), their acknowledgement, the versioned weights, and run exports. */
import type {
  AssessmentRun,
  AssessmentRunSummary,
  AssessmentWeights,
  NewAssessmentRun,
  WeightsBody,
} from './assessments-types.ts';
import { api, buildUrl } from './client.ts';
import type { ExportFormat } from './dashboard-api.ts';
import type { SubjectKind } from './indicators-types.ts';

const enc = encodeURIComponent;

export const assessmentsApi = {
  /** GET /api/v1/assessments: runs, newest first (a superseded run names its successor). */
  list: (signal?: AbortSignal) =>
    api.get<{ items: AssessmentRunSummary[] }>('/api/v1/assessments', { signal }).then((r) => r.items),

  /** GET /api/v1/assessments/{id}: one frozen run with its tables (a sub-center or department: its own rows). */
  get: (id: string, signal?: AbortSignal) =>
    api.get<AssessmentRun>(`/api/v1/assessments/${enc(id)}`, { signal }),

  /** POST /api/v1/assessments: run (and publish) a period. */
  run: (body: NewAssessmentRun) => api.post<AssessmentRun>('/api/v1/assessments', body),

  /** POST /api/v1/assessments/{id}/ack: a sub-center or department confirms its published row. */
  ack: (id: string, subject: { kind: SubjectKind; id: string }) =>
    api.post<unknown>(`/api/v1/assessments/${enc(id)}/ack`, {
      subjectKind: subject.kind,
      subjectId: subject.id,
    }),

  exportUrl: (id: string, format: ExportFormat, subject?: SubjectKind): string =>
    buildUrl(`/api/v1/assessments/${enc(id)}/export.${format}`, { subject }),

  /** GET /api/v1/assessment-weights: the current weights and grade bands. */
  weights: (signal?: AbortSignal) => api.get<AssessmentWeights>('/api/v1/assessment-weights', { signal }),

  /** PUT /api/v1/assessment-weights: a new version (runs keep the version they used). */
  saveWeights: (body: WeightsBody) => api.put<AssessmentWeights>('/api/v1/assessment-weights', body),
};
