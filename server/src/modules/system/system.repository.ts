import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { pendingMigrations } from '../../db/migrate.ts';

export class SystemRepository {
  constructor(private readonly db: Db) {}

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db.kysely);
  }

  pendingMigrations(): Promise<string[]> {
    return pendingMigrations(this.db);
  }
}
