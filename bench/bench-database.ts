/**
 * The benchmark's databases: one per engine and size, generated once by the case generator and
 * reused by later runs (var/bench/cases-N.db; PostgreSQL database envgrid_bench_N).
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { systemClock } from '@envgrid/core';
import { loadConfig } from '../server/src/config.ts';
import { createDeps, createServices } from '../server/src/container.ts';
import { openDatabase, type Db, type Engine } from '../server/src/db/database.ts';
import { migrateToLatest } from '../server/src/db/migrate.ts';
import { createDataAccess } from '../server/src/db/repos.ts';
import { CaseGenerator } from '../server/src/seed/case-generator/case-generator.ts';
import { DemoSeeder } from '../server/src/seed/demo-seed.ts';

export const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const BENCH_PASSWORD = 'envgrid-bench-1';

/** The repository's root, and where the generated SQLite databases live: the same from any cwd. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..');
export const BENCH_DIR = path.join(REPO_ROOT, 'var/bench');

/** A command-line option of a benchmark: `--name value`, else the fallback. */
export function benchOption(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
}

/** `--cases N` (or BENCH_CASES; default 100,000): the size of the generated databases. */
export const benchCases = (): number => Number(benchOption('cases', process.env.BENCH_CASES ?? '100000'));

/** `--engines sqlite,postgres` (the default): which engines to measure. */
export const benchEngines = (): Engine[] => benchOption('engines', 'sqlite,postgres').split(',') as Engine[];

export function benchUrl(engine: Engine, cases: number): string {
  if (engine === 'sqlite') return `sqlite:${path.join(BENCH_DIR, `cases-${cases}.db`)}`;
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/envgrid_bench_${cases}`;
  return u.toString();
}

/** Opens (creating if needed) the engine's benchmark database and tops it up to `cases` generated cases. */
export async function ensureGenerated(
  engine: Engine,
  cases: number,
  log: (s: string) => void,
): Promise<string> {
  const url = benchUrl(engine, cases);
  if (engine === 'postgres') {
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    const name = `envgrid_bench_${cases}`;
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) await admin.query(`create database ${name}`);
    await admin.end();
  } else fs.mkdirSync(BENCH_DIR, { recursive: true });
  const db = openDatabase(url);
  const deps = createDeps(loadConfig({ ...process.env, DATABASE_URL: url }), db, systemClock);
  try {
    await migrateToLatest(db);
    const services = createServices(deps);
    await services.workSettings.ensureDefaults();
    const data = createDataAccess(db);
    await new DemoSeeder(data, systemClock).seedIfEmpty(BENCH_PASSWORD);
    await removeBenchIntakes(db);
    const have = Number(
      (
        await db.kysely
          .selectFrom('cases')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    if (have < cases) {
      log(`  generating ${cases - have} cases into ${db.describe} …`);
      let shown = 0;
      const r = await new CaseGenerator(data, systemClock, services.workSettings).generate({
        cases: cases - have,
        years: Math.max(1, cases / 500_000),
        seed: 1,
        onProgress: (done, total) => {
          if (done - shown >= total / 10 || done === total) {
            shown = done;
            log(`    ${done} / ${total}`);
          }
        },
      });
      log(`  generated ${r.cases} cases, ${r.events} events in ${(r.ms / 1000).toFixed(0)} s`);
    } else log(`  reusing ${db.describe}: ${have} cases`);
    const started = Date.now();
    const counted = await services.indicatorRollup.drain({ batch: 2000 });
    if (counted > 0)
      log(
        `  counted ${counted} event marks into the indicator rollup in ${((Date.now() - started) / 1000).toFixed(0)} s`,
      );
    // Fresh statistics after a bulk load, as autovacuum would gather them soon after.
    if (engine === 'postgres') await sql`analyze`.execute(db.kysely);
  } finally {
    await deps.bus.close();
    await db.close();
  }
  return url;
}

/**
 * The intakes an earlier benchmark run wrote (their description begins 压测上报): thousands of open
 * reports piled into one supervisor's grids would skew the next run's lists, so each run starts
 * from the generated history again. SQLite's text index follows by its triggers.
 */
async function removeBenchIntakes(db: Db): Promise<void> {
  const k = db.kysely;
  const ids = k.selectFrom('cases').select('id').where('description', 'like', '压测上报%');
  await k.transaction().execute(async (t) => {
    // Marked, so the next drain takes their facts back out of the indicator rollup.
    await t.insertInto('indicator_dirty').columns(['case_id']).expression(ids).execute();
    for (const table of [
      'notifications',
      'reminders_sent',
      'case_attachments',
      'case_assist_departments',
      'case_events',
    ] as const)
      await t.deleteFrom(table).where('case_id', 'in', ids).execute();
    await t.deleteFrom('cases').where('id', 'in', ids).execute();
  });
  // The deletes fill SQLite's write-ahead log; fold it back now, not during the measurements.
  if (db.engine === 'sqlite') await sql`pragma wal_checkpoint(truncate)`.execute(k);
  else await sql`vacuum analyze cases, case_events`.execute(k);
}
