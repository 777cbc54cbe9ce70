/** Departments: the list everyone reads, and the administrators' changes. */
import { api } from './client.ts';
import type { Department, DepartmentPatch, NewDepartment } from './types.ts';

export const departmentsApi = {
  /** GET /api/v1/departments: all of them, active and not. */
  list: (signal?: AbortSignal) => api.get<Department[]>('/api/v1/departments', { signal }),

  /** POST /api/v1/departments */
  create: (body: NewDepartment) => api.post<Department>('/api/v1/departments', body),

  /** PATCH /api/v1/departments/{id}: rename or (de)activate; the code never changes. */
  update: (id: string, patch: DepartmentPatch) =>
    api.patch<Department>(`/api/v1/departments/${encodeURIComponent(id)}`, patch),
};
