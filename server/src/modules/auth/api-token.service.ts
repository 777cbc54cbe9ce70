import crypto from 'node:crypto';
import { AppError, can, type Actor, type Clock } from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import type { ApiTokenRecord } from './api-token.record.ts';
import { randomToken, sha256, toActor } from './auth.service.ts';

const DAY = 24 * 60 * 60 * 1000;
export const TOKEN_DEFAULT_DAYS = 90;
export const TOKEN_MAX_DAYS = 365;
/** Token use is recorded at most once a minute, not on every request. */
const MARK_USED_EVERY_MS = 60_000;

export interface TokenActor {
  actor: Actor;
  tokenId: string;
}

/**
 * Personal API tokens for integrations. Only a person in a browser session creates them (a token
 * cannot mint tokens); they expire, and a password change or disabling revokes them for good.
 */
export class ApiTokenService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
  ) {}

  /** The actor behind a bearer token, or null when it is unknown, revoked, expired or its user disabled. */
  async resolve(token: string): Promise<TokenActor | null> {
    const now = this.clock.now();
    const record = await this.data.repos.apiTokens.findActiveByHash(sha256(token), now);
    if (!record) return null;
    const user = await this.data.repos.users.findById(record.userId);
    if (!user || user.disabled) return null;
    if (record.lastUsedAt === null || now - record.lastUsedAt >= MARK_USED_EVERY_MS)
      await this.data.repos.apiTokens.markUsed(record.id, now);
    return { actor: toActor(user), tokenId: record.id };
  }

  /** Creates a token for the actor; the secret is returned once and stored only as a hash. */
  async create(
    actor: Actor,
    viaToken: boolean,
    input: { name: string; expiresInDays?: number },
  ): Promise<{ token: ApiTokenRecord; secret: string }> {
    if (!can(actor, 'tokens.own')) throw new AppError('FORBIDDEN', 'You may not create API tokens');
    if (viaToken)
      throw new AppError(
        'FORBIDDEN',
        'An API token cannot create tokens: log in with a password to make one',
      );
    const days = input.expiresInDays ?? TOKEN_DEFAULT_DAYS;
    const secret = `egt_${randomToken()}`;
    const now = this.clock.now();
    const token: ApiTokenRecord = {
      id: crypto.randomUUID(),
      userId: actor.id,
      name: input.name.trim(),
      createdAt: now,
      expiresAt: now + days * DAY,
      lastUsedAt: null,
      revokedAt: null,
    };
    await this.data.transaction(async (repos) => {
      await repos.apiTokens.insert({ ...token, tokenHash: sha256(secret), expiresAt: token.expiresAt! });
      await repos.audit.append(
        {
          actorId: actor.id,
          action: 'token.create',
          targetKind: 'api_token',
          targetId: token.id,
          details: { name: token.name, expiresAt: token.expiresAt },
        },
        now,
      );
    });
    return { token, secret };
  }

  /** The actor's tokens, or (administrators) another user's. */
  async list(actor: Actor, userId?: string): Promise<ApiTokenRecord[]> {
    const owner = userId ?? actor.id;
    if (owner !== actor.id) {
      if (!can(actor, 'users.manage'))
        throw new AppError('FORBIDDEN', "Only administrators see others' tokens");
      if (!(await this.data.repos.users.findById(owner))) throw new AppError('NOT_FOUND', 'User not found');
    }
    return this.data.repos.apiTokens.listForUser(owner);
  }

  /** Revokes one of the actor's tokens; administrators may revoke anyone's. */
  async revoke(actor: Actor, id: string): Promise<void> {
    const now = this.clock.now();
    await this.data.transaction(async (repos) => {
      const token = await repos.apiTokens.findById(id);
      const mayRevoke = token && (token.userId === actor.id || can(actor, 'users.manage'));
      if (!mayRevoke || token.revokedAt !== null || !(await repos.apiTokens.revoke(id, now)))
        throw new AppError('NOT_FOUND', 'API token not found');
      await repos.audit.append(
        {
          actorId: actor.id,
          action: 'token.revoke',
          targetKind: 'api_token',
          targetId: id,
          details: token.userId === actor.id ? undefined : { userId: token.userId },
        },
        now,
      );
    });
  }
}
