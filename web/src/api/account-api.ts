/**
 * The signed-in user's account: login and logout, who am I, the own password, sessions and API
 * tokens, and (for administrators) the login lockouts.
 */
import type {
  ApiToken,
  ClearedLockouts,
  CreatedToken,
  EndedSessions,
  Items,
  Lockout,
  LockoutTarget,
  NewToken,
  PasswordChange,
  SessionInfo,
} from './account-types.ts';
import { api } from './client.ts';
import type { LoginResponse, Me } from './types.ts';

export const accountApi = {
  /** POST /api/v1/auth/login; a 401 here is a wrong password, not an ended session. */
  login: (username: string, password: string) =>
    api.post<LoginResponse>('/api/v1/auth/login', { username, password }, { skipAuthRedirect: true }),

  /** POST /api/v1/auth/logout; a 401 means the session had ended already. */
  logout: () => api.post<void>('/api/v1/auth/logout', undefined, { skipAuthRedirect: true }),

  /** GET /api/v1/me; a 401 means nobody is signed in (asked at start-up), not that a session ended. */
  me: (signal?: AbortSignal) => api.get<Me>('/api/v1/me', { skipAuthRedirect: true, signal }),

  /** POST /api/v1/me/password: other sessions end and API tokens are revoked. */
  changePassword: (body: PasswordChange) => api.post<void>('/api/v1/me/password', body),

  /** GET /api/v1/auth/sessions: my live sessions. */
  sessions: (signal?: AbortSignal) => api.get<Items<SessionInfo>>('/api/v1/auth/sessions', { signal }),

  /** POST /api/v1/auth/sessions/end-others: end all my sessions but this one. */
  endOtherSessions: () => api.post<EndedSessions>('/api/v1/auth/sessions/end-others'),

  /** GET /api/v1/auth/tokens: my API tokens, or (administrators) a user's. */
  tokens: (query: { userId?: string } = {}, signal?: AbortSignal) =>
    api.get<Items<ApiToken>>('/api/v1/auth/tokens', { query, signal }),

  /** POST /api/v1/auth/tokens: the answer holds the secret, shown this once. */
  createToken: (body: NewToken) => api.post<CreatedToken>('/api/v1/auth/tokens', body),

  /** DELETE /api/v1/auth/tokens/{id} */
  revokeToken: (id: string) => api.delete<void>(`/api/v1/auth/tokens/${encodeURIComponent(id)}`),

  /** GET /api/v1/auth/lockouts: logins held back now by the failure limits (admin). */
  lockouts: (signal?: AbortSignal) => api.get<Items<Lockout>>('/api/v1/auth/lockouts', { signal }),

  /** DELETE /api/v1/auth/lockouts: clear the failure counters of a username or an address (admin). */
  clearLockout: (target: LockoutTarget) =>
    api.delete<ClearedLockouts>('/api/v1/auth/lockouts', { query: target }),
};
