import type { Clock } from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import type { IndicatorService } from '../indicators/indicator.service.ts';

/** 绩效考核: frozen assessment runs of a period, published to sub-centers and departments. */
export class AssessmentService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
    private readonly indicators: IndicatorService,
  ) {}
}
