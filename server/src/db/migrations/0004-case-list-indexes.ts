import type { MigrationContext } from './migration-helpers.ts';

/**
 * Indexes in the order the case list reads (newest first, `created_at` then `id`), one per list
 * scope: the whole district, a street, a grid, a department, a reporter. With the keyset cursor
 * written as a row comparison, a page is an index range, not a scan and a sort of every case
 * (`case-list-plans.test.ts` keeps it so on both engines).
 */
const INDEXES: [string, string[]][] = [
  ['cases_created_idx', ['created_at', 'id']],
  ['cases_street_created_idx', ['street_code', 'created_at', 'id']],
  ['cases_grid_created_idx', ['grid_code', 'created_at', 'id']],
  ['cases_lead_created_idx', ['lead_department_id', 'created_at', 'id']],
  ['cases_reporter_created_idx', ['reporter_id', 'created_at', 'id']],
  ['cases_status_created_idx', ['status', 'created_at', 'id']],
];

export async function up({ db }: MigrationContext): Promise<void> {
  for (const [name, columns] of INDEXES)
    await db.schema.createIndex(name).on('cases').columns(columns).execute();
  // The (status, created_at) index is covered by the one above.
  await db.schema.dropIndex('cases_status_idx').execute();
}
