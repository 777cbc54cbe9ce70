import pg from 'pg';
import type { TestProject } from 'vitest/node';

export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of a PostgreSQL server that test suites may create databases on, or '' when none. */
    pgAdminUrl: string;
  }
}

/** Finds PostgreSQL once for the whole run. With CI=true a missing server fails the run. */
export default async function setup(project: TestProject): Promise<void> {
  const url = process.env.TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    project.provide('pgAdminUrl', url);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    if (process.env.CI === 'true') {
      throw new Error(`CI=true needs PostgreSQL for the database suites, but ${url} is unreachable: ${why}`);
    }
    console.warn(
      `\n!!! PostgreSQL not reachable at ${url} (${why}).\n!!! Database suites run on SQLite only. Set TEST_DATABASE_URL or start PostgreSQL to run them on both engines.\n`,
    );
    project.provide('pgAdminUrl', '');
  } finally {
    await client.end().catch(() => {});
  }
}
