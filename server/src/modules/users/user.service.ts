import crypto from 'node:crypto';
import { AppError, isRole, passwordProblem, type Clock, type Role, type Scope } from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import { hashPassword } from '../auth/password.ts';
import type { UserRecord } from './user.repository.ts';

export interface CreateUserInput {
  username: string;
  displayName: string;
  password: string;
  roles: string[];
  scope: Scope;
  phone?: string | null;
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

export class UserService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
  ) {}

  /** Creates a user. Used by the CLI, the demo seed and (later) the admin API. */
  async create(input: CreateUserInput): Promise<UserRecord> {
    const username = input.username.trim().toLowerCase();
    if (!USERNAME.test(username)) {
      throw new AppError(
        'VALIDATION_FAILED',
        'Username must be 2–64 of a-z, 0-9, ".", "_" or "-", starting with a letter or digit',
      );
    }
    const bad = passwordProblem(input.password);
    if (bad) throw new AppError('VALIDATION_FAILED', bad);
    const unknown = input.roles.filter((r) => !isRole(r));
    if (unknown.length > 0 || input.roles.length === 0) {
      throw new AppError(
        'VALIDATION_FAILED',
        `Unknown or missing roles: ${unknown.join(', ') || '(none given)'}`,
      );
    }
    const passwordHash = await hashPassword(input.password);
    return this.data.transaction(async (repos) => {
      if (await repos.users.findByUsername(username)) {
        throw new AppError('CONFLICT', `User ${username} already exists`);
      }
      const id = crypto.randomUUID();
      await repos.users.insert(
        {
          id,
          username,
          displayName: input.displayName.trim() || username,
          passwordHash,
          roles: [...new Set(input.roles)] as Role[],
          scope: input.scope,
          phone: input.phone ?? null,
        },
        this.clock.now(),
      );
      const created = await repos.users.findById(id);
      if (!created) throw new Error('user vanished after insert');
      return created;
    });
  }

  async setPassword(username: string, password: string): Promise<void> {
    const bad = passwordProblem(password);
    if (bad) throw new AppError('VALIDATION_FAILED', bad);
    const user = await this.data.repos.users.findByUsername(username.trim().toLowerCase());
    if (!user) throw new AppError('NOT_FOUND', `No user named ${username}`);
    await this.data.repos.users.setPasswordHash(user.id, await hashPassword(password), this.clock.now());
  }

  count(): Promise<number> {
    return this.data.repos.users.count();
  }
}
