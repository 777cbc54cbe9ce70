import type { AuditResult } from '@envgrid/core';

/** A 督查 run: the period, the rate and the seed its sample was drawn from. */
export interface AuditRunRecord {
  id: string;
  fromDate: string;
  toDate: string;
  rate: number;
  seed: number;
  sampleCount: number;
  createdBy: string;
  createdAt: number;
}

/** A run with the name of who made it and how far its re-checks have come. */
export interface AuditRunSummary extends AuditRunRecord {
  createdByName: string | null;
  checkedCount: number;
  failedCount: number;
}

/** One sampled case and its re-check. */
export interface AuditSampleRecord {
  id: string;
  runId: string;
  caseId: string;
  departmentId: string | null;
  auditorId: string | null;
  result: AuditResult | null;
  note: string | null;
  attachmentIds: string[];
  checkedAt: number | null;
  followUpCaseId: string | null;
  version: number;
}

/** A sample with what its table shows of the case, the department, the auditor and the follow-up. */
export interface AuditSampleView extends AuditSampleRecord {
  caseNo: string;
  itemCode: string;
  description: string;
  address: string | null;
  location: { lng: number; lat: number };
  gridCode: string;
  streetCode: string;
  closedAt: number | null;
  reporterId: string | null;
  departmentName: string | null;
  auditorName: string | null;
  followUpCaseNo: string | null;
}

/** A closed case a run may sample. */
export interface ClosedCaseRow {
  id: string;
  leadDepartmentId: string | null;
}

/** A case reported on the 稽查 channel, for the findings list. */
export interface AuditFindingRow {
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
}

/** Who was a grid's responsible supervisor from when until when. */
export interface SupervisorSpell {
  gridCode: string;
  userId: string;
  displayName: string;
  startsAt: number;
  endsAt: number | null;
}
