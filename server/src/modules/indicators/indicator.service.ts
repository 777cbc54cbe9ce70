import type { Clock } from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import type { DepartmentDirectory } from '../departments/department-directory.ts';
import type { WorkSettingsService } from '../settings/work-settings.service.ts';

/** Indicators of supervisors, departments, streets and center staff over a period (docs/indicators.md). */
export class IndicatorService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
    private readonly settings: WorkSettingsService,
    private readonly departments: DepartmentDirectory,
  ) {}
}
