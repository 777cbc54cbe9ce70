/** Response shapes of the pinned API (docs/domain.md) that the shell uses. */
import type { ScopeKind } from '@envgrid/core';

export interface UserScope {
  kind: ScopeKind;
  code: string;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  /** Role codes (docs/domain.md); kept as strings so a newer server role does not break the app. */
  roles: string[];
  scope: UserScope;
}

export interface Me {
  user: User;
  /** Codes of the grids this user is responsible for. */
  grids: string[];
  /** Null for a bearer-token actor. */
  csrfToken?: string | null;
}

export interface LoginResponse {
  user: User;
  csrfToken: string;
}

export interface Meta {
  name: string;
  version: string;
  engine: 'sqlite' | 'postgres';
  businessTimeZone: string;
  tileUrl: string;
  /** The district this deployment serves (data, not code); null before it is set up. */
  district: { code: string; name: string; centre: { lng: number; lat: number } | null } | null;
}

export interface Readiness {
  ready: boolean;
  database: 'ok' | 'unreachable';
  pendingMigrations: string[];
}

export interface Department {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  level: 'district' | 'street';
  streetCode?: string | null;
  active: boolean;
}
