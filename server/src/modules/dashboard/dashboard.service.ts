import type { Clock } from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import type { DepartmentDirectory } from '../departments/department-directory.ts';
import type { WorkSettingsService } from '../settings/work-settings.service.ts';

/** Dashboards for leaders, the center, sub-centers and departments; the case map; case exports. */
export class DashboardService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
    private readonly settings: WorkSettingsService,
    private readonly departments: DepartmentDirectory,
  ) {}
}
