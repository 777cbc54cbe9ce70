import type { Role, Scope } from '@envgrid/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database, UsersTable } from '../../db/schema.ts';
import type { UserRecord, NewUser } from './user.record.ts';

function toRecord(row: Selectable<UsersTable>): UserRecord {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    roles: JSON.parse(row.roles) as Role[],
    scope: { kind: row.scope_kind, code: row.scope_code },
    disabled: row.disabled === 1,
    phone: row.phone,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export class UserRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findByUsername(username: string): Promise<UserRecord | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', username)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  async findById(id: string): Promise<UserRecord | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toRecord(row);
  }

  async count(): Promise<number> {
    const r = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async insert(user: NewUser, now: number): Promise<void> {
    await this.db
      .insertInto('users')
      .values({
        id: user.id,
        username: user.username,
        display_name: user.displayName,
        password_hash: user.passwordHash,
        roles: JSON.stringify(user.roles),
        scope_kind: user.scope.kind,
        scope_code: user.scope.code,
        disabled: 0,
        phone: user.phone ?? null,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }

  async list(q: {
    q?: string;
    role?: string;
    streetCode?: string;
    disabled?: boolean;
    offset: number;
    limit: number;
  }): Promise<{ items: UserRecord[]; total: number }> {
    let base = this.db.selectFrom('users');
    if (q.q) {
      const like = `%${q.q.toLowerCase()}%`;
      base = base.where((eb) =>
        eb.or([
          eb(eb.fn('lower', ['username']), 'like', like),
          eb(eb.fn('lower', ['display_name']), 'like', like),
        ]),
      );
    }
    // Roles are a small JSON array: a quoted-substring match is exact for role codes.
    if (q.role) base = base.where('roles', 'like', `%"${q.role}"%`);
    if (q.streetCode) base = base.where('scope_kind', '=', 'street').where('scope_code', '=', q.streetCode);
    if (q.disabled !== undefined) base = base.where('disabled', '=', q.disabled ? 1 : 0);
    const [rows, total] = await Promise.all([
      base.selectAll().orderBy('username').offset(q.offset).limit(q.limit).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toRecord), total: Number(total.n) };
  }

  async findManyByIds(ids: string[]): Promise<UserRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.selectFrom('users').selectAll().where('id', 'in', ids).execute();
    return rows.map(toRecord);
  }

  async update(
    id: string,
    patch: { displayName?: string; roles?: Role[]; scope?: Scope; phone?: string | null; disabled?: boolean },
    now: number,
  ): Promise<void> {
    await this.db
      .updateTable('users')
      .set({
        ...(patch.displayName !== undefined && { display_name: patch.displayName }),
        ...(patch.roles !== undefined && { roles: JSON.stringify(patch.roles) }),
        ...(patch.scope !== undefined && { scope_kind: patch.scope.kind, scope_code: patch.scope.code }),
        ...(patch.phone !== undefined && { phone: patch.phone }),
        ...(patch.disabled !== undefined && { disabled: patch.disabled ? 1 : 0 }),
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
  }

  /** Enabled users holding `role`, in `scope` (a scope without a code: every scope of that kind). */
  async idsWith(role: Role, scope?: { kind: Scope['kind']; code?: string }): Promise<string[]> {
    let q = this.db
      .selectFrom('users')
      .select('id')
      .where('disabled', '=', 0)
      .where('roles', 'like', `%"${role}"%`);
    if (scope) q = q.where('scope_kind', '=', scope.kind);
    if (scope?.code !== undefined) q = q.where('scope_code', '=', scope.code);
    return (await q.execute()).map((r) => r.id);
  }

  async setPasswordHash(id: string, passwordHash: string, now: number): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ password_hash: passwordHash, updated_at: now })
      .where('id', '=', id)
      .execute();
  }
}
