import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, sql, type Generated } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReadWriteSqliteDialect } from './sqlite-dialect.ts';

interface TestDb {
  items: { id: Generated<number>; name: string };
  counter: { id: number; n: number };
}

type Native = SqliteDatabase.Database;

let dir: string;
const toDestroy: Kysely<TestDb>[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'envgrid-sqlite-dialect-'));
});

afterEach(async () => {
  for (const db of toDestroy.splice(0)) await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A writer and read-only readers on one file, opened as database.ts opens them. */
function open(
  file = path.join(dir, 'test.db'),
  { readers = 2, statementCacheSize }: { readers?: number; statementCacheSize?: number } = {},
): { db: Kysely<TestDb>; writer: Native; readers: Native[] } {
  const writer = new SqliteDatabase(file);
  if (file !== ':memory:') writer.pragma('journal_mode = WAL');
  writer.pragma('busy_timeout = 5000');
  writer.exec('create table if not exists items (id integer primary key, name text not null)');
  writer.exec('create table if not exists counter (id integer primary key, n integer not null)');
  writer.exec('insert or ignore into counter (id, n) values (1, 0)');
  const natives = Array.from({ length: readers }, () => {
    const reader = new SqliteDatabase(file, { readonly: true });
    reader.pragma('query_only = ON');
    return reader;
  });
  const db = new Kysely<TestDb>({
    dialect: new ReadWriteSqliteDialect({ writer, readers: natives, statementCacheSize }),
  });
  toDestroy.push(db);
  return { db, writer, readers: natives };
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Counts `prepare` calls by SQL text on a real better-sqlite3 connection (the library, wrapped). */
function countPrepares(native: Native): Map<string, number> {
  const counts = new Map<string, number>();
  const prepare = native.prepare.bind(native);
  native.prepare = ((source: string) => {
    counts.set(source, (counts.get(source) ?? 0) + 1);
    return prepare(source);
  }) as typeof native.prepare;
  return counts;
}

const names = (db: Kysely<TestDb>) =>
  db
    .selectFrom('items')
    .select('name')
    .orderBy('id')
    .execute()
    .then((rows) => rows.map((r) => r.name));

/**
 * Opens a transaction that writes `name` and then waits; `commit()` lets it finish. `done` records
 * 'commit' in `order` once it has committed.
 */
async function openTransaction(db: Kysely<TestDb>, name: string, order: string[]) {
  const written = deferred();
  const release = deferred();
  const done = db
    .transaction()
    .execute(async (trx) => {
      await trx.insertInto('items').values({ name }).execute();
      written.resolve();
      await release.promise;
    })
    .then(() => void order.push('commit'));
  await written.promise;
  return { done, commit: release.resolve };
}

// A read wrongly queued behind a transaction can wait forever: fail soon rather than hang.
describe('ReadWriteSqliteDialect on a WAL file', { timeout: 10_000 }, () => {
  it('answers a select outside a transaction while another is open, with the committed state only', async () => {
    const { db } = open();
    await db.insertInto('items').values({ name: 'committed' }).execute();
    const order: string[] = [];
    const tx = await openTransaction(db, 'uncommitted', order);
    const read = names(db).then((rows) => {
      order.push('select');
      return rows;
    });
    // Were the select queued behind the transaction, the test fails on the order instead of hanging.
    setTimeout(tx.commit, 200);
    const seen = await read;
    await tx.done;
    expect(order).toEqual(['select', 'commit']);
    expect(seen).toEqual(['committed']);
    // Read-your-committed-writes: once committed, a read (on a reader) sees the row.
    expect(await names(db)).toEqual(['committed', 'uncommitted']);
  });

  it('still queues writes and raw SQL behind an open transaction', async () => {
    const { db } = open();
    const order: string[] = [];
    const tx = await openTransaction(db, 'first', order);
    const write = db
      .insertInto('items')
      .values({ name: 'second' })
      .execute()
      .then(() => order.push('insert'));
    const raw = sql`select count(*) as n from items`.execute(db).then(() => order.push('raw'));
    await sleep(50);
    expect(order).toEqual([]);
    tx.commit();
    await Promise.all([tx.done, write, raw]);
    expect(order).toEqual(['commit', 'insert', 'raw']);
  });

  it('shows every committed write to the next read', async () => {
    const { db } = open();
    for (let i = 1; i <= 20; i++) {
      await db
        .insertInto('items')
        .values({ name: `n${i}` })
        .execute();
      const { n } = await db
        .selectFrom('items')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(n).toBe(i);
    }
  });

  it('runs the selects of a transaction on the writer: they see its uncommitted writes', async () => {
    const { db } = open();
    const inside = await db.transaction().execute(async (trx) => {
      await trx.insertInto('items').values({ name: 'mine' }).execute();
      return names(trx as unknown as Kysely<TestDb>);
    });
    expect(inside).toEqual(['mine']);
  });

  it('rolls a failing transaction back and keeps the writer usable', async () => {
    const { db } = open();
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('items').values({ id: 1, name: 'a' }).execute();
        await trx.insertInto('items').values({ id: 1, name: 'b' }).execute(); // primary key taken
      }),
    ).rejects.toThrow(/UNIQUE constraint/);
    expect(await names(db)).toEqual([]);
    await db.insertInto('items').values({ id: 1, name: 'after' }).execute();
    await db.transaction().execute((trx) => trx.insertInto('items').values({ name: 'again' }).execute());
    expect(await names(db)).toEqual(['after', 'again']);
  });

  it('serializes concurrent transactions that read then write', async () => {
    const { db } = open();
    const increment = () =>
      db.transaction().execute(async (trx) => {
        const { n } = await trx
          .selectFrom('counter')
          .select('n')
          .where('id', '=', 1)
          .executeTakeFirstOrThrow();
        await sleep(20); // the other transaction would read the same n, were they not serialized
        await trx
          .updateTable('counter')
          .set({ n: n + 1 })
          .where('id', '=', 1)
          .execute();
      });
    await Promise.all([increment(), increment(), increment()]);
    const { n } = await db.selectFrom('counter').select('n').where('id', '=', 1).executeTakeFirstOrThrow();
    expect(n).toBe(3);
  });

  it('supports controlled transactions and savepoints', async () => {
    const { db } = open();
    const trx = await db.startTransaction().execute();
    await trx.insertInto('items').values({ name: 'kept' }).execute();
    const sp = await trx.savepoint('sp1').execute();
    await sp.insertInto('items').values({ name: 'undone' }).execute();
    await sp.rollbackToSavepoint('sp1').execute();
    expect(await names(db)).toEqual([]); // outside: nothing committed yet, and no waiting for it
    await trx.commit().execute();
    expect(await names(db)).toEqual(['kept']);
  });

  it('prepares a statement once per connection and reuses it', async () => {
    const { db, writer, readers } = open();
    const writes = countPrepares(writer);
    const reads = readers.map(countPrepares);
    for (let i = 0; i < 5; i++)
      await db
        .insertInto('items')
        .values({ name: `n${i}` })
        .execute();
    const byName = (name: string) => db.selectFrom('items').select('id').where('name', '=', name);
    for (let i = 0; i < 5; i++) expect(await byName(`n${i}`).executeTakeFirst()).toEqual({ id: i + 1 });

    const insertSql = db.insertInto('items').values({ name: 'x' }).compile().sql;
    const selectSql = byName('x').compile().sql;
    expect(writes.get(insertSql)).toBe(1);
    expect(writes.get(selectSql)).toBeUndefined(); // outside a transaction, selects go to a reader
    expect(reads.reduce((sum, r) => sum + (r.get(selectSql) ?? 0), 0)).toBe(1);
  });

  it('keeps only the most recently used statements', async () => {
    const { db, readers } = open(undefined, { readers: 1, statementCacheSize: 2 });
    const reads = countPrepares(readers[0]!);
    const a = db.selectFrom('items').select('id');
    const b = db.selectFrom('items').select('name');
    const c = db.selectFrom('counter').select('n');
    for (const q of [a, b, a, c, a, b]) await q.execute(); // c drops b, the least recently used
    expect([a, b, c].map((q) => reads.get(q.compile().sql))).toEqual([1, 2, 1]);
  });

  it('streams on a reader beside other reads, and in a transaction on the writer', async () => {
    const { db } = open();
    await db
      .insertInto('items')
      .values([{ name: 'a' }, { name: 'b' }, { name: 'c' }])
      .execute();
    const query = db.selectFrom('items').select('name').orderBy('id');
    const streamed: string[] = [];
    for await (const row of query.stream()) {
      streamed.push(row.name);
      // The same SQL at once: a reader is busy with the stream, so this runs on the other one.
      expect(await query.execute()).toHaveLength(3);
    }
    expect(streamed).toEqual(['a', 'b', 'c']);

    const inside = await db.transaction().execute(async (trx) => {
      await trx.insertInto('items').values({ name: 'd' }).execute();
      const out: string[] = [];
      for await (const row of trx.selectFrom('items').select('name').orderBy('id').stream())
        out.push(row.name);
      return out;
    });
    expect(inside).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('ReadWriteSqliteDialect in memory', { timeout: 10_000 }, () => {
  it('runs everything on the writer, under its mutex', async () => {
    const { db } = open(':memory:', { readers: 0 });
    const order: string[] = [];
    const tx = await openTransaction(db, 'first', order);
    // No reader can see a private in-memory database: the select waits for the commit.
    const read = names(db).then((rows) => {
      order.push('select');
      return rows;
    });
    await sleep(50);
    tx.commit();
    expect(await read).toEqual(['first']);
    await tx.done;
    expect(order).toEqual(['commit', 'select']);

    const increment = () =>
      db.transaction().execute(async (trx) => {
        const { n } = await trx
          .selectFrom('counter')
          .select('n')
          .where('id', '=', 1)
          .executeTakeFirstOrThrow();
        await sleep(10);
        await trx
          .updateTable('counter')
          .set({ n: n + 1 })
          .where('id', '=', 1)
          .execute();
      });
    await Promise.all([increment(), increment()]);
    expect(await db.selectFrom('counter').select('n').executeTakeFirstOrThrow()).toEqual({ n: 2 });
  });
});
