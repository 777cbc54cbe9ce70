import type { Clock } from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import type { CaseService } from '../cases/case.service.ts';
import type { DepartmentDirectory } from '../departments/department-directory.ts';
import type { GridService } from '../grids/grid.service.ts';

/** The pollution-source registry (污染源动态更新与管理, docs/sources.md). */
export class SourceService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
    private readonly grids: GridService,
    private readonly departments: DepartmentDirectory,
    private readonly cases: CaseService,
  ) {}
}
