import crypto from 'node:crypto';
import {
  AppError,
  can,
  isRole,
  passwordProblem,
  type Actor,
  type Clock,
  type Role,
  type Scope,
} from '@envgrid/core';
import type { DataAccess, Repos } from '../../db/repos.ts';
import { hashPassword } from '../auth/password.ts';
import type { UserRecord } from './user.record.ts';

export interface CreateUserInput {
  username: string;
  displayName: string;
  password: string;
  roles: string[];
  scope: Scope;
  phone?: string | null;
}

export interface UpdateUserInput {
  displayName?: string;
  roles?: Role[];
  scope?: Scope;
  phone?: string | null;
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

function requireAdmin(actor: Actor): void {
  if (!can(actor, 'users.manage')) throw new AppError('FORBIDDEN', 'Only administrators manage users');
}

export class UserService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
  ) {}

  /** The logged-in user as stored now, with the grids they are responsible for. */
  async me(actor: Actor): Promise<{ user: UserRecord; grids: string[] }> {
    const user = await this.data.repos.users.findById(actor.id);
    if (!user) throw new AppError('UNAUTHENTICATED', 'Log in first');
    return { user, grids: await this.data.repos.grids.supervisedBy(actor.id) };
  }

  /** Creates a user without an actor: the CLI and the seed, which run with the operator's authority. */
  async create(input: CreateUserInput): Promise<UserRecord> {
    return this.createInternal(null, input);
  }

  async createAs(actor: Actor, input: CreateUserInput): Promise<UserRecord> {
    requireAdmin(actor);
    return this.createInternal(actor, input);
  }

  private async createInternal(actor: Actor | null, input: CreateUserInput): Promise<UserRecord> {
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
      await this.checkScopeExists(repos, input.scope);
      if (await repos.users.findByUsername(username)) {
        throw new AppError('CONFLICT', `User ${username} already exists`);
      }
      const id = crypto.randomUUID();
      const now = this.clock.now();
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
        now,
      );
      await repos.audit.append(
        {
          actorId: actor?.id ?? null,
          action: 'user.create',
          targetKind: 'user',
          targetId: id,
          details: { username, roles: input.roles, scope: input.scope },
        },
        now,
      );
      return (await repos.users.findById(id))!;
    });
  }

  /** A scope must name something that exists: the district, a street, or a department. */
  private async checkScopeExists(repos: Repos, scope: Scope): Promise<void> {
    if (scope.kind === 'department') {
      if (!(await repos.departments.findByCode(scope.code)))
        throw new AppError('VALIDATION_FAILED', `No department with code ${scope.code}`);
      return;
    }
    const region = await repos.regions.find(scope.code);
    if (!region || region.kind !== scope.kind)
      throw new AppError('VALIDATION_FAILED', `No ${scope.kind} with code ${scope.code}`);
  }

  async list(
    actor: Actor,
    q: { q?: string; role?: Role; street?: string; disabled?: boolean; offset?: number; limit?: number },
  ) {
    requireAdmin(actor);
    return this.data.repos.users.list({
      q: q.q,
      role: q.role,
      streetCode: q.street,
      disabled: q.disabled,
      offset: q.offset ?? 0,
      limit: q.limit ?? 50,
    });
  }

  async get(actor: Actor, id: string): Promise<UserRecord> {
    requireAdmin(actor);
    const user = await this.data.repos.users.findById(id);
    if (!user) throw new AppError('NOT_FOUND', 'User not found');
    return user;
  }

  async update(actor: Actor, id: string, patch: UpdateUserInput): Promise<UserRecord> {
    requireAdmin(actor);
    return this.data.transaction(async (repos) => {
      const user = await repos.users.findById(id);
      if (!user) throw new AppError('NOT_FOUND', 'User not found');
      if (patch.scope) await this.checkScopeExists(repos, patch.scope);
      // Nobody takes away their own right to manage users: the district would lose its last admin.
      if (patch.roles && user.id === actor.id && !can({ roles: patch.roles }, 'users.manage')) {
        throw new AppError('VALIDATION_FAILED', 'You cannot remove your own administrator role');
      }
      const now = this.clock.now();
      await repos.users.update(id, { ...patch, displayName: patch.displayName?.trim() }, now);
      // New powers or a new territory take effect at the next login, not halfway through a session.
      if (patch.roles || patch.scope) await repos.sessions.deleteForUser(id);
      await repos.audit.append(
        { actorId: actor.id, action: 'user.update', targetKind: 'user', targetId: id, details: patch },
        now,
      );
      return (await repos.users.findById(id))!;
    });
  }

  async setDisabled(actor: Actor, id: string, disabled: boolean): Promise<UserRecord> {
    requireAdmin(actor);
    if (id === actor.id && disabled) throw new AppError('VALIDATION_FAILED', 'You cannot disable yourself');
    return this.data.transaction(async (repos) => {
      const user = await repos.users.findById(id);
      if (!user) throw new AppError('NOT_FOUND', 'User not found');
      const now = this.clock.now();
      await repos.users.update(id, { disabled }, now);
      if (disabled) {
        // Re-enabling must not bring back what disabling ended.
        await repos.sessions.deleteForUser(id);
        await repos.apiTokens.revokeAllForUser(id, now);
      }
      await repos.audit.append(
        {
          actorId: actor.id,
          action: disabled ? 'user.disable' : 'user.enable',
          targetKind: 'user',
          targetId: id,
        },
        now,
      );
      return (await repos.users.findById(id))!;
    });
  }

  async resetPassword(actor: Actor, id: string, password: string): Promise<void> {
    requireAdmin(actor);
    const bad = passwordProblem(password);
    if (bad) throw new AppError('VALIDATION_FAILED', bad);
    const hash = await hashPassword(password);
    await this.data.transaction(async (repos) => {
      if (!(await repos.users.findById(id))) throw new AppError('NOT_FOUND', 'User not found');
      const now = this.clock.now();
      await repos.users.setPasswordHash(id, hash, now);
      await this.endEverything(repos, id, now);
      await repos.audit.append(
        { actorId: actor.id, action: 'user.reset_password', targetKind: 'user', targetId: id },
        now,
      );
    });
  }

  /** CLI: set a password by username. */
  async setPassword(username: string, password: string): Promise<void> {
    const bad = passwordProblem(password);
    if (bad) throw new AppError('VALIDATION_FAILED', bad);
    const user = await this.data.repos.users.findByUsername(username.trim().toLowerCase());
    if (!user) throw new AppError('NOT_FOUND', `No user named ${username}`);
    const hash = await hashPassword(password);
    await this.data.transaction(async (repos) => {
      const now = this.clock.now();
      await repos.users.setPasswordHash(user.id, hash, now);
      await this.endEverything(repos, user.id, now);
      await repos.audit.append(
        {
          actorId: null,
          action: 'user.reset_password',
          targetKind: 'user',
          targetId: user.id,
          details: { via: 'cli' },
        },
        now,
      );
    });
  }

  /** A password reset assumes the old one leaked: sessions, API tokens and trusted browsers all end. */
  private async endEverything(repos: Repos, userId: string, now: number): Promise<void> {
    await repos.sessions.deleteForUser(userId);
    await repos.apiTokens.revokeAllForUser(userId, now);
    await repos.loginDevices.deleteForUser(userId);
  }
}
