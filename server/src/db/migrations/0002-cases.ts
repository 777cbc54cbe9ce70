import type { MigrationContext } from './migration-helpers.ts';
import { withAutoId } from './migration-helpers.ts';

/** Calendar days, attachments, cases with their event chain, notifications, counters. */
export async function up({ db, engine }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('calendar_days')
    .addColumn('date', 'varchar(10)', (c) => c.primaryKey())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('name', 'varchar(100)')
    .execute();

  await db.schema
    .createTable('attachments')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('sha256', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('mime', 'varchar(32)', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('exif_lng', 'double precision')
    .addColumn('exif_lat', 'double precision')
    .addColumn('uploaded_by', 'varchar(36)', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  // Everyone who uploaded the same bytes may use them (content-addressed: one row in attachments).
  await db.schema
    .createTable('attachment_uploaders')
    .addColumn('attachment_id', 'varchar(36)', (c) => c.notNull().references('attachments.id'))
    .addColumn('user_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('uploaded_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('attachment_uploaders_pk', ['attachment_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('cases')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('case_no', 'varchar(20)', (c) => c.notNull().unique())
    .addColumn('status', 'varchar(32)', (c) => c.notNull())
    .addColumn('channel', 'varchar(16)', (c) => c.notNull())
    .addColumn('item_code', 'varchar(32)', (c) => c.notNull())
    .addColumn('urgency', 'varchar(16)', (c) => c.notNull())
    .addColumn('level', 'varchar(16)', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('lng', 'double precision', (c) => c.notNull())
    .addColumn('lat', 'double precision', (c) => c.notNull())
    .addColumn('address', 'varchar(300)')
    .addColumn('grid_code', 'varchar(15)', (c) => c.notNull())
    .addColumn('community_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('street_code', 'varchar(9)', (c) => c.notNull())
    .addColumn('reporter_id', 'varchar(36)')
    .addColumn('reporter_contact', 'text')
    .addColumn('lead_department_id', 'varchar(36)')
    .addColumn('assist_department_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('assist_done_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('source_id', 'varchar(36)')
    .addColumn('duplicate_of', 'varchar(36)')
    .addColumn('resolved_on_site', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('step', 'varchar(16)')
    .addColumn('step_started_at', 'bigint')
    .addColumn('step_deadline_at', 'bigint')
    .addColumn('step_basis', 'varchar(16)')
    .addColumn('paused_at', 'bigint')
    .addColumn('pending_request', 'text')
    .addColumn('returned_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reworked_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('extended_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('suspended_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('urged_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('supervised_at', 'bigint')
    .addColumn('evaluation', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('closed_at', 'bigint')
    .execute();
  for (const [name, cols] of [
    ['cases_status_idx', ['status', 'created_at']],
    ['cases_street_idx', ['street_code', 'status']],
    ['cases_grid_idx', ['grid_code', 'status']],
    ['cases_lead_idx', ['lead_department_id', 'status']],
    ['cases_item_idx', ['item_code', 'created_at']],
    ['cases_deadline_idx', ['step_deadline_at']],
  ] as const) {
    await db.schema
      .createIndex(name)
      .on('cases')
      .columns([...cols])
      .execute();
  }

  await withAutoId(db.schema.createTable('case_events'), engine)
    .addColumn('case_id', 'varchar(36)', (c) => c.notNull().references('cases.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('action', 'varchar(32)', (c) => c.notNull())
    .addColumn('actor_id', 'varchar(36)')
    .addColumn('from_status', 'varchar(32)')
    .addColumn('to_status', 'varchar(32)', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('prev_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('hash', 'varchar(64)', (c) => c.notNull())
    .addUniqueConstraint('case_events_case_seq_uq', ['case_id', 'seq'])
    .execute();
  await db.schema.createIndex('case_events_at_idx').on('case_events').columns(['at']).execute();

  await db.schema
    .createTable('case_attachments')
    .addColumn('case_id', 'varchar(36)', (c) => c.notNull().references('cases.id'))
    .addColumn('attachment_id', 'varchar(36)', (c) => c.notNull().references('attachments.id'))
    .addColumn('event_seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_attachments_pk', ['case_id', 'attachment_id', 'event_seq'])
    .execute();
  await db.schema
    .createIndex('case_attachments_att_idx')
    .on('case_attachments')
    .column('attachment_id')
    .execute();

  await withAutoId(db.schema.createTable('notifications'), engine)
    .addColumn('user_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('case_id', 'varchar(36)')
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('body', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('read_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('notifications_user_idx')
    .on('notifications')
    .columns(['user_id', 'id'])
    .execute();

  await db.schema
    .createTable('reminders_sent')
    .addColumn('case_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('step_started_at', 'bigint', (c) => c.notNull())
    .addColumn('light', 'varchar(8)', (c) => c.notNull())
    .addColumn('sent_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('reminders_sent_pk', ['case_id', 'step_started_at', 'light'])
    .execute();

  await db.schema
    .createTable('counters')
    .addColumn('key', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();
}
