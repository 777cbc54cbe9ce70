import { AppError, can, type Actor } from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import type { AuditEntry } from './audit-log.record.ts';

export class AuditLogService {
  constructor(private readonly data: DataAccess) {}

  list(
    actor: Actor,
    q: { targetKind?: string; targetId?: string; before?: number; limit: number },
  ): Promise<AuditEntry[]> {
    if (!can(actor, 'audit.read')) throw new AppError('FORBIDDEN', 'Only administrators read the audit log');
    return this.data.repos.audit.list(q);
  }
}
