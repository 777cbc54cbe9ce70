import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database.ts';
import { createDataAccess } from '../db/repos.ts';
import { verifyPassword } from '../modules/auth/password.ts';
import { waitForHttpOk } from '../test/child-processes.ts';
import { childPidsOf } from '../test/process-table.ts';
import { envgridInProcess } from '../test/cli-in-process.ts';
import { envgrid, startEnvgrid, type Run } from '../test/cli-runner.ts';
import { describeEachEngine } from '../test/db-harness.ts';

/** A deadline for one wait on a loaded two-core machine; the test goes on as soon as the awaited thing happens. */
const SLOW_MS = 120_000;
/** Each `envgrid` run starts Node and tsx: seconds apiece when the machine is busy, so a test of several gets room. */
const CLI_TEST = { timeout: 300_000 };

describe('envgrid CLI without a database', () => {
  it('prints help for every command', CLI_TEST, async () => {
    const r = await envgridInProcess(['--help'], {});
    expect(r.code).toBe(0);
    for (const cmd of ['serve', 'migrate', 'seed', 'user', 'backup']) expect(r.stdout).toContain(cmd);
    const u = await envgridInProcess(['user', 'add', '--help'], {});
    expect(u.stdout).toMatch(/--roles/);
    expect(u.stdout).toMatch(/--scope/);
  });

  it('refuses a wrong argument with a short error and a non-zero exit', CLI_TEST, async () => {
    const r = await envgrid(['frobnicate'], {});
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/unknown command 'frobnicate'/);
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
  });

  it('names a bad configuration value in one line', CLI_TEST, async () => {
    const r = await envgrid(['migrate'], { DATABASE_URL: 'mysql://nope' });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/^envgrid: configuration: DATABASE_URL must be/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('an `envgrid serve` started through the runner by a test that does not end well', () => {
  let dir: string;
  let started: number[] = [];
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'envgrid-cli-leak-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Runs `envgrid serve`, which never ends by itself, and notes which processes that added under this worker. */
  function runServe(): Promise<Run> {
    const before = new Set(childPidsOf(process.pid));
    const run = envgrid(['serve', '--no-demo'], {
      DATABASE_URL: `sqlite:${path.join(dir, 'serve.db')}`,
      ENVGRID_DATA_DIR: dir,
      PORT: '0',
    });
    started = childPidsOf(process.pid).filter((pid) => !before.has(pid));
    return run;
  }

  describe('when the test fails', () => {
    it.fails('starts it, then fails', () => {
      void runServe();
      throw new Error('simulated failure while the server runs');
    });
    it('is gone once that test is over', () => {
      expect(started).toHaveLength(1);
      for (const pid of started) expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
    });
  });

  describe('when the test times out', () => {
    it.fails('starts it, then waits for it to end until the test times out', { timeout: 3000 }, async () => {
      await runServe();
    });
    it('is gone once that test is over', () => {
      expect(started).toHaveLength(1);
      for (const pid of started) expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
    });
  });
});

describeEachEngine('envgrid CLI', (ctx) => {
  let dataDir: string;
  // A small demo history keeps the test quick; the default (a year, 20,000) is config.test.ts's.
  const env = () => ({ DATABASE_URL: ctx.url, ENVGRID_DATA_DIR: dataDir, ENVGRID_DEMO_CASES: '2000' });
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'envgrid-cli-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('migrates, seeds the demo once, and says so', CLI_TEST, async () => {
    expect((await envgridInProcess(['migrate'], env())).stdout).toMatch(/schema is current/);
    const first = await envgridInProcess(['seed', '--demo'], env());
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/seeded 17 streets, 169 communities/);
    // The demo history is a year of generated cases (2,000 here), most closed, some open now.
    expect(first.stdout).toMatch(/2000 demo cases/);
    const all = await createDataAccess(ctx.db).repos.cases.list({ limit: 2100 });
    // …and five supervisors' fresh "new pollution source" reports, awaiting intake's review.
    expect(all).toHaveLength(2005);
    const proposals = all.filter((c) => c.status === 'reported' && c.sourceId !== null);
    expect(proposals.map((c) => c.itemCode.split('.')[0])).toEqual(Array(5).fill('new_source'));
    const statuses = all.map((c) => c.status);
    expect(statuses.filter((s) => s === 'closed').length).toBeGreaterThan(1600);
    expect(statuses).toContain('dispatched');
    expect(statuses).toContain('rejected');
    const log = await envgridInProcess(['verify-log'], env());
    expect(log.stdout).toMatch(/all chains intact/);
    const second = await envgridInProcess(['seed', '--demo'], env());
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/nothing seeded/);
    const admin = await createDataAccess(ctx.db).repos.users.findByUsername('sup017-03');
    expect(admin?.scope).toEqual({ kind: 'street', code: '110101017' });
  });

  it('generates a case history on top of what is there, and refuses a bad count', CLI_TEST, async () => {
    const count = async () => (await createDataAccess(ctx.db).repos.cases.list({ limit: 5000 })).length;
    const before = await count();
    const r = await envgridInProcess(['generate', '--cases', '40', '--years', '0.1', '--seed', '3'], env());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/generated 40 cases with \d+ events in [\d.]+ s \(/);
    expect(await count()).toBe(before + 40);
    expect((await envgridInProcess(['verify-log'], env())).stdout).toMatch(
      new RegExp(`checked ${before + 40} cases, \\d+ events: all chains intact`),
    );
    for (const bad of [
      ['--cases', '0'],
      ['--cases', 'many'],
      ['--cases', '10', '--years', '-1'],
    ]) {
      const refused = await envgridInProcess(['generate', ...bad], env());
      expect(refused.code, bad.join(' ')).toBe(2);
      expect(refused.stderr).toMatch(/expected a (whole )?number above 0/);
    }
    expect(await count()).toBe(before + 40);
  });

  it('adds a user and changes a password read from stdin', CLI_TEST, async () => {
    const add = await envgridInProcess(
      [
        'user',
        'add',
        'Clerk7',
        '--roles',
        'intake,dispatcher',
        '--scope',
        'district:110101',
        '--name',
        '受理员七',
        '--password-stdin',
      ],
      env(),
      'first-pass-1\n',
    );
    expect(add.code).toBe(0);
    expect(add.stdout).toMatch(/created user clerk7/);
    const dup = await envgridInProcess(
      [
        'user',
        'add',
        'clerk7',
        '--roles',
        'intake',
        '--scope',
        'district:110101',
        '--password',
        'first-pass-1',
      ],
      env(),
    );
    expect(dup.code).toBe(1);
    expect(dup.stderr).toMatch(/already exists/);
    const weak = await envgridInProcess(['user', 'passwd', 'clerk7', '--password', 'short'], env());
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/at least 8/);
    const ok = await envgridInProcess(
      ['user', 'passwd', 'clerk7', '--password-stdin'],
      env(),
      'second-pass-2\n',
    );
    expect(ok.code).toBe(0);
    const u = await createDataAccess(ctx.db).repos.users.findByUsername('clerk7');
    expect(u?.roles).toEqual(['intake', 'dispatcher']);
    expect(await verifyPassword(u!.passwordHash, 'second-pass-2')).toBe(true);
    expect(await verifyPassword(u!.passwordHash, 'first-pass-1')).toBe(false);
  });

  it('backs up SQLite online, and tells PostgreSQL users to use pg_dump', CLI_TEST, async () => {
    const target = path.join(dataDir, 'backup.db');
    const r = await envgridInProcess(['backup', target], env());
    if (ctx.engine === 'sqlite') {
      expect(r.code).toBe(0);
      const copy = openDatabase(`sqlite:${target}`);
      try {
        expect(await createDataAccess(copy).repos.users.findByUsername('admin')).toBeDefined();
      } finally {
        await copy.close();
      }
    } else {
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/pg_dump --format=custom/);
      expect(fs.existsSync(target)).toBe(false);
    }
  });

  it('serves until SIGINT and then exits cleanly', CLI_TEST, async () => {
    const server = startEnvgrid(['serve'], { PORT: '0', ...env() });
    // The banner is one write ending with this line; chunks may split it anywhere before.
    await server.waitForOutput(/press Ctrl-C to stop\n/, SLOW_MS);
    const url = /running at (http:\/\/[\d.]+:\d+)\n/.exec(server.stdout())![1]!;
    expect(server.stdout()).toMatch(/password: envgrid-demo/);
    expect((await waitForHttpOk(`${url}/healthz`, { child: server, timeoutMs: SLOW_MS })).status).toBe(200);
    server.process.kill('SIGINT');
    expect(await server.waitForExit(SLOW_MS)).toEqual({ code: 0, signal: null });
    await server.closed;
    expect(server.stdout()).toMatch(/envgrid stopped/);
  });
});
