/** Shapes of the administration API: users, audit log. */
import type { UserScope } from './types.ts';

export interface AdminUser {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  scope: UserScope;
  disabled: boolean;
  phone: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface UsersPage {
  items: AdminUser[];
  total: number;
}

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  roles: string[];
  scope: UserScope;
  phone?: string | null;
}

export interface UserPatch {
  displayName?: string;
  roles?: string[];
  scope?: UserScope;
  phone?: string | null;
}

export interface AuditEntry {
  id: number;
  actor: { id: string; username: string | null } | null;
  action: string;
  targetKind: string;
  targetId: string;
  details: unknown;
  at: number;
}

export interface AuditPage {
  items: AuditEntry[];
}
