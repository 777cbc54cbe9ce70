/** The user records: domain shapes, apart from how the repository stores them. */
import type { Role, Scope } from '@envgrid/core';

export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  roles: Role[];
  scope: Scope;
  disabled: boolean;
  phone: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface NewUser {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  roles: Role[];
  scope: Scope;
  phone?: string | null;
}
