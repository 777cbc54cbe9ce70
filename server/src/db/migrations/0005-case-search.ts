import { sql } from 'kysely';
import type { MigrationContext } from './migration-helpers.ts';

/**
 * The case list stays an index read at a million cases (issue 10):
 *
 * - Assisting departments as rows, so a department's list is two index ranges (lead, assisting)
 *   instead of a text match on every case's JSON list. The JSON column stays the record's source;
 *   the case repository keeps the rows in step with it. `created_at` is the case's, copied so the
 *   rows can be read in the list's order (and a deep page's cursor applies to them too).
 * - Text search through an index: SQLite's FTS5 trigram table, PostgreSQL's pg_trgm GIN index, over
 *   the case number, description and address (each a substring match, as the LIKE search was).
 * - The reminder job reads running steps through a partial index in deadline order, without
 *   visiting closed cases (they have no deadline).
 */
export async function up({ db, engine }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('case_assist_departments')
    .addColumn('case_id', 'varchar(36)', (c) => c.notNull().references('cases.id'))
    .addColumn('department_id', 'varchar(36)', (c) => c.notNull().references('departments.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_assist_departments_pk', ['case_id', 'department_id'])
    .execute();
  await db.schema
    .createIndex('case_assist_departments_dept_idx')
    .on('case_assist_departments')
    .columns(['department_id', 'created_at', 'case_id'])
    .execute();
  // Existing cases: one row per distinct department of the JSON list (ids of no department are left out).
  const elements =
    engine === 'postgres'
      ? sql`cross join lateral jsonb_array_elements_text(c.assist_department_ids::jsonb) as j(value)`
      : sql`cross join json_each(c.assist_department_ids) as j`;
  await sql`
    insert into case_assist_departments (case_id, department_id, created_at)
    select distinct c.id, d.id, c.created_at
    from cases c ${elements}
    join departments d on d.id = j.value`.execute(db);

  if (engine === 'postgres') {
    await sql`create extension if not exists pg_trgm`.execute(db);
    // One GIN index, a column each: an OR of the three ILIKEs is a BitmapOr of three scans of it.
    await sql`
      create index cases_text_trgm_idx on cases
      using gin (case_no gin_trgm_ops, description gin_trgm_ops, address gin_trgm_ops)`.execute(db);
  } else {
    // External content: the text lives in `cases` only. Triggers, not repository code, keep the
    // index in step, so rows a bulk loader writes straight into `cases` are found too. Keyed by
    // `cases`' implicit rowid, which VACUUM may renumber (`cases` has a TEXT primary key): 0007
    // replaces this table with one keyed by a number of each case's own.
    await sql`
      create virtual table cases_fts using fts5(
        case_no, description, address, content='cases', tokenize='trigram'
      )`.execute(db);
    await sql`
      create trigger cases_fts_insert after insert on cases begin
        insert into cases_fts (rowid, case_no, description, address)
        values (new.rowid, new.case_no, new.description, new.address);
      end`.execute(db);
    await sql`
      create trigger cases_fts_delete after delete on cases begin
        insert into cases_fts (cases_fts, rowid, case_no, description, address)
        values ('delete', old.rowid, old.case_no, old.description, old.address);
      end`.execute(db);
    // Only when the searched text changes: status changes, the frequent updates, leave it alone.
    await sql`
      create trigger cases_fts_update after update of case_no, description, address on cases begin
        insert into cases_fts (cases_fts, rowid, case_no, description, address)
        values ('delete', old.rowid, old.case_no, old.description, old.address);
        insert into cases_fts (rowid, case_no, description, address)
        values (new.rowid, new.case_no, new.description, new.address);
      end`.execute(db);
    await sql`insert into cases_fts (cases_fts) values ('rebuild')`.execute(db);
  }

  // Running steps in deadline order, with what the due filter reads, so it is decided on the index.
  await db.schema
    .createIndex('cases_running_step_idx')
    .on('cases')
    .columns(['step_deadline_at', 'id', 'step_started_at', 'step_basis', 'status'])
    .where(sql.ref('step_deadline_at'), 'is not', null)
    .where(sql.ref('paused_at'), 'is', null)
    .execute();
}
