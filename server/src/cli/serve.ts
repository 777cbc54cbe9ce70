import { systemClock } from '@envgrid/core';
import { buildApp } from '../app.ts';
import type { Config } from '../config.ts';
import { createDeps } from '../container.ts';
import { leaderLockFor } from '../jobs/leader-lock.ts';
import { Scheduler } from '../jobs/scheduler.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createDataAccess } from '../db/repos.ts';
import { DemoSeeder } from '../seed/demo-seed.ts';
import { ConsultationReminderService } from '../modules/consultations/consultation-reminder.service.ts';
import { seedDemoHistory } from '../seed/demo-history.ts';
import { loadDistrictProfile } from '../seed/district-profile.ts';

/** Starts the server and keeps it running until SIGINT or SIGTERM, then closes cleanly. */
export async function serve(config: Config, opts: { seedDemo: boolean }): Promise<void> {
  const db = openDatabase(config.databaseUrl);
  await migrateToLatest(db);
  const seeded = opts.seedDemo
    ? await new DemoSeeder(createDataAccess(db), systemClock, () =>
        loadDistrictProfile(config.districtDir),
      ).seedIfEmpty(config.demoPassword)
    : null;
  const deps = createDeps(config, db, systemClock);
  const app = await buildApp(config, deps);
  await app.services.workSettings.ensureDefaults();
  const demoCases = seeded?.seeded
    ? await seedDemoHistory(createDataAccess(db), systemClock, app.services, config.demoCases)
    : 0;
  // Reminders run on one process only: the holder of the leader lock (PostgreSQL advisory lock).
  const scheduler = new Scheduler(leaderLockFor(db, config.databaseUrl), app.log);
  const consultationReminders = new ConsultationReminderService(
    createDataAccess(db),
    systemClock,
    app.services.workSettings,
    deps.bus,
  );
  scheduler.start([
    { name: 'reminders', everyMs: 60_000, run: async () => void (await app.services.reminders.run()) },
    {
      name: 'consultation-reminders',
      everyMs: 60_000,
      run: async () => void (await consultationReminders.run()),
    },
    { name: 'housekeeping', everyMs: 3_600_000, run: () => app.services.auth.housekeeping() },
    // Readers drain the rollup before they read; this keeps what they find to do small.
    {
      name: 'indicator-rollup',
      everyMs: 5_000,
      run: async () => void (await app.services.indicatorRollup.drain({ max: 50_000 })),
    },
  ]);
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

  const lines = [
    '',
    `  envgrid 网格化环境监管平台 is running at ${url}`,
    `  database: ${db.describe}`,
    `  API docs: ${url}/api/docs`,
  ];
  if (seeded?.seeded)
    lines.push(
      `  demo data seeded: ${seeded.users} users, ${seeded.streets} streets, ${seeded.communities} communities, ${seeded.grids} grids (demo geometry)`,
    );
  if (demoCases)
    lines.push(
      `  demo cases: ${demoCases} over the last year, closed and open in every step; pollution sources, patrols and consultations around them`,
    );
  if (opts.seedDemo) {
    lines.push(
      `  log in as admin, center, leader, auditor, sub001, sup001-01, hbj01 … with password: ${config.demoPassword}`,
      '  (demo users exist only if this database was seeded with the demo; see README)',
    );
  }
  lines.push('  press Ctrl-C to stop', '');
  console.log(lines.join('\n'));

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      await scheduler.stop();
      await app.close();
      await deps.bus.close();
      await db.close();
      console.log('envgrid stopped');
      process.exit(0);
    } catch (err) {
      console.error('envgrid: error while stopping', err);
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}
