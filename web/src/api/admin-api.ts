/** User administration and the audit log (admin). */
import type {
  AdminUser,
  AuditPage,
  AuditQuery,
  NewUser,
  UserListQuery,
  UserPatch,
  UsersPage,
} from './admin-types.ts';
import { api } from './client.ts';

const userPath = (id: string) => `/api/v1/users/${encodeURIComponent(id)}`;

export const adminApi = {
  /** GET /api/v1/users: one page of users and the total. */
  users: (query: UserListQuery, signal?: AbortSignal) =>
    api.get<UsersPage>('/api/v1/users', { query, signal }),

  /** POST /api/v1/users */
  createUser: (body: NewUser) => api.post<AdminUser>('/api/v1/users', body),

  /** PATCH /api/v1/users/{id}: only what changes; a role or scope change ends their sessions. */
  updateUser: (id: string, patch: UserPatch) => api.patch<AdminUser>(userPath(id), patch),

  /** POST /api/v1/users/{id}/disable */
  disableUser: (id: string) => api.post<AdminUser>(`${userPath(id)}/disable`),

  /** POST /api/v1/users/{id}/enable */
  enableUser: (id: string) => api.post<AdminUser>(`${userPath(id)}/enable`),

  /** POST /api/v1/users/{id}/password: set a new password and end the user's sessions. */
  resetPassword: (id: string, password: string) => api.post<void>(`${userPath(id)}/password`, { password }),

  /** GET /api/v1/audit-log: who changed which user, grid or department, newest first. */
  auditLog: (query: AuditQuery, signal?: AbortSignal) =>
    api.get<AuditPage>('/api/v1/audit-log', { query, signal }),
};
