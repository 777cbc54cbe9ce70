import type { Clock } from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import type { EventBus } from '../../realtime/event-bus.ts';
import type { AttachmentService } from '../attachments/attachment.service.ts';
import type { GridService } from '../grids/grid.service.ts';
import type { WorkSettingsService } from '../settings/work-settings.service.ts';

/** 咨询: a supervisor asks the grid's officers how to qualify a problem; replies are timed. */
export class ConsultationService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
    private readonly grids: GridService,
    private readonly attachments: AttachmentService,
    private readonly settings: WorkSettingsService,
    private readonly bus: EventBus,
  ) {}
}
