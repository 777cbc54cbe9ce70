import { sql } from 'kysely';
import type { MigrationContext } from './migration-helpers.ts';

/**
 * SQLite's text index (0005) was keyed by `cases`' implicit rowid. `cases` has a TEXT primary key,
 * so that rowid is not a column, and SQLite documents that VACUUM may renumber such rowids: the
 * index would then silently find the wrong cases. Instead each case gets a number of its own,
 * `case_text_ids.text_id`, an INTEGER PRIMARY KEY (a rowid alias, which VACUUM keeps), and the
 * index is a contentless FTS5 table keyed by it. Contentless (the text stays in `cases` only) with
 * `contentless_delete`, so a row is removed by its number alone, without its old text.
 *
 * PostgreSQL's pg_trgm index is on `cases` itself: nothing to do.
 */
export async function up({ db, engine }: MigrationContext): Promise<void> {
  if (engine === 'postgres') return;

  for (const name of ['cases_fts_insert', 'cases_fts_delete', 'cases_fts_update'])
    await sql`drop trigger ${sql.id(name)}`.execute(db);
  await sql`drop table cases_fts`.execute(db);

  await db.schema
    .createTable('case_text_ids')
    .addColumn('text_id', 'integer', (c) => c.primaryKey())
    .addColumn('case_id', 'varchar(36)', (c) => c.notNull().unique().references('cases.id'))
    .execute();
  await sql`
    create virtual table cases_fts using fts5(
      case_no, description, address, content='', contentless_delete=1, tokenize='trigram'
    )`.execute(db);

  // Set-based, for a million cases. In id order: read from the primary key's index, the numbers
  // and the case_id index are both appended to. The index is then filled in ascending rowid order,
  // which FTS5 buffers; a rowid below the last one would make it flush at every row.
  await sql`insert into case_text_ids (case_id) select id from cases order by id`.execute(db);
  await sql`
    insert into cases_fts (rowid, case_no, description, address)
    select t.text_id, c.case_no, c.description, c.address
    from case_text_ids t join cases c on c.id = t.case_id
    order by t.text_id`.execute(db);

  // Triggers, as in 0005, so rows a bulk loader writes straight into `cases` are indexed too.
  await sql`
    create trigger case_text_insert after insert on cases begin
      insert into case_text_ids (case_id) values (new.id);
      insert into cases_fts (rowid, case_no, description, address)
      values (
        (select text_id from case_text_ids where case_id = new.id),
        new.case_no, new.description, new.address
      );
    end`.execute(db);
  // The index row first: it is found through the mapping row.
  await sql`
    create trigger case_text_delete after delete on cases begin
      delete from cases_fts where rowid = (select text_id from case_text_ids where case_id = old.id);
      delete from case_text_ids where case_id = old.id;
    end`.execute(db);
  // Only when the searched text changes: status changes, the frequent updates, leave it alone.
  await sql`
    create trigger case_text_update after update of case_no, description, address on cases begin
      delete from cases_fts where rowid = (select text_id from case_text_ids where case_id = new.id);
      insert into cases_fts (rowid, case_no, description, address)
      values (
        (select text_id from case_text_ids where case_id = new.id),
        new.case_no, new.description, new.address
      );
    end`.execute(db);
}
