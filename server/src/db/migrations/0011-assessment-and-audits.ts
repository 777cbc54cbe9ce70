import type { MigrationContext } from './migration-helpers.ts';

/**
 * Step 8 (docs/indicators.md): frozen assessment runs with the weights and grade bands they used
 * (weights are versioned; a run is never changed, a later one may supersede it), the
 * acknowledgements of the sub-centers and departments they were published to; and 督查 audits:
 * runs that sample closed cases (stratified by department, from a stated seed) and each sample's
 * on-site re-check.
 */
export async function up({ db }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('assessment_weights')
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('weights', 'text', (c) => c.notNull())
    .addColumn('grade_bands', 'text', (c) => c.notNull())
    .addColumn('created_by', 'varchar(36)')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('assessment_runs')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('period_kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('from_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('to_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('weights_version', 'integer', (c) => c.notNull())
    .addColumn('definitions', 'text', (c) => c.notNull())
    .addColumn('results', 'text', (c) => c.notNull())
    .addColumn('created_by', 'varchar(36)', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('superseded_by', 'varchar(36)')
    .execute();
  await db.schema
    .createIndex('assessment_runs_period_idx')
    .on('assessment_runs')
    .columns(['from_date', 'to_date', 'created_at'])
    .execute();

  await db.schema
    .createTable('assessment_acks')
    .addColumn('run_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('subject_kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('subject_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('user_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('assessment_acks_pk', ['run_id', 'subject_kind', 'subject_id'])
    .execute();

  await db.schema
    .createTable('case_audit_runs')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('from_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('to_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('rate', 'double precision', (c) => c.notNull())
    .addColumn('seed', 'integer', (c) => c.notNull())
    .addColumn('sample_count', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'varchar(36)', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('case_audit_samples')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('run_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('case_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('department_id', 'varchar(36)')
    .addColumn('auditor_id', 'varchar(36)')
    .addColumn('result', 'varchar(16)')
    .addColumn('note', 'text')
    .addColumn('attachment_ids', 'text', (c) => c.notNull())
    .addColumn('checked_at', 'bigint')
    .addColumn('follow_up_case_id', 'varchar(36)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('case_audit_samples_run_idx')
    .on('case_audit_samples')
    .columns(['run_id', 'case_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('case_audit_samples_case_idx')
    .on('case_audit_samples')
    .columns(['case_id'])
    .execute();
  await db.schema
    .createIndex('case_audit_samples_checked_idx')
    .on('case_audit_samples')
    .columns(['checked_at'])
    .execute();
}
