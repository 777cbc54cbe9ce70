import { timelineStep } from '@envgrid/core';
import type { UserRecord } from '../users/user.record.ts';
import type { CaseEventRecord } from './case-event.record.ts';
import type { CaseDetails } from './case.service.ts';

/** The case as the API shows it: fields picked one by one, with the abilities of this actor. */
export function presentCase(d: CaseDetails) {
  const { c, timing } = d;
  return {
    id: c.id,
    caseNo: c.caseNo,
    status: c.status,
    channel: c.channel,
    itemCode: c.itemCode,
    urgency: c.urgency,
    level: c.level,
    description: c.description,
    location: c.location,
    address: c.address,
    gridCode: c.gridCode,
    communityCode: c.communityCode,
    streetCode: c.streetCode,
    reporterId: c.reporterId,
    reporterContact: d.showsContact ? c.reporterContact : null,
    leadDepartmentId: c.leadDepartmentId,
    assistDepartmentIds: c.assistDepartmentIds,
    assistDoneIds: c.assistDoneIds,
    suggestedDepartmentId: d.suggestedDepartmentId,
    step: c.step,
    deadline: c.stepDeadlineAt,
    light: timing.light,
    overdue: timing.overdue,
    remainingMs: timing.remainingMs,
    calendarFallback: timing.calendarFallback,
    suspended: c.pausedAt !== null,
    pendingRequest: c.pendingRequest,
    counters: c.counters,
    supervised: c.supervisedAt !== null,
    resolvedOnSite: c.resolvedOnSite,
    sourceId: c.sourceId,
    duplicateOf: c.duplicateOf,
    evaluation: c.evaluation,
    version: c.version,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    closedAt: c.closedAt,
    abilities: d.abilities,
  };
}

export function presentEvents(
  events: CaseEventRecord[],
  photos: { attachmentId: string; eventSeq: number; kind: string }[],
  actors: Map<string, UserRecord>,
) {
  return events.map((e) => {
    const actor = e.actorId ? actors.get(e.actorId) : undefined;
    return {
      seq: e.seq,
      action: e.action,
      actor: actor ? { id: actor.id, username: actor.username, displayName: actor.displayName } : null,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      planStep: timelineStep(e.action, e.fromStatus),
      payload: e.payload,
      attachments: photos
        .filter((p) => p.eventSeq === e.seq)
        .map((p) => ({ id: p.attachmentId, url: `/api/v1/attachments/${p.attachmentId}`, kind: p.kind })),
      at: e.at,
      hash: e.hash,
    };
  });
}
