import type { MigrationContext } from './migration-helpers.ts';

/**
 * The indicator engine (docs/indicators.md) reads case events by action over a time range: the
 * reports, filings, dispatches, feedbacks, checks and closures of a period. One index serves
 * them all, a range per action instead of a scan of every event of the period.
 */
export async function up({ db }: MigrationContext): Promise<void> {
  await db.schema
    .createIndex('case_events_action_at_idx')
    .on('case_events')
    .columns(['action', 'at'])
    .execute();
}
