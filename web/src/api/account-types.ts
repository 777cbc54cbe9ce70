/** Shapes of the account-security API: own sessions, personal API tokens, login lockouts. */

/** GET /api/v1/auth/sessions → items */
export interface SessionInfo {
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
  ip: string | null;
  userAgent: string | null;
  /** The session making the request (this browser). */
  current: boolean;
}

/** GET /api/v1/auth/tokens → items (never the secret). */
export interface ApiToken {
  id: string;
  name: string;
  createdAt: number;
  expiresAt: number | null;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

/** POST /api/v1/auth/tokens → 201: the only answer that carries the secret. */
export interface CreatedToken {
  id: string;
  name: string;
  token: string;
  expiresAt: number;
}

export type LockoutKind = 'account-source' | 'address' | 'account';

/** GET /api/v1/auth/lockouts → items (admin). */
export interface Lockout {
  kind: LockoutKind;
  username: string | null;
  address: string | null;
  /** An account-source lockout whose source is a browser that logged in as the user before. */
  trustedBrowser: boolean;
  attempts: number;
  until: number;
}

export interface Items<T> {
  items: T[];
}
