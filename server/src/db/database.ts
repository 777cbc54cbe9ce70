import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

export type Engine = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  engine: Engine;
  /** Safe to print: the password of a PostgreSQL URL is masked. */
  describe: string;
  close(): Promise<void>;
  /** SQLite: an online, consistent copy to `file`. PostgreSQL: throws with the pg_dump command to use. */
  backup(file: string): Promise<void>;
}

export class BackupNotSupported extends Error {
  override name = 'BackupNotSupported';
}

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** Opens the database named by a `sqlite:PATH` or `postgres://` URL. */
export function openDatabase(url: string): Db {
  if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length));
  return openPostgres(url);
}

function openSqlite(file: string): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const native = new SqliteDatabase(file);
  native.pragma('journal_mode = WAL');
  native.pragma('foreign_keys = ON');
  native.pragma('busy_timeout = 5000');
  native.pragma('synchronous = NORMAL');
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: native }) });
  return {
    kysely,
    engine: 'sqlite',
    describe: `sqlite:${file}`,
    close: () => kysely.destroy(),
    backup: async (target) => {
      fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
      await native.backup(target);
    },
  };
}

function openPostgres(url: string): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // Epoch milliseconds live in bigint columns; they fit a JS number, so read them as numbers.
    types: {
      getTypeParser: (oid: number, format?: 'text' | 'binary') => {
        if (oid === INT8_OID || oid === NUMERIC_OID) return (v: string) => (v === null ? null : Number(v));
        return pg.types.getTypeParser(oid, format);
      },
    },
  });
  // An idle connection the server closed (restart, failover, a dropped database) must not crash
  // the process: the pool discards it and opens a new one when needed.
  pool.on('error', (err) => console.warn(`envgrid: idle PostgreSQL connection lost: ${err.message}`));
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const masked = new URL(url);
  if (masked.password) masked.password = '***';
  return {
    kysely,
    engine: 'postgres',
    describe: masked.toString(),
    close: () => kysely.destroy(),
    backup: async (target) => {
      throw new BackupNotSupported(
        `PostgreSQL is backed up with its own tools: pg_dump --format=custom --file=${JSON.stringify(target)} ${JSON.stringify(masked.toString())}`,
      );
    },
  };
}
