import type { Clock } from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import type { GridService } from '../grids/grid.service.ts';

/** Patrol coverage per grid and inspection coverage per source, with the blind spots. */
export class CoverageService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
    private readonly grids: GridService,
  ) {}
}
