import type { AuditRunSummary } from './case-audit.record.ts';
import type { AuditFinding, AuditRunDetails, AuditSampleDetails } from './case-audit.service.ts';

/** A run as the API shows it. */
export function presentRun(r: AuditRunSummary) {
  return {
    id: r.id,
    from: r.fromDate,
    to: r.toDate,
    rate: r.rate,
    seed: r.seed,
    sampleCount: r.sampleCount,
    checkedCount: r.checkedCount,
    failedCount: r.failedCount,
    createdBy: r.createdBy,
    createdByName: r.createdByName,
    createdAt: r.createdAt,
  };
}

/** A sample, fields picked one by one, with this actor's abilities. */
export function presentSample(s: AuditSampleDetails) {
  return {
    id: s.id,
    runId: s.runId,
    caseId: s.caseId,
    caseNo: s.caseNo,
    itemCode: s.itemCode,
    description: s.description,
    address: s.address,
    gridCode: s.gridCode,
    streetCode: s.streetCode,
    closedAt: s.closedAt,
    departmentId: s.departmentId,
    departmentName: s.departmentName,
    result: s.result,
    note: s.note,
    attachmentIds: s.attachmentIds,
    auditorId: s.auditorId,
    auditorName: s.auditorName,
    checkedAt: s.checkedAt,
    followUpCaseId: s.followUpCaseId,
    followUpCaseNo: s.followUpCaseNo,
    version: s.version,
    abilities: s.abilities,
  };
}

export function presentRunDetails(d: AuditRunDetails) {
  return { ...presentRun(d.run), samples: d.samples.map(presentSample) };
}

export function presentFinding(f: AuditFinding) {
  return {
    caseId: f.caseId,
    caseNo: f.caseNo,
    status: f.status,
    itemCode: f.itemCode,
    description: f.description,
    gridCode: f.gridCode,
    streetCode: f.streetCode,
    reportedAt: f.reportedAt,
    reporterId: f.reporterId,
    reporterName: f.reporterName,
    supervisorId: f.supervisorId,
    supervisorName: f.supervisorName,
  };
}
