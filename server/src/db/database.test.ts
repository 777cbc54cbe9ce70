import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeEachEngine } from '../test/db-harness.ts';
import { openDatabase, type Db } from './database.ts';
import { migrateToLatest, pendingMigrations } from './migrate.ts';
import { createDataAccess } from './repos.ts';

describeEachEngine('database layer', (ctx) => {
  it('has every migration applied and re-running applies nothing', async () => {
    expect(await pendingMigrations(ctx.db)).toEqual([]);
    expect(await migrateToLatest(ctx.db)).toEqual([]);
  });

  it('reads epoch-millisecond timestamps back as numbers', async () => {
    const data = createDataAccess(ctx.db);
    const at = Date.UTC(2026, 10, 29, 12, 34, 56, 789);
    await data.repos.users.insert(
      {
        id: `u-${ctx.engine}-ts`,
        username: `ts-${ctx.engine}`,
        displayName: 'T',
        passwordHash: 'x',
        roles: ['admin'],
        scope: { kind: 'district', code: '110101' },
      },
      at,
    );
    const back = await data.repos.users.findByUsername(`ts-${ctx.engine}`);
    expect(back?.createdAt).toBe(at);
    expect(typeof back?.createdAt).toBe('number');
    expect(back?.roles).toEqual(['admin']);
    expect(back?.disabled).toBe(false);
  });

  it('rolls back the whole transaction when any part fails, and keeps all of it otherwise', async () => {
    const data = createDataAccess(ctx.db);
    const before = await data.repos.users.count();
    const user = (n: string, username = `tx-${ctx.engine}`) => ({
      id: `tx-${n}-${ctx.engine}`,
      username,
      displayName: n,
      passwordHash: 'x',
      roles: ['admin' as const],
      scope: { kind: 'district' as const, code: '110101' },
    });
    let seenInside: string | undefined;
    await expect(
      data.transaction(async (repos) => {
        await repos.users.insert(user('a'), 1);
        seenInside = (await repos.users.findById(user('a').id))?.displayName;
        await repos.users.insert(user('b'), 2); // same username: unique violation
      }),
    ).rejects.toThrow(/unique constraint/i);
    expect(seenInside).toBe('a'); // the first insert was written inside the transaction…
    expect(await data.repos.users.findById(user('a').id)).toBeUndefined(); // …and undone with it
    expect(await data.repos.users.findByUsername(`tx-${ctx.engine}`)).toBeUndefined();
    expect(await data.repos.users.count()).toBe(before);

    await data.transaction(async (repos) => {
      await repos.users.insert(user('a'), 1);
      await repos.users.insert(user('c', `tx-c-${ctx.engine}`), 2);
    });
    expect((await data.repos.users.findById(user('a').id))?.username).toBe(`tx-${ctx.engine}`);
    expect((await data.repos.users.findById(user('c').id))?.username).toBe(`tx-c-${ctx.engine}`);
    expect(await data.repos.users.count()).toBe(before + 2);
  });
});

describe('SQLite: one writer and readers beside it', { timeout: 30_000 }, () => {
  let dir: string;
  const opened: Db[] = [];
  const open = (url: string) => {
    const db = openDatabase(url);
    opened.push(db);
    return db;
  };
  const user = (n: string) => ({
    id: `rw-${n}`,
    username: `rw-${n}`,
    displayName: n,
    passwordHash: 'x',
    roles: ['admin' as const],
    scope: { kind: 'district' as const, code: '110101' },
  });

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'envgrid-db-'));
  });
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads outside a transaction while one is open, seeing what was committed', async () => {
    const db = open(`sqlite:${path.join(dir, 'a.db')}`);
    await migrateToLatest(db);
    const data = createDataAccess(db);
    await data.repos.users.insert(user('a'), 1);
    let written!: () => void;
    const isWritten = new Promise<void>((r) => (written = r));
    let commit!: () => void;
    const mayCommit = new Promise<void>((r) => (commit = r));
    const tx = data.transaction(async (repos) => {
      await repos.users.insert(user('b'), 2);
      written();
      await mayCommit;
    });
    await isWritten;
    const during = await Promise.race([
      data.repos.users.count(),
      new Promise((r) => setTimeout(() => r('queued behind the transaction'), 2000)),
    ]);
    commit();
    await tx;
    expect(during).toBe(1);
    expect(await data.repos.users.count()).toBe(2);
  });

  it('applies each migration once when two runs start together', async () => {
    const db = open(`sqlite:${path.join(dir, 'b.db')}`);
    const [a, b] = await Promise.all([migrateToLatest(db), migrateToLatest(db)]);
    expect([a, b].filter((applied) => applied.length === 0)).toHaveLength(1);
    expect(await pendingMigrations(db)).toEqual([]);
  });

  it('backs up a consistent copy from the writer', async () => {
    const db = open(`sqlite:${path.join(dir, 'c.db')}`);
    await migrateToLatest(db);
    await createDataAccess(db).repos.users.insert(user('c'), 3);
    const target = path.join(dir, 'copies', 'c-copy.db');
    await db.backup(target);
    const copy = open(`sqlite:${target}`);
    expect((await createDataAccess(copy).repos.users.findById('rw-c'))?.username).toBe('rw-c');
  });

  it('works in memory, where the writer does everything', async () => {
    const db = open('sqlite::memory:');
    await migrateToLatest(db);
    const data = createDataAccess(db);
    await data.transaction(async (repos) => {
      await repos.users.insert(user('m'), 4);
      expect((await repos.users.findById('rw-m'))?.displayName).toBe('m');
    });
    expect(await data.repos.users.count()).toBe(1);
  });
});
