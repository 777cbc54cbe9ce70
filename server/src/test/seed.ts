import { hash, type Algorithm } from '@node-rs/argon2';
import type { Clock } from '@envgrid/core';
import { createServices } from '../container.ts';
import type { Db } from '../db/database.ts';
import { createDataAccess } from '../db/repos.ts';
import { LocalEventBus } from '../realtime/event-bus.ts';
import { DirectoryAttachmentStore } from '../modules/attachments/attachment-store.ts';
import { DemoSeeder } from '../seed/demo-seed.ts';
import { loadDistrictProfile } from '../seed/district-profile.ts';
import { DEMO_PASSWORD } from './api-client.ts';
import { isPreseeded } from './preseeded.ts';
import { TEST_EPOCH } from './test-epoch.ts';

let cheap: Promise<string> | undefined;
/**
 * The demo password hashed with the cheapest argon2id parameters: a login verifies with the
 * parameters stored in the hash, so the suites' hundreds of logins cost microseconds instead of
 * 50 ms each. Production parameters are checked in password.test.ts.
 */
export function cheapDemoHash(): Promise<string> {
  cheap ??= hash(DEMO_PASSWORD, { algorithm: 2 as Algorithm, memoryCost: 64, timeCost: 1, parallelism: 1 });
  return cheap;
}

/**
 * The demo district, users and default work settings, as `npm start` seeds them; or, with
 * `districtDir`, the same for another district profile.
 */
export async function seedDemo(db: Db, clock: Clock, districtDir?: string): Promise<void> {
  if (!districtDir && isPreseeded(db)) {
    // A copy of the seeded template: the same rows, made at TEST_EPOCH.
    if (clock.now() !== TEST_EPOCH)
      throw new Error(
        'a preseeded database holds the demo as of TEST_EPOCH: seed it normally to use another time',
      );
    return;
  }
  const profile = districtDir ? () => loadDistrictProfile(districtDir) : undefined;
  await new DemoSeeder(createDataAccess(db), clock, profile).seed(DEMO_PASSWORD, {
    passwordHash: await cheapDemoHash(),
  });
  const services = createServices({
    db,
    clock,
    bus: new LocalEventBus(),
    store: new DirectoryAttachmentStore('/nonexistent'),
    timeZone: 'Asia/Shanghai',
  });
  await services.workSettings.ensureDefaults();
}
