import type { CreateTableBuilder, Kysely } from 'kysely';
import type { Engine } from '../database.ts';

export interface MigrationContext {
  db: Kysely<unknown>;
  engine: Engine;
}

/** A cross-engine auto-increment integer key: SQLite's rowid alias, PostgreSQL's identity. */
export function withAutoId<T extends string>(
  table: CreateTableBuilder<T, never>,
  engine: Engine,
): CreateTableBuilder<T, 'id'> {
  return engine === 'postgres'
    ? table.addColumn('id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}
