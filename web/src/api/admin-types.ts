/** Shapes of the administration API: users, audit log, read from the API contract (core/src/api/openapi.ts). */
import type { ApiBody, ApiResponse, Role } from '@envgrid/core';

/** GET /api/v1/users: one page of users and the total. */
export type UsersPage = ApiResponse<'/api/v1/users', 'get'>;
export type AdminUser = UsersPage['items'][number];
/** GET /api/v1/users: the filters and the page (the contract types answers and bodies, not queries). */
export type UserListQuery = {
  q?: string;
  role?: Role;
  street?: string;
  disabled?: boolean;
  offset?: number;
  limit?: number;
};
/** POST /api/v1/users */
export type NewUser = ApiBody<'/api/v1/users', 'post'>;
/** PATCH /api/v1/users/{id}: only what changes. */
export type UserPatch = ApiBody<'/api/v1/users/{id}', 'patch'>;

/** GET /api/v1/audit-log */
export type AuditPage = ApiResponse<'/api/v1/audit-log', 'get'>;
export type AuditEntry = AuditPage['items'][number];
export type AuditQuery = {
  targetKind?: string;
  targetId?: string;
  /** Only entries with a smaller id. */
  before?: number;
  limit?: number;
};
