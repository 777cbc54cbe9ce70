import type { Clock } from '@envgrid/core';
import type { Db } from './db/database.ts';
import { createDataAccess } from './db/repos.ts';
import { AuthService } from './modules/auth/auth.service.ts';
import { SystemRepository } from './modules/system/system.repository.ts';
import { SystemService } from './modules/system/system.service.ts';
import { UserService } from './modules/users/user.service.ts';

/** What the app is built from; tests pass their own clock and database. */
export interface AppDeps {
  db: Db;
  clock: Clock;
}

export interface Services {
  system: SystemService;
  users: UserService;
  auth: AuthService;
}

/** Wires repositories into services. The one place that knows how the pieces fit. */
export function createServices(deps: AppDeps): Services {
  const data = createDataAccess(deps.db);
  return {
    system: new SystemService(new SystemRepository(deps.db)),
    users: new UserService(data, deps.clock),
    auth: new AuthService(data, deps.clock),
  };
}
