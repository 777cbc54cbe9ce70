import type { Clock } from '@envgrid/core';
import type { Db } from './db/database.ts';
import { SystemRepository } from './modules/system/system.repository.ts';
import { SystemService } from './modules/system/system.service.ts';

/** What the app is built from; tests pass their own clock and database. */
export interface AppDeps {
  db: Db;
  clock: Clock;
}

export interface Services {
  system: SystemService;
}

/** Wires repositories into services. The one place that knows how the pieces fit. */
export function createServices(deps: AppDeps): Services {
  return {
    system: new SystemService(new SystemRepository(deps.db)),
  };
}
