import { sql } from 'kysely';
import { withAutoId, type MigrationContext } from './migration-helpers.ts';

/**
 * The indicator rollup (docs/indicators.md, "How they are computed"): every case's facts
 * (core/src/indicators/case-facts.ts) summed per local day, so a period's indicators read one
 * range of `indicator_daily` instead of scanning the period's events.
 *
 * - `indicator_dirty`: cases whose events changed since their facts were last counted. A trigger
 *   on `case_events` writes one row per new event, whoever appends it (the workflow, the
 *   generator, an import), in the same transaction. Rows are never merged, so a row written while
 *   a drain runs is kept for the next one.
 * - `indicator_case_facts`: each counted case's facts, so a recount can take back the old ones.
 * - `indicator_daily`: the sums.
 *
 * Every existing case is marked, so the first drains (a reader's, or the scheduler's every 5 s)
 * count the history.
 */
export async function up({ db, engine }: MigrationContext): Promise<void> {
  await withAutoId(db.schema.createTable('indicator_dirty'), engine)
    .addColumn('case_id', 'varchar(36)', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('indicator_case_facts')
    .addColumn('case_id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('facts', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('indicator_daily')
    .addColumn('day', 'varchar(10)', (c) => c.notNull())
    .addColumn('metric', 'varchar(32)', (c) => c.notNull())
    .addColumn('subject', 'varchar(64)', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('indicator_daily_pk', ['day', 'metric', 'subject'])
    .execute();
  if (engine === 'sqlite') {
    await sql`create trigger case_events_indicator_dirty after insert on case_events begin
        insert into indicator_dirty (case_id) values (new.case_id);
      end`.execute(db);
  } else {
    await sql`create function indicator_mark_dirty() returns trigger language plpgsql as $$
      begin
        insert into indicator_dirty (case_id) values (new.case_id);
        return null;
      end $$`.execute(db);
    await sql`create trigger case_events_indicator_dirty after insert on case_events
      for each row execute function indicator_mark_dirty()`.execute(db);
  }
  await sql`insert into indicator_dirty (case_id) select id from cases`.execute(db);
}
