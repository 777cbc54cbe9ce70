import type { Clock } from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import type { AttachmentService } from '../attachments/attachment.service.ts';
import type { GridService } from '../grids/grid.service.ts';

/** 巡查 and 稽查: a patrol with its GPS track, the grids it visited and the sources inspected. */
export class PatrolService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
    private readonly grids: GridService,
    private readonly attachments: AttachmentService,
  ) {}
}
