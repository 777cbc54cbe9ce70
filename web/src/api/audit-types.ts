/**
 * 督查 runs, samples and 稽查 findings as the API answers them (docs/audits.md). Written by hand
 * until `npm run api:types` regenerates core's contract with the audit routes.
 */
import type { AuditResult, AuditSampleAbility } from '@envgrid/core';

export interface AuditRun {
  id: string;
  from: string;
  to: string;
  rate: number;
  seed: number;
  sampleCount: number;
  checkedCount: number;
  failedCount: number;
  createdBy: string;
  createdByName: string | null;
  createdAt: number;
}

export interface AuditSample {
  id: string;
  runId: string;
  caseId: string;
  caseNo: string;
  itemCode: string;
  description: string;
  address: string | null;
  gridCode: string;
  streetCode: string;
  closedAt: number | null;
  departmentId: string | null;
  departmentName: string | null;
  result: AuditResult | null;
  note: string | null;
  attachmentIds: string[];
  auditorId: string | null;
  auditorName: string | null;
  checkedAt: number | null;
  followUpCaseId: string | null;
  followUpCaseNo: string | null;
  version: number;
  abilities: AuditSampleAbility[];
}

export interface AuditRunDetail extends AuditRun {
  samples: AuditSample[];
}

export interface NewAuditRun {
  from: string;
  to: string;
  rate: number;
  seed?: number;
}

export interface RecheckBody {
  version: number;
  result: AuditResult;
  note?: string;
  attachmentIds?: string[];
}

export interface AuditFinding {
  caseId: string;
  caseNo: string;
  status: string;
  itemCode: string;
  description: string;
  gridCode: string;
  streetCode: string;
  reportedAt: number;
  reporterId: string | null;
  reporterName: string | null;
  supervisorId: string | null;
  supervisorName: string | null;
}
