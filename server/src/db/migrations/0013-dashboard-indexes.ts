import { sql } from 'kysely';
import type { MigrationContext } from './migration-helpers.ts';

/**
 * The dashboards' reads (docs/dashboards.md, server/src/modules/dashboard/dashboard.repository.ts):
 *
 * - `cases_dashboard_created_idx`: a period's reported cases grouped by street, department, grid,
 *   problem type and status, from one range of this index without touching the table.
 * - `cases_closed_idx`: a period's closed cases by `closed_at`, which nothing indexed before, with
 *   the columns the closed figures group by. On SQLite it also holds the evaluation's two on-time
 *   flags as indexed expressions (the repository writes them identically), so a month's closed
 *   cases are counted from the index alone instead of reading each case's evaluation.
 * - PostgreSQL cannot answer expressions from an index-only scan: there each flag gets a partial
 *   index of the closed cases it holds for, its predicate written exactly as the repository's
 *   `PG_FLAGS`.
 */
const PG_FLAG_INDEXES: [string, string][] = [
  ['cases_closed_evaluated_idx', 'evaluation is not null'],
  ['cases_closed_on_time_idx', `position('"allOnTime":true' in evaluation) > 0`],
  [
    'cases_closed_handled_idx',
    `(position('"handle":true' in evaluation) > 0 or position('"handle":false' in evaluation) > 0)`,
  ],
  ['cases_closed_handled_on_time_idx', `position('"handle":true' in evaluation) > 0`],
];

export async function up({ db, engine }: MigrationContext): Promise<void> {
  await db.schema
    .createIndex('cases_dashboard_created_idx')
    .on('cases')
    .columns(['created_at', 'street_code', 'lead_department_id', 'grid_code', 'item_code', 'status'])
    .execute();
  if (engine === 'sqlite') {
    await sql`create index cases_closed_idx on cases (closed_at, street_code, lead_department_id, level,
      json_extract(evaluation, '$.allOnTime'), json_extract(evaluation, '$.onTime.handle'))`.execute(db);
    return;
  }
  await db.schema
    .createIndex('cases_closed_idx')
    .on('cases')
    .columns(['closed_at', 'street_code', 'lead_department_id', 'level'])
    .execute();
  for (const [name, predicate] of PG_FLAG_INDEXES)
    await sql`create index ${sql.id(name)} on cases (closed_at, street_code, lead_department_id, level)
      where ${sql.raw(predicate)}`.execute(db);
}
