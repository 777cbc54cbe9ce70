import { ROLES, type Role, type Scope } from './roles.ts';

/** Who is acting: resolved from a session or an API token, passed to every service call. */
export interface Actor {
  id: string;
  username: string;
  displayName: string;
  roles: readonly Role[];
  scope: Scope;
}

/**
 * Permissions by role: the single table that routes, services and the UI consult.
 * Scope (which records) is checked separately, by each service, on every read and write.
 */
export const PERMISSIONS = {
  'users.manage': ['admin'],
  'departments.manage': ['admin'],
  'grids.manage': ['admin'],
  'grids.assign': ['admin', 'subcenter'],
  'audit.read': ['admin'],
  'settings.manage': ['admin'],
  'cases.report': ['supervisor', 'intake', 'subcenter', 'auditor'],
  'tokens.own': ROLES,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(actor: Pick<Actor, 'roles'>, permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return actor.roles.some((r) => allowed.includes(r));
}

/** District scope sees the whole district; a street scope only its street; a department its own cases. */
export function seesStreet(actor: Pick<Actor, 'scope'>, streetCode: string): boolean {
  return actor.scope.kind !== 'street' || actor.scope.code === streetCode;
}
