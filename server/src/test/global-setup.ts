import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ManualClock } from '@envgrid/core';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { seedDemo } from './seed.ts';
import { TEST_EPOCH } from './test-epoch.ts';

export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of a PostgreSQL server that test suites may create databases on, or '' when none. */
    pgAdminUrl: string;
    /** A migrated PostgreSQL database that suites copy (CREATE DATABASE … TEMPLATE), or ''. */
    pgTemplate: string;
    /** The same with the demo district seeded (at TEST_EPOCH), or ''. */
    pgDemoTemplate: string;
    /** A migrated SQLite file with the demo district seeded (at TEST_EPOCH), copied per suite. */
    sqliteDemoTemplate: string;
  }
}

/**
 * Migrates one PostgreSQL database for the whole run (and, with `from`, seeds the demo into a
 * copy of another): each suite's fresh database is a copy of one, which takes a fraction of
 * migrating and seeding again.
 */
async function createTemplate(
  adminUrl: string,
  from?: string,
): Promise<{ name: string; drop(): Promise<void> }> {
  const name = from ? `envgrid_tpl_demo_${process.pid}` : `envgrid_tpl_${process.pid}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await admin(`drop database if exists ${name} with (force)`);
  await admin(from ? `create database ${name} template ${from}` : `create database ${name}`);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const db = openDatabase(u.toString());
  try {
    if (from) await seedDemo(db, new ManualClock(TEST_EPOCH));
    else await migrateToLatest(db);
  } finally {
    await db.close();
  }
  return { name, drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/** Finds PostgreSQL once for the whole run. With CI=true a missing server fails the run. */
let template: { name: string; drop(): Promise<void> } | undefined;
let demoTemplate: { name: string; drop(): Promise<void> } | undefined;

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const url = process.env.TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    project.provide('pgAdminUrl', url);
    template = await createTemplate(url);
    project.provide('pgTemplate', template.name);
    demoTemplate = await createTemplate(url, template.name);
    project.provide('pgDemoTemplate', demoTemplate.name);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    if (process.env.CI === 'true') {
      throw new Error(`CI=true needs PostgreSQL for the database suites, but ${url} is unreachable: ${why}`);
    }
    console.warn(
      `\n!!! PostgreSQL not reachable at ${url} (${why}).\n!!! Database suites run on SQLite only. Set TEST_DATABASE_URL or start PostgreSQL to run them on both engines.\n`,
    );
    project.provide('pgAdminUrl', '');
    project.provide('pgTemplate', '');
    project.provide('pgDemoTemplate', '');
  } finally {
    await client.end().catch(() => {});
  }
  const sqliteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'envgrid-tpl-'));
  const sqliteFile = path.join(sqliteDir, 'demo.db');
  const sqlite = openDatabase(`sqlite:${sqliteFile}`);
  try {
    await migrateToLatest(sqlite);
    await seedDemo(sqlite, new ManualClock(TEST_EPOCH));
  } finally {
    await sqlite.close();
  }
  project.provide('sqliteDemoTemplate', sqliteFile);
  const made = [template, demoTemplate];
  return async () => {
    // The seeded copy first: it was made from the migrated one.
    for (const t of made.reverse()) await t?.drop();
    fs.rmSync(sqliteDir, { recursive: true, force: true });
  };
}
