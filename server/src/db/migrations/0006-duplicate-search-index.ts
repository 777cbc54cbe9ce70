import type { MigrationContext } from './migration-helpers.ts';

/**
 * The duplicate check at intake reads the recent cases of the grids around the new case's point
 * (grid_code, item_code, created_at): a few rows however many cases the district holds, where
 * (item_code, created_at) read every recent case of that item in the district.
 *
 * Dropped, each covered by a later index that also serves the list's order: (grid_code, status)
 * by the one above and (grid_code, created_at, id); (step_deadline_at) by the running steps'
 * partial index. An intake maintains two indexes fewer.
 */
export async function up({ db }: MigrationContext): Promise<void> {
  await db.schema
    .createIndex('cases_grid_item_created_idx')
    .on('cases')
    .columns(['grid_code', 'item_code', 'created_at'])
    .execute();
  await db.schema.dropIndex('cases_grid_idx').execute();
  await db.schema.dropIndex('cases_deadline_idx').execute();
}
