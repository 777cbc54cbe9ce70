import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { LoginDeviceRecord } from './login-device.record.ts';

/** Browsers that logged in successfully as a user (the id is the sha256 of their device cookie). */
export class LoginDeviceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async find(id: string): Promise<LoginDeviceRecord | undefined> {
    const r = await this.db.selectFrom('login_devices').selectAll().where('id', '=', id).executeTakeFirst();
    return r && { id: r.id, userId: r.user_id, createdAt: r.created_at, lastUsedAt: r.last_used_at };
  }

  async insert(d: LoginDeviceRecord): Promise<void> {
    await this.db
      .insertInto('login_devices')
      .values({ id: d.id, user_id: d.userId, created_at: d.createdAt, last_used_at: d.lastUsedAt })
      .execute();
  }

  async touch(id: string, at: number): Promise<void> {
    await this.db.updateTable('login_devices').set({ last_used_at: at }).where('id', '=', id).execute();
  }

  async deleteForUser(userId: string): Promise<void> {
    await this.db.deleteFrom('login_devices').where('user_id', '=', userId).execute();
  }

  async deleteUnusedSince(before: number): Promise<void> {
    await this.db.deleteFrom('login_devices').where('last_used_at', '<', before).execute();
  }
}
