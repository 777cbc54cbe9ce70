import fs from 'node:fs';
import { AppError, isRole, systemClock, type Scope } from '@envgrid/core';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { createDeps, createServices, type Services } from '../container.ts';
import { BackupNotSupported, openDatabase, type Db } from '../db/database.ts';
import { MigrationFailed, migrateToLatest } from '../db/migrate.ts';
import { createDataAccess } from '../db/repos.ts';
import { CaseGenerator } from '../seed/case-generator/case-generator.ts';
import { DemoSeeder } from '../seed/demo-seed.ts';
import { seedDemoHistory } from '../seed/demo-history.ts';
import { loadDistrictProfile } from '../seed/district-profile.ts';
import { serve } from './serve.ts';

/**
 * Opens the configured database with its schema current and the services over it, runs `work`,
 * and always closes both (a PostgreSQL event bus keeps a connection open until closed).
 */
async function withDb<T>(
  config: Config,
  work: (db: Db, services: Services, applied: string[]) => Promise<T>,
): Promise<T> {
  const db = openDatabase(config.databaseUrl);
  const deps = createDeps(config, db, systemClock);
  try {
    const applied = await migrateToLatest(db);
    return await work(db, createServices(deps), applied);
  } finally {
    await deps.bus.close();
    await db.close();
  }
}

function parseScope(value: string): Scope {
  const m = /^(district|street|department):([\w-]+)$/.exec(value);
  if (!m) throw new InvalidArgumentError('expected district:CODE, street:CODE or department:CODE');
  return { kind: m[1] as Scope['kind'], code: m[2]! };
}

function parsePositive(max: number, whole: boolean) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0 || n > max || (whole && !Number.isInteger(n)))
      throw new InvalidArgumentError(`expected a ${whole ? 'whole ' : ''}number above 0, at most ${max}`);
    return n;
  };
}

function parseRoles(value: string): string[] {
  const roles = value
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const bad = roles.filter((r) => !isRole(r));
  if (bad.length > 0 || roles.length === 0)
    throw new InvalidArgumentError(`unknown role(s): ${bad.join(', ') || '(none)'}`);
  return roles;
}

/** Where the CLI reads its configuration and input and writes its output: the process, or a test. */
export interface CliIo {
  env: NodeJS.ProcessEnv;
  readStdin(): string;
  out(line: string): void;
  err(line: string): void;
}

const processIo: CliIo = {
  env: process.env,
  readStdin: () => fs.readFileSync(0, 'utf8'),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

async function readPassword(
  io: CliIo,
  opts: { password?: string; passwordStdin?: boolean },
): Promise<string> {
  if (opts.passwordStdin) return io.readStdin().replace(/\r?\n$/, '');
  if (opts.password) return opts.password;
  throw new InvalidArgumentError('give the password with --password-stdin (preferred) or --password');
}

export function buildCli(io: CliIo = processIo): Command {
  const program = new Command('envgrid')
    .description(
      'envgrid 网格化环境监管平台: server and administration commands.\nConfiguration comes from the environment (see README).',
    )
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    // Commander's own help and errors go where the rest of the output goes.
    .configureOutput({
      writeOut: (text) => io.out(text.replace(/\n$/, '')),
      writeErr: (text) => io.err(text.replace(/\n$/, '')),
    });

  program
    .command('serve')
    .description('migrate, seed the demo on an empty database, and serve HTTP on HOST:PORT')
    .option('--no-demo', 'do not seed demo data into an empty database')
    .action(async (opts: { demo: boolean }) => {
      await serve(loadConfig(io.env), { seedDemo: opts.demo });
    });

  program
    .command('migrate')
    .description('apply pending database migrations')
    .action(async () => {
      const config = loadConfig(io.env);
      await withDb(config, async (_db, services, applied) => {
        await services.workSettings.ensureDefaults();
        io.out(applied.length ? `applied: ${applied.join(', ')}` : 'schema is current');
      });
    });

  program
    .command('seed')
    .description('load data into the database')
    .requiredOption('--demo', 'the demo district, departments and users (docs/domain.md)')
    .option('--force', 'seed even when users already exist (fails on duplicates)')
    .action(async (opts: { force?: boolean }) => {
      const config = loadConfig(io.env);
      await withDb(config, async (db, services) => {
        await services.workSettings.ensureDefaults();
        const seeder = new DemoSeeder(createDataAccess(db), systemClock, () =>
          loadDistrictProfile(config.districtDir),
        );
        const r = opts.force
          ? await seeder.seed(config.demoPassword)
          : await seeder.seedIfEmpty(config.demoPassword);
        const cases = r.seeded
          ? await seedDemoHistory(createDataAccess(db), systemClock, services, config.demoCases)
          : 0;
        if (!r.seeded) io.out('the database already has users: nothing seeded (use --force to try anyway)');
        else
          io.out(
            `seeded ${r.streets} streets, ${r.communities} communities, ${r.grids} demo grids, ${r.departments} departments, ${r.users} users, ${cases} demo cases; password: ${config.demoPassword}`,
          );
      });
    });

  program
    .command('generate')
    .description(
      'add a generated case history (full event logs that follow the workflow) to the database, for load tests and benchmarks; seeds the demo district first when the database is empty',
    )
    .requiredOption('--cases <n>', 'how many cases', parsePositive(10_000_000, true))
    .option('--years <y>', 'how far back the history reaches, ending now', parsePositive(10, false), 1)
    .option(
      '--seed <n>',
      'random seed: the same seed draws the same history',
      parsePositive(2 ** 31, true),
      1,
    )
    .action(async (opts: { cases: number; years: number; seed: number }) => {
      const config = loadConfig(io.env);
      await withDb(config, async (db, services) => {
        await services.workSettings.ensureDefaults();
        const data = createDataAccess(db);
        const seeded = await new DemoSeeder(data, systemClock, () =>
          loadDistrictProfile(config.districtDir),
        ).seedIfEmpty(config.demoPassword);
        if (seeded.seeded) io.out(`seeded the demo district (${seeded.grids} grids, ${seeded.users} users)`);
        let shown = 0;
        const r = await new CaseGenerator(data, systemClock, services.workSettings).generate({
          ...opts,
          onProgress: (done, total) => {
            if (done === total || done - shown >= total / 10) {
              shown = done;
              io.out(`  ${done} / ${total} cases`);
            }
          },
        });
        const states = Object.entries(r.byStatus)
          .sort((a, b) => b[1] - a[1])
          .map(([s, n]) => `${s} ${n}`)
          .join(', ');
        io.out(
          `generated ${r.cases} cases with ${r.events} events in ${(r.ms / 1000).toFixed(1)} s (${states})`,
        );
        const started = Date.now();
        const counted = await services.indicatorRollup.drain({ batch: 2000 });
        io.out(
          `counted ${counted} event marks into the indicator rollup in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        );
      });
    });

  const user = program.command('user').description('manage users');
  user
    .command('add <username>')
    .description('create a user')
    .requiredOption('--roles <roles>', `comma-separated roles`, parseRoles)
    .requiredOption('--scope <scope>', 'district:CODE, street:CODE or department:CODE', parseScope)
    .option('--name <displayName>', 'display name')
    .option('--password <password>', 'the password (visible in shell history; prefer --password-stdin)')
    .option('--password-stdin', 'read the password from standard input')
    .action(
      async (
        username: string,
        opts: { roles: string[]; scope: Scope; name?: string; password?: string; passwordStdin?: boolean },
      ) => {
        const config = loadConfig(io.env);
        const password = await readPassword(io, opts);
        await withDb(config, async (db, services) => {
          const u = await services.users.create({
            username,
            displayName: opts.name ?? username,
            password,
            roles: opts.roles,
            scope: opts.scope,
          });
          io.out(`created user ${u.username} (${u.roles.join(', ')}; ${u.scope.kind}:${u.scope.code})`);
        });
      },
    );
  user
    .command('passwd <username>')
    .description("set a user's password")
    .option('--password <password>', 'the new password (visible in shell history; prefer --password-stdin)')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (username: string, opts: { password?: string; passwordStdin?: boolean }) => {
      const config = loadConfig(io.env);
      const password = await readPassword(io, opts);
      await withDb(config, async (db, services) => {
        await services.users.setPassword(username, password);
        io.out(`password changed for ${username}`);
      });
    });

  program
    .command('verify-log')
    .description("walk every case's hash-chained event log and name each case whose history was altered")
    .action(async () => {
      const config = loadConfig(io.env);
      await withDb(config, async (db, services) => {
        const r = await services.eventLog.verify();
        for (const b of r.broken)
          io.out(`ALTERED case ${b.caseNo ?? b.caseId} (${b.caseId}) at event #${b.seq}: ${b.reason}`);
        io.out(
          `checked ${r.cases} cases, ${r.events} events: ${r.broken.length === 0 ? 'all chains intact' : `${r.broken.length} altered`}`,
        );
        if (r.broken.length > 0) throw new LogAltered();
      });
    });

  program
    .command('backup <file>')
    .description(
      'SQLite: write a consistent online copy to FILE. PostgreSQL: print the pg_dump command to use',
    )
    .action(async (file: string) => {
      const config = loadConfig(io.env);
      const db = openDatabase(config.databaseUrl);
      try {
        await db.backup(file);
        io.out(`backup written to ${file}`);
      } finally {
        await db.close();
      }
    });

  return program;
}

class LogAltered extends Error {}

/** Runs the CLI; every expected failure is one line on stderr and a non-zero exit code. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    await buildCli(io).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2; // commander already printed why
    if (err instanceof LogAltered) return 4; // already reported above
    if (err instanceof ConfigError) io.err(`envgrid: configuration: ${err.message}`);
    else if (err instanceof AppError || err instanceof InvalidArgumentError || err instanceof MigrationFailed)
      io.err(`envgrid: ${err.message}`);
    else if (err instanceof BackupNotSupported) {
      io.err(`envgrid: ${err.message}`);
      return 3;
    } else io.err(`envgrid: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}
