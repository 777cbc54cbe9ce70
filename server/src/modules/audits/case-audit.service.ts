import type { Clock } from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import type { AttachmentService } from '../attachments/attachment.service.ts';
import type { CaseService } from '../cases/case.service.ts';
import type { DepartmentDirectory } from '../departments/department-directory.ts';

/** 督查: sample closed cases, re-check them on site; a failed re-check opens a linked case. */
export class CaseAuditService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
    private readonly departments: DepartmentDirectory,
    private readonly cases: CaseService,
    private readonly attachments: AttachmentService,
  ) {}
}
