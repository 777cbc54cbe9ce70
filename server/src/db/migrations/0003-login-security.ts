import { sql } from 'kysely';
import type { MigrationContext } from './migration-helpers.ts';

const TOKEN_LIFETIME_MS = 90 * 24 * 60 * 60 * 1000;

/**
 * Login attempts as atomic counters (so parallel guesses cannot outrun the limit), trusted
 * browsers (so an attacker elsewhere cannot lock a user out), and API token expiry.
 */
export async function up({ db }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('login_attempts')
    .addColumn('key', 'varchar(400)', (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('window_start', 'bigint', (c) => c.notNull())
    .addColumn('blocked_until', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('login_attempts_window_idx')
    .on('login_attempts')
    .column('window_start')
    .execute();
  await db.schema.dropTable('login_failures').execute();

  await db.schema
    .createTable('login_devices')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('user_id', 'varchar(36)', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('last_used_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_devices_user_idx').on('login_devices').column('user_id').execute();

  await db.schema.alterTable('api_tokens').addColumn('expires_at', 'bigint').execute();
  // Tokens made before expiry existed get the default lifetime from now on, not forever.
  await sql`update api_tokens set expires_at = created_at + ${TOKEN_LIFETIME_MS}`.execute(db);
  await db.schema.createIndex('api_tokens_user_idx').on('api_tokens').column('user_id').execute();
}
