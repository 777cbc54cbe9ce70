/** The case-event records: domain shapes, apart from how the repository stores them. */
import type { CaseEventAction, CaseStatus } from '@envgrid/core';

export interface CaseEventRecord {
  id: number;
  caseId: string;
  seq: number;
  action: CaseEventAction;
  actorId: string | null;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  payload: Record<string, unknown>;
  payloadText: string;
  at: number;
  prevHash: string;
  hash: string;
}
