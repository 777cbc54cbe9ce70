import { sql } from 'kysely';
import { withAutoId, type MigrationContext } from './migration-helpers.ts';

/**
 * The management layer around cases (docs/sources-and-patrols.md): the pollution-source registry
 * with its event history, patrols with their GPS tracks, inspections and the grids they visited,
 * and consultations with their replies. Cases point at sources through `cases.source_id`, which
 * gets an index here: a source's page lists its cases, and an open case makes it `rectifying`.
 */
export async function up({ db, engine }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('sources')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('type', 'varchar(32)', (c) => c.notNull())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('address', 'varchar(300)')
    .addColumn('lng', 'double precision', (c) => c.notNull())
    .addColumn('lat', 'double precision', (c) => c.notNull())
    .addColumn('grid_code', 'varchar(32)', (c) => c.notNull())
    .addColumn('community_code', 'varchar(32)', (c) => c.notNull())
    .addColumn('street_code', 'varchar(32)', (c) => c.notNull())
    .addColumn('department_id', 'varchar(36)')
    .addColumn('risk_level', 'varchar(16)', (c) => c.notNull())
    .addColumn('inspection_every_days', 'integer', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('attributes', 'text', (c) => c.notNull())
    .addColumn('proposed_by_case_id', 'varchar(36)')
    .addColumn('merged_into_id', 'varchar(36)')
    .addColumn('created_by', 'varchar(36)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sources_street_idx')
    .on('sources')
    .columns(['street_code', 'status'])
    .execute();
  await db.schema.createIndex('sources_grid_idx').on('sources').columns(['grid_code']).execute();
  // The registry's list order (newest first, keyset paged).
  await db.schema.createIndex('sources_created_idx').on('sources').columns(['created_at', 'id']).execute();
  // Nearby sources of a type (the 50 m duplicate check) as a latitude range.
  await db.schema.createIndex('sources_type_lat_idx').on('sources').columns(['type', 'lat']).execute();

  await withAutoId(db.schema.createTable('source_events'), engine)
    .addColumn('source_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('action', 'varchar(32)', (c) => c.notNull())
    .addColumn('actor_id', 'varchar(36)')
    .addColumn('from_status', 'varchar(16)')
    .addColumn('to_status', 'varchar(16)', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('source_events_seq_idx')
    .on('source_events')
    .columns(['source_id', 'seq'])
    .unique()
    .execute();

  await db.schema
    .createIndex('cases_source_idx')
    .on('cases')
    .columns(['source_id', 'created_at'])
    .where(sql.ref('source_id'), 'is not', null)
    .execute();

  await db.schema
    .createTable('patrols')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('user_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('street_code', 'varchar(32)')
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('started_at', 'bigint', (c) => c.notNull())
    .addColumn('ended_at', 'bigint')
    .addColumn('point_count', 'integer', (c) => c.notNull())
    .addColumn('flagged_count', 'integer', (c) => c.notNull())
    .addColumn('distance_m', 'double precision', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('patrols_user_idx').on('patrols').columns(['user_id', 'started_at']).execute();
  await db.schema.createIndex('patrols_started_idx').on('patrols').columns(['started_at']).execute();

  await db.schema
    .createTable('patrol_points')
    .addColumn('patrol_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('lng', 'double precision', (c) => c.notNull())
    .addColumn('lat', 'double precision', (c) => c.notNull())
    .addColumn('grid_code', 'varchar(32)')
    .addColumn('flagged', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('patrol_points_pk', ['patrol_id', 'at'])
    .execute();

  // One row per patrol and grid its trusted track entered: coverage counts these.
  await db.schema
    .createTable('patrol_grids')
    .addColumn('patrol_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('grid_code', 'varchar(32)', (c) => c.notNull())
    .addColumn('first_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('patrol_grids_pk', ['patrol_id', 'grid_code'])
    .execute();
  await db.schema
    .createIndex('patrol_grids_grid_idx')
    .on('patrol_grids')
    .columns(['grid_code', 'first_at'])
    .execute();

  await db.schema
    .createTable('source_inspections')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('source_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('patrol_id', 'varchar(36)')
    .addColumn('user_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('result', 'varchar(16)', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('attachment_ids', 'text', (c) => c.notNull())
    .addColumn('case_id', 'varchar(36)')
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('source_inspections_source_idx')
    .on('source_inspections')
    .columns(['source_id', 'at'])
    .execute();
  await db.schema
    .createIndex('source_inspections_patrol_idx')
    .on('source_inspections')
    .columns(['patrol_id'])
    .execute();

  await db.schema
    .createTable('consultations')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('asker_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('lng', 'double precision')
    .addColumn('lat', 'double precision')
    .addColumn('grid_code', 'varchar(32)', (c) => c.notNull())
    .addColumn('street_code', 'varchar(32)', (c) => c.notNull())
    .addColumn('case_id', 'varchar(36)')
    .addColumn('source_id', 'varchar(36)')
    .addColumn('attachment_ids', 'text', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('reply_deadline_at', 'bigint', (c) => c.notNull())
    .addColumn('first_reply_at', 'bigint')
    .addColumn('reminded_at', 'bigint')
    .addColumn('escalated_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('consultations_grid_idx')
    .on('consultations')
    .columns(['grid_code', 'created_at'])
    .execute();
  await db.schema
    .createIndex('consultations_asker_idx')
    .on('consultations')
    .columns(['asker_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('consultations_open_idx')
    .on('consultations')
    .columns(['reply_deadline_at'])
    .where(sql.ref('first_reply_at'), 'is', null)
    .execute();

  await db.schema
    .createTable('consultation_replies')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('consultation_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('author_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('consultation_replies_idx')
    .on('consultation_replies')
    .columns(['consultation_id', 'at'])
    .execute();
}
