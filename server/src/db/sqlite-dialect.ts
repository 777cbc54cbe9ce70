/**
 * A Kysely dialect for better-sqlite3 with one writer connection, a few read-only connections to
 * the same WAL file beside it, and a cache of prepared statements on each connection.
 *
 * Why: Kysely's own SqliteDriver has one connection behind one mutex, so a transaction that awaits
 * between its queries makes every other request's reads wait for its commit; and it prepares every
 * query anew, which costs a large share of the CPU time.
 *
 * Routing: a SELECT outside a transaction runs on an idle reader, without the writer's mutex; WAL
 * shows it everything committed before it starts and nothing of a transaction still open. Everything
 * else — writes, raw SQL (it may write), `begin`/`commit`/savepoints and so every query of a
 * transaction — runs on the writer under the mutex, as with Kysely's driver. A connection takes the
 * mutex at its first such query and keeps it until Kysely releases the connection; while it holds
 * it, its selects go to the writer too (they must see its own uncommitted writes).
 */
import type SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  createQueryId,
  IdentifierNode,
  RawNode,
  SelectQueryNode,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type QueryCompiler,
  type QueryResult,
} from 'kysely';

type Native = SqliteDatabase.Database;

export interface ReadWriteSqliteConfig {
  /** The one connection that writes, its pragmas set by the caller. */
  writer: Native;
  /**
   * Read-only connections to the same file (WAL). None for an in-memory database, which no other
   * connection can see: the writer then runs everything, under the mutex.
   */
  readers?: readonly Native[];
  /** Prepared statements kept per connection, the least recently used dropped first. */
  statementCacheSize?: number;
}

const DEFAULT_STATEMENT_CACHE_SIZE = 300;

export class ReadWriteSqliteDialect implements Dialect {
  readonly #config: ReadWriteSqliteConfig;

  constructor(config: ReadWriteSqliteConfig) {
    this.#config = config;
  }

  createDriver(): Driver {
    return new ReadWriteSqliteDriver(this.#config);
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new ReadWriteSqliteAdapter();
  }

  createIntrospector(db: Parameters<Dialect['createIntrospector']>[0]): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}

/**
 * Kysely's migrator locks through the adapter; SQLite's adapter does nothing, because with one
 * connection the migrator's `db.connection()` held the only one. Here that connection would read
 * the migration history on a reader, so a second run could read it before the first had written it.
 */
class ReadWriteSqliteAdapter extends SqliteAdapter {
  override async acquireMigrationLock(
    db: Parameters<DialectAdapter['acquireMigrationLock']>[0],
  ): Promise<void> {
    // Raw SQL takes the writer, held until the migrator releases its connection.
    await db.executeQuery(CompiledQuery.raw('select 1'));
  }
}

class ReadWriteSqliteDriver implements Driver {
  readonly #writer: PreparedConnection;
  readonly #readers: ReaderPool;
  readonly #mutex = new WriterMutex();
  readonly #natives: Native[];

  constructor(config: ReadWriteSqliteConfig) {
    const size = config.statementCacheSize ?? DEFAULT_STATEMENT_CACHE_SIZE;
    const readers = config.readers ?? [];
    this.#writer = new PreparedConnection(config.writer, size);
    this.#readers = new ReaderPool(readers.map((r) => new PreparedConnection(r, size)));
    // Readers first: the last connection to close checkpoints the WAL, and only the writer can.
    this.#natives = [...readers, config.writer];
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    // Nothing to wait for yet: the writer's mutex is taken when the connection first needs it.
    return new RoutingConnection(this.#writer, this.#mutex, this.#readers);
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async savepoint(
    connection: DatabaseConnection,
    name: string,
    compileQuery: QueryCompiler['compileQuery'],
  ): Promise<void> {
    await connection.executeQuery(compileQuery(savepointCommand('savepoint', name), createQueryId()));
  }

  async rollbackToSavepoint(
    connection: DatabaseConnection,
    name: string,
    compileQuery: QueryCompiler['compileQuery'],
  ): Promise<void> {
    await connection.executeQuery(compileQuery(savepointCommand('rollback to', name), createQueryId()));
  }

  async releaseSavepoint(
    connection: DatabaseConnection,
    name: string,
    compileQuery: QueryCompiler['compileQuery'],
  ): Promise<void> {
    await connection.executeQuery(compileQuery(savepointCommand('release', name), createQueryId()));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    await (connection as RoutingConnection).release();
  }

  async destroy(): Promise<void> {
    for (const native of this.#natives) if (native.open) native.close();
  }
}

/** As Kysely's own SQLite driver builds them: the name goes through the compiler's escaping. */
function savepointCommand(command: string, name: string): RawNode {
  return RawNode.createWithChildren([RawNode.createWithSql(`${command} `), IdentifierNode.create(name)]);
}

/** What Kysely holds between acquireConnection and releaseConnection: it picks a connection per query. */
class RoutingConnection implements DatabaseConnection {
  readonly #writer: PreparedConnection;
  readonly #mutex: WriterMutex;
  readonly #readers: ReaderPool;
  /** Set at the first query that needs the writer; one promise, so concurrent queries wait once. */
  #writerTaken: Promise<void> | undefined;

  constructor(writer: PreparedConnection, mutex: WriterMutex, readers: ReaderPool) {
    this.#writer = writer;
    this.#mutex = mutex;
    this.#readers = readers;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.#readsBeside(query)) {
      const reader = await this.#readers.lease();
      try {
        return reader.execute<R>(query);
      } finally {
        this.#readers.giveBack(reader);
      }
    }
    await this.#takeWriter();
    return this.#writer.execute<R>(query);
  }

  async *streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (this.#readsBeside(query)) {
      // The reader is busy until the stream ends: no other query may run on it meanwhile.
      const reader = await this.#readers.lease();
      try {
        yield* reader.stream<R>(query);
      } finally {
        this.#readers.giveBack(reader);
      }
      return;
    }
    await this.#takeWriter();
    yield* this.#writer.stream<R>(query);
  }

  async release(): Promise<void> {
    const taken = this.#writerTaken;
    if (!taken) return;
    this.#writerTaken = undefined;
    await taken;
    this.#mutex.unlock();
  }

  #readsBeside(query: CompiledQuery): boolean {
    return !this.#writerTaken && this.#readers.size > 0 && SelectQueryNode.is(query.query);
  }

  async #takeWriter(): Promise<void> {
    this.#writerTaken ??= this.#mutex.lock();
    await this.#writerTaken;
  }
}

/** One better-sqlite3 connection and its prepared statements, by SQL text, least recently used first. */
class PreparedConnection {
  readonly #native: Native;
  readonly #limit: number;
  readonly #statements = new Map<string, SqliteDatabase.Statement>();

  constructor(native: Native, limit: number) {
    this.#native = native;
    this.#limit = limit;
  }

  execute<R>({ sql, parameters }: CompiledQuery): QueryResult<R> {
    const stmt = this.#prepared(sql);
    if (stmt.reader) return { rows: stmt.all(parameters) as R[] };
    const { changes, lastInsertRowid } = stmt.run(parameters);
    return {
      numAffectedRows: changes !== undefined && changes !== null ? BigInt(changes) : undefined,
      insertId:
        lastInsertRowid !== undefined && lastInsertRowid !== null ? BigInt(lastInsertRowid) : undefined,
      rows: [],
    };
  }

  async *stream<R>({ sql, parameters, query }: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(query))
      throw new Error('Sqlite driver only supports streaming of select queries');
    // A statement being iterated cannot run again until it is done: a fresh one, not the cached one.
    const stmt = this.#native.prepare(sql);
    for (const row of stmt.iterate(parameters)) yield { rows: [row as R] };
  }

  #prepared(sql: string): SqliteDatabase.Statement {
    const cached = this.#statements.get(sql);
    if (cached) {
      // Re-inserted, the Map's order is the order of last use.
      this.#statements.delete(sql);
      this.#statements.set(sql, cached);
      return cached;
    }
    const stmt = this.#native.prepare(sql);
    if (this.#limit <= 0) return stmt;
    if (this.#statements.size >= this.#limit) {
      const oldest = this.#statements.keys().next();
      if (!oldest.done) this.#statements.delete(oldest.value);
    }
    this.#statements.set(sql, stmt);
    return stmt;
  }
}

/**
 * The idle readers. A query takes one for its (synchronous) run; a stream keeps it until it ends,
 * and only when every reader is streaming does a read wait. Last in, first out: the same reader
 * keeps serving, its statement cache warm.
 */
class ReaderPool {
  readonly size: number;
  readonly #idle: PreparedConnection[];
  readonly #waiting: ((reader: PreparedConnection) => void)[] = [];

  constructor(readers: PreparedConnection[]) {
    this.size = readers.length;
    this.#idle = [...readers];
  }

  lease(): Promise<PreparedConnection> {
    const idle = this.#idle.pop();
    if (idle) return Promise.resolve(idle);
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  giveBack(reader: PreparedConnection): void {
    const next = this.#waiting.shift();
    if (next) next(reader);
    else this.#idle.push(reader);
  }
}

/** The writer's lock, first come first served. */
class WriterMutex {
  #held = false;
  readonly #waiting: (() => void)[] = [];

  lock(): Promise<void> {
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  unlock(): void {
    const next = this.#waiting.shift();
    // Handed straight to the next in line, it stays held.
    if (next) next();
    else this.#held = false;
  }
}
