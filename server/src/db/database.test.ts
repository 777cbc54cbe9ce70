import { expect, it } from 'vitest';
import { describeEachEngine } from '../test/db-harness.ts';
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
