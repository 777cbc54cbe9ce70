import { Migrator, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import type { Db } from './database.ts';
import type { MigrationContext } from './migrations/migration-helpers.ts';
import * as m0001 from './migrations/0001-foundation.ts';
import * as m0002 from './migrations/0002-cases.ts';
import * as m0003 from './migrations/0003-login-security.ts';
import * as m0004 from './migrations/0004-case-list-indexes.ts';
import * as m0005 from './migrations/0005-case-search.ts';
import * as m0006 from './migrations/0006-duplicate-search-index.ts';
import * as m0007 from './migrations/0007-stable-text-index.ts';
import * as m0008 from './migrations/0008-street-running-index.ts';
import * as m0009 from './migrations/0009-sources-patrols-consultations.ts';
import * as m0010 from './migrations/0010-case-officers.ts';
import * as m0011 from './migrations/0011-assessment-and-audits.ts';
import * as m0012 from './migrations/0012-indicator-indexes.ts';
import * as m0013 from './migrations/0013-dashboard-indexes.ts';
import * as m0014 from './migrations/0014-indicator-rollup.ts';

type Step = { up(ctx: MigrationContext): Promise<void> };

/** Migrations in order. Names never change once released: they are the keys of the history table. */
const STEPS: Record<string, Step> = {
  '0001-foundation': m0001,
  '0002-cases': m0002,
  '0003-login-security': m0003,
  '0004-case-list-indexes': m0004,
  '0005-case-search': m0005,
  '0006-duplicate-search-index': m0006,
  '0007-stable-text-index': m0007,
  '0008-street-running-index': m0008,
  '0009-sources-patrols-consultations': m0009,
  '0010-case-officers': m0010,
  '0011-assessment-and-audits': m0011,
  '0012-indicator-indexes': m0012,
  '0013-dashboard-indexes': m0013,
  '0014-indicator-rollup': m0014,
};

function migrator(db: Db): Migrator {
  const provider: MigrationProvider = {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, step] of Object.entries(STEPS)) {
        out[name] = { up: (k) => step.up({ db: k, engine: db.engine }) };
      }
      return out;
    },
  };
  return new Migrator({ db: db.kysely, provider });
}

export class MigrationFailed extends Error {
  override name = 'MigrationFailed';
}

/** Applies every pending migration; returns the names applied. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const { error, results }: MigrationResultSet = await migrator(db).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationFailed(
      `migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Applies the migrations up to and including `name` (tests of a later migration start there). */
export async function migrateUpTo(db: Db, name: string): Promise<void> {
  const { error } = await migrator(db).migrateTo(name);
  if (error)
    throw new MigrationFailed(
      `migration to ${name} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
}

/** Names of migrations not yet applied (empty when the schema is current). */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const all = await migrator(db).getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
