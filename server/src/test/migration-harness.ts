import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Db, type Engine } from '../db/database.ts';

/**
 * An empty database of `engine`, not migrated: for tests that take a schema to an earlier
 * migration, add data, and then run the migration under test.
 */
export async function emptyDatabase(engine: Engine, tag: string): Promise<{ db: Db; drop(): Promise<void> }> {
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `envgrid-${tag}-`));
    const db = openDatabase(`sqlite:${path.join(dir, 'test.db')}`);
    return {
      db,
      drop: async () => {
        await db.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const admin = inject('pgAdminUrl');
  const name = `envgrid_${tag}_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const run = async (statement: string) => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    try {
      await c.query(statement);
    } finally {
      await c.end();
    }
  };
  await run(`create database ${name}`);
  const u = new URL(admin);
  u.pathname = `/${name}`;
  const db = openDatabase(u.toString());
  return {
    db,
    drop: async () => {
      await db.close();
      await run(`drop database if exists ${name} with (force)`);
    },
  };
}
