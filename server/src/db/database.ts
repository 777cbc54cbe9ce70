import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import { ReadWriteSqliteDialect } from './sqlite-dialect.ts';

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

/** Read-only connections beside the writer: reads run on them while a transaction holds the writer. */
const SQLITE_READERS = 2;
const SQLITE_BUSY_TIMEOUT_MS = 5000;

function openSqlite(file: string): Db {
  // An in-memory (or '' temporary) database is private to its connection: no readers can share it.
  const isPrivate = file === ':memory:' || file === '';
  if (!isPrivate) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const writer = new SqliteDatabase(file);
  writer.pragma('journal_mode = WAL');
  writer.pragma('foreign_keys = ON');
  writer.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  writer.pragma('synchronous = NORMAL');
  // Opened after the writer has put the file in WAL mode, which lets them read while it writes.
  const readers = isPrivate ? [] : Array.from({ length: SQLITE_READERS }, () => openSqliteReader(file));
  const kysely = new Kysely<Database>({ dialect: new ReadWriteSqliteDialect({ writer, readers }) });
  return {
    kysely,
    engine: 'sqlite',
    describe: `sqlite:${file}`,
    close: async () => {
      await kysely.destroy();
      // Kysely destroys only a driver it has used; readers first, so the writer's close checkpoints.
      for (const native of [...readers, writer]) if (native.open) native.close();
    },
    backup: async (target) => {
      fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
      await writer.backup(target);
    },
  };
}

function openSqliteReader(file: string): SqliteDatabase.Database {
  const reader = new SqliteDatabase(file, { readonly: true });
  // A WAL reader seldom waits, but can meet a busy lock (recovery of the log after a crash, say).
  reader.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  reader.pragma('query_only = ON');
  return reader;
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
