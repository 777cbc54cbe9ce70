import type { InspectionResult } from '@envgrid/core';
import type { SourceDetails, SourceService } from './source.service.ts';

/** A source as the API shows it: fields picked one by one, with this actor's abilities. */
export function presentSource(d: SourceDetails) {
  const { s } = d;
  return {
    id: s.id,
    type: s.type,
    name: s.name,
    address: s.address,
    location: s.location,
    gridCode: s.gridCode,
    communityCode: s.communityCode,
    streetCode: s.streetCode,
    departmentId: s.departmentId,
    riskLevel: s.riskLevel,
    inspectionEveryDays: s.inspectionEveryDays,
    status: s.status,
    attributes: s.attributes,
    proposedByCaseId: s.proposedByCaseId,
    mergedIntoId: s.mergedIntoId,
    repeatOffender: d.repeatOffender,
    recentCaseCount: d.recentCaseCount,
    lastInspectedAt: d.lastInspectedAt,
    version: s.version,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    abilities: d.abilities,
    closesReport: d.closesReport,
  };
}

/** The source page: the source, its history with who acted, its cases and inspections. */
export function presentSourceDetail(d: Awaited<ReturnType<SourceService['get']>>) {
  const name = (id: string | null) => (id ? (d.names.get(id) ?? null) : null);
  return {
    ...presentSource(d),
    history: d.history.map((e) => ({ ...e, actorName: name(e.actorId) })),
    cases: d.cases.map((c) => ({
      id: c.id,
      caseNo: c.case_no,
      status: c.status,
      itemCode: c.item_code,
      createdAt: Number(c.created_at),
      closedAt: c.closed_at === null ? null : Number(c.closed_at),
    })),
    inspections: d.inspections.map((i) => ({
      id: i.id,
      patrolId: i.patrol_id,
      userId: i.user_id,
      userName: name(i.user_id),
      // The column holds core's INSPECTION_RESULTS (patrol.repository.ts reads it the same way).
      result: i.result as InspectionResult,
      note: i.note,
      caseId: i.case_id,
      at: Number(i.at),
    })),
    possibleDuplicates: d.possibleDuplicates,
  };
}
