/**
 * Shapes of the account-security API: own sessions, personal API tokens, login lockouts. Read
 * from the API contract (core/src/api/openapi.ts, generated from the routes' schemas).
 */
import type { ApiBody, ApiResponse } from '@envgrid/core';

/** GET /api/v1/auth/sessions → items; `current` marks this browser's session. */
export type SessionInfo = ApiResponse<'/api/v1/auth/sessions', 'get'>['items'][number];

/** GET /api/v1/auth/tokens → items */
export type ApiToken = ApiResponse<'/api/v1/auth/tokens', 'get'>['items'][number];

/** POST /api/v1/auth/tokens: the secret is shown this once. */
export type CreatedToken = ApiResponse<'/api/v1/auth/tokens', 'post', 201>;
export type NewToken = ApiBody<'/api/v1/auth/tokens', 'post'>;

/** POST /api/v1/me/password */
export type PasswordChange = ApiBody<'/api/v1/me/password', 'post'>;

/** POST /api/v1/auth/sessions/end-others */
export type EndedSessions = ApiResponse<'/api/v1/auth/sessions/end-others', 'post'>;

/** GET /api/v1/auth/lockouts → items */
export type Lockout = ApiResponse<'/api/v1/auth/lockouts', 'get'>['items'][number];
export type LockoutKind = Lockout['kind'];
/** DELETE /api/v1/auth/lockouts: whose failure counters to clear, a username's or an address's. */
export type LockoutTarget = { username: string } | { address: string };
export type ClearedLockouts = ApiResponse<'/api/v1/auth/lockouts', 'delete'>;

export interface Items<T> {
  items: T[];
}
