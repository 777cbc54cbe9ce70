import { sql } from 'kysely';
import type { MigrationContext } from './migration-helpers.ts';

/**
 * A street's running steps in deadline order: the sub-center's list by deadline (and its overdue
 * list) is a range of this partial index instead of a walk of the whole district's running steps
 * checking the street on each.
 */
export async function up({ db }: MigrationContext): Promise<void> {
  await db.schema
    .createIndex('cases_street_running_idx')
    .on('cases')
    .columns(['street_code', 'step_deadline_at', 'id'])
    .where(sql.ref('step_deadline_at'), 'is not', null)
    .where(sql.ref('paused_at'), 'is', null)
    .execute();
}
