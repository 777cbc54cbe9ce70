/**
 * The source a generated "new pollution source" report proposes, moved as the case service moves
 * it (docs/sources.md, `source-case-sync.ts`): registering the report confirms it; filing it
 * confirms it too (the report goes on as enforcement) and it is `rectifying` while the case is
 * open; a report rejected (by intake, or not verified) or voided dismisses it.
 */
import {
  isEnforcementStatus,
  rectifyingStatus,
  type CaseAction,
  type CaseRecord,
  type SourceRecord,
  type SourceStatus,
} from '@envgrid/core';

export interface GeneratedSourceEvent {
  sourceId: string;
  seq: number;
  action: string;
  actorId: string | null;
  fromStatus: string | null;
  toStatus: string;
  reason: string | null;
  payload: Record<string, unknown>;
  at: number;
}

export class SourceHistory {
  readonly events: GeneratedSourceEvent[] = [];

  constructor(
    public record: SourceRecord,
    c: CaseRecord,
  ) {
    this.append('propose', c.reporterId, null, 'pending', c.createdAt, null, {
      caseId: c.id,
      caseNo: c.caseNo,
    });
  }

  /** Whether the report may still register its proposal (`register_source`). */
  pendingFor(c: CaseRecord): boolean {
    return this.record.status === 'pending' && c.status === 'reported';
  }

  afterCaseAction(
    before: CaseRecord,
    after: CaseRecord,
    action: CaseAction,
    actorId: string,
    at: number,
  ): void {
    if (this.record.status === 'pending') {
      if (action === 'register_source' || action === 'file')
        this.move(
          'confirm',
          actorId,
          'active',
          at,
          action === 'file' ? '确认新增，案件转执法立案' : `由上报 ${after.caseNo} 登记`,
          {
            caseId: after.id,
            closeReport: action === 'register_source',
          },
        );
      else if (after.status === 'rejected' || after.status === 'voided')
        this.move('dismiss', actorId, 'closed', at, '上报不成立', { caseId: after.id });
    }
    const to = rectifyingStatus(this.record.status, isEnforcementStatus(after.status) ? 1 : 0);
    if (to !== this.record.status && isEnforcementStatus(before.status) !== isEnforcementStatus(after.status))
      this.move(to === 'rectifying' ? 'rectify' : 'restore', actorId, to, at, null, {
        caseId: after.id,
        caseNo: after.caseNo,
      });
  }

  private move(
    action: string,
    actorId: string | null,
    to: SourceStatus,
    at: number,
    reason: string | null,
    payload: Record<string, unknown>,
  ): void {
    this.append(action, actorId, this.record.status, to, at, reason, payload);
    this.record = { ...this.record, status: to, version: this.record.version + 1, updatedAt: at };
  }

  private append(
    action: string,
    actorId: string | null,
    fromStatus: string | null,
    toStatus: string,
    at: number,
    reason: string | null,
    payload: Record<string, unknown>,
  ): void {
    this.events.push({
      sourceId: this.record.id,
      seq: this.events.length + 1,
      action,
      actorId,
      fromStatus,
      toStatus,
      reason,
      payload,
      at,
    });
  }
}
