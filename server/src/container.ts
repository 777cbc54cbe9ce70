import type { Clock } from '@envgrid/core';
import type { Db } from './db/database.ts';
import { createDataAccess } from './db/repos.ts';
import { AuditLogService } from './modules/audit/audit-log.service.ts';
import { AuthService } from './modules/auth/auth.service.ts';
import { DepartmentService } from './modules/departments/department.service.ts';
import { RegionService } from './modules/regions/region.service.ts';
import { GridImportService } from './modules/grids/grid-import.service.ts';
import { GridLocator } from './modules/grids/grid-locator.ts';
import { GridService } from './modules/grids/grid.service.ts';
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
  departments: DepartmentService;
  regions: RegionService;
  audit: AuditLogService;
  grids: GridService;
  gridImport: GridImportService;
}

/** Wires repositories into services. The one place that knows how the pieces fit. */
export function createServices(deps: AppDeps): Services {
  const data = createDataAccess(deps.db);
  return {
    system: new SystemService(new SystemRepository(deps.db)),
    users: new UserService(data, deps.clock),
    auth: new AuthService(data, deps.clock),
    departments: new DepartmentService(data, deps.clock),
    regions: new RegionService(data),
    audit: new AuditLogService(data),
    grids: new GridService(data, deps.clock, new GridLocator(data)),
    gridImport: new GridImportService(data, deps.clock),
  };
}
