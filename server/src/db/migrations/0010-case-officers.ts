import type { MigrationContext } from './migration-helpers.ts';

/**
 * Grid officers a case's lead department brought in while handling it (docs/workflow.md,
 * `involve_officer`): they see it among their work and record what they did (`officer_report`).
 */
export async function up({ db }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('case_officers')
    .addColumn('case_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('user_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('invited_by', 'varchar(36)', (c) => c.notNull())
    .addColumn('invited_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_officers_pk', ['case_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('case_officers_user_idx')
    .on('case_officers')
    .columns(['user_id', 'invited_at'])
    .execute();
}
