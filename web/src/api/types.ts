/**
 * Response shapes of the API that the shell uses, read from the API contract
 * (core/src/api/openapi.ts, generated from the routes' schemas).
 */
import type { ApiBody, ApiResponse } from '@envgrid/core';

/** GET /api/v1/me: who is signed in and the grids they are responsible for. */
export type Me = ApiResponse<'/api/v1/me', 'get'>;
export type User = Me['user'];
export type UserScope = User['scope'];

/** POST /api/v1/auth/login */
export type LoginResponse = ApiResponse<'/api/v1/auth/login', 'post'>;

/** GET /api/v1/meta: public settings the app needs before login. */
export type Meta = ApiResponse<'/api/v1/meta', 'get'>;

/** GET /readyz */
export type Readiness = ApiResponse<'/readyz', 'get'>;

/** GET /api/v1/departments → one department. */
export type Department = ApiResponse<'/api/v1/departments', 'get'>[number];
/** POST /api/v1/departments */
export type NewDepartment = ApiBody<'/api/v1/departments', 'post'>;
/** PATCH /api/v1/departments/{id}: only what changes (its code never does). */
export type DepartmentPatch = ApiBody<'/api/v1/departments/{id}', 'patch'>;
