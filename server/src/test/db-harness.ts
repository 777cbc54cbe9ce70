import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { openDatabase, type Db, type Engine } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { markPreseeded } from './preseeded.ts';

export interface EngineContext {
  engine: Engine;
  /** The migrated database of this suite; valid inside tests and hooks. */
  readonly db: Db;
  /** The URL it was opened with (`sqlite:…` or `postgres://…`). */
  readonly url: string;
}

/**
 * Creates a fresh, migrated database on an engine; `drop` removes it. With `demo`, a copy of the
 * run's seeded template (the demo district as of TEST_EPOCH; seedDemo then has nothing to do).
 */
export async function createTestDatabase(
  engine: Engine,
  { demo = false }: { demo?: boolean } = {},
): Promise<{ db: Db; url: string; drop(): Promise<void> }> {
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'envgrid-test-'));
    const file = path.join(dir, 'test.db');
    const url = `sqlite:${file}`;
    if (demo) fs.copyFileSync(inject('sqliteDemoTemplate'), file);
    const db = openDatabase(url);
    if (demo) markPreseeded(db);
    else await migrateToLatest(db);
    return {
      db,
      url,
      drop: async () => {
        await db.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const admin = inject('pgAdminUrl');
  if (!admin) throw new Error('PostgreSQL is not available for this run');
  const name = `envgrid_t_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  // A copy of the run's migrated template when there is one (global-setup.ts): much faster than migrating.
  const template = demo ? inject('pgDemoTemplate') : inject('pgTemplate');
  await client.query(template ? `create database ${name} template ${template}` : `create database ${name}`);
  await client.end();
  const u = new URL(admin);
  u.pathname = `/${name}`;
  const url = u.toString();
  const db = openDatabase(url);
  if (!template) await migrateToLatest(db);
  if (demo && template) markPreseeded(db);
  return {
    db,
    url,
    drop: async () => {
      await db.close();
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** The engines this run can test: SQLite always, PostgreSQL when the global setup found one. */
export function availableEngines(): Engine[] {
  const all: Engine[] = inject('pgAdminUrl') ? ['sqlite', 'postgres'] : ['sqlite'];
  // TEST_ENGINES=sqlite narrows a local run; CI always runs both.
  const only = process.env.CI === 'true' ? undefined : process.env.TEST_ENGINES?.split(',');
  return only ? all.filter((e) => only.includes(e)) : all;
}

/**
 * Runs the same suite once per engine, each on its own fresh, migrated database.
 * The one database test helper: every suite that touches a database goes through it.
 */
export function describeEachEngine(
  name: string,
  body: (ctx: EngineContext) => void,
  opts: { demo?: boolean } = {},
): void {
  for (const engine of availableEngines()) {
    describe(`${name} [${engine}]`, () => {
      let current: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
      const ctx: EngineContext = {
        engine,
        get db() {
          if (!current) throw new Error('the test database is only available inside tests and hooks');
          return current.db;
        },
        get url() {
          if (!current) throw new Error('the test database is only available inside tests and hooks');
          return current.url;
        },
      };
      beforeAll(async () => {
        current = await createTestDatabase(engine, opts);
      });
      afterAll(async () => {
        await current?.drop();
      });
      body(ctx);
    });
  }
}

/**
 * Like {@link describeEachEngine}, on a copy of the seeded demo district (as of TEST_EPOCH):
 * for suites that seed the demo (seededServer, CaseWorld, seedDemo), which then find it there.
 */
export function describeEachEngineWithDemo(name: string, body: (ctx: EngineContext) => void): void {
  describeEachEngine(name, body, { demo: true });
}
