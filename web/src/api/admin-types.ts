/** Shapes of the administration API: users, audit log, read from the API contract (core/src/api/openapi.ts). */
import type { ApiBody, ApiQuery, ApiResponse } from '@envgrid/core';

/** GET /api/v1/users: one page of users and the total. */
export type UsersPage = ApiResponse<'/api/v1/users', 'get'>;
export type AdminUser = UsersPage['items'][number];
/** GET /api/v1/users: the filters and the page. */
export type UserListQuery = ApiQuery<'/api/v1/users', 'get'>;
/** POST /api/v1/users */
export type NewUser = ApiBody<'/api/v1/users', 'post'>;
/** PATCH /api/v1/users/{id}: only what changes. */
export type UserPatch = ApiBody<'/api/v1/users/{id}', 'patch'>;

/** GET /api/v1/audit-log */
export type AuditPage = ApiResponse<'/api/v1/audit-log', 'get'>;
export type AuditEntry = AuditPage['items'][number];
export type AuditQuery = ApiQuery<'/api/v1/audit-log', 'get'>;
