import type { Clock } from '@envgrid/core';
import { createServices } from '../container.ts';
import type { Db } from '../db/database.ts';
import { createDataAccess } from '../db/repos.ts';
import { LocalEventBus } from '../realtime/event-bus.ts';
import { DirectoryAttachmentStore } from '../modules/attachments/attachment-store.ts';
import { DemoSeeder } from '../seed/demo-seed.ts';
import { loadDistrictProfile } from '../seed/district-profile.ts';
import { DEMO_PASSWORD } from './api-client.ts';

/**
 * The demo district, users and default work settings, as `npm start` seeds them; or, with
 * `districtDir`, the same for another district profile.
 */
export async function seedDemo(db: Db, clock: Clock, districtDir?: string): Promise<void> {
  const profile = districtDir ? () => loadDistrictProfile(districtDir) : undefined;
  await new DemoSeeder(createDataAccess(db), clock, profile).seed(DEMO_PASSWORD);
  const services = createServices({
    db,
    clock,
    bus: new LocalEventBus(),
    store: new DirectoryAttachmentStore('/nonexistent'),
    timeZone: 'Asia/Shanghai',
  });
  await services.workSettings.ensureDefaults();
}
