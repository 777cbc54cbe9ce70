/**
 * Where cases and sources meet, inside the case's own transaction (docs/sources.md): a "new
 * pollution source" report proposes a pending source; registering it from the report confirms
 * it; an enforcement case against a source makes it `rectifying` until the last one closes.
 */
import {
  AppError,
  canSeeSource,
  DEFAULT_INSPECTION_EVERY_DAYS,
  isEnforcementStatus,
  rectifyingStatus,
  SOURCE_TYPE_NAMES,
  type Actor,
  type CaseAction,
  type CaseRecord,
  type DepartmentRecord,
  type SourceRecord,
  type SourceType,
  type TaxonomyItem,
} from '@envgrid/core';
import type { Repos } from '../../db/repos.ts';

const ENFORCEMENT_STATUSES = ['filed', 'dispatched', 'suspended', 'pending_check', 'pending_close'];

/** The source a report names, if the reporter may see it; else a 400 naming `body/sourceId`. */
export async function requireVisibleSource(
  repos: Repos,
  actor: Actor,
  sourceId: string,
  departments: readonly DepartmentRecord[],
): Promise<SourceRecord> {
  const s = await repos.sources.find(sourceId);
  const departmentCode = departments.find((d) => d.id === s?.departmentId)?.code ?? null;
  if (!s || !canSeeSource(actor, { ...s, departmentCode }))
    throw new AppError('VALIDATION_FAILED', 'sourceId names no pollution source you can see', [
      { path: 'body/sourceId', message: 'names no pollution source you can see' },
    ]);
  return s;
}

/** The pending source a "new pollution source" report proposes, named from where it is. */
export function proposedSource(
  c: CaseRecord,
  item: TaxonomyItem,
  departments: readonly DepartmentRecord[],
  id: string,
): SourceRecord {
  const type = item.sourceType as SourceType;
  const where = c.address ?? c.description.slice(0, 40);
  return {
    id,
    type,
    name: `新增${SOURCE_TYPE_NAMES[type].zh}（${where}）`.slice(0, 200),
    address: c.address,
    location: c.location,
    gridCode: c.gridCode,
    communityCode: c.communityCode,
    streetCode: c.streetCode,
    departmentId: departments.find((d) => d.code === item.defaultDepartmentCode)?.id ?? null,
    riskLevel: 'general',
    inspectionEveryDays: DEFAULT_INSPECTION_EVERY_DAYS.general,
    status: 'pending',
    attributes: {},
    proposedByCaseId: c.id,
    mergedIntoId: null,
    createdBy: c.reporterId,
    version: 1,
    createdAt: c.createdAt,
    updatedAt: c.createdAt,
  };
}

export async function insertProposedSource(repos: Repos, s: SourceRecord, caseNo: string): Promise<void> {
  await repos.sources.insertMany([s]);
  await repos.sources.appendFirstEvents([
    {
      sourceId: s.id,
      action: 'propose',
      actorId: s.createdBy,
      toStatus: 'pending',
      at: s.createdAt,
      payload: { caseId: s.proposedByCaseId, caseNo },
    },
  ]);
}

/**
 * After a case action, in its transaction: `register_source` confirms the proposed source; any
 * status change of a case against a registered source moves it between `active` and `rectifying`.
 */
export async function syncSourceAfterCaseAction(
  repos: Repos,
  before: CaseRecord,
  after: CaseRecord,
  action: CaseAction,
  actorId: string,
  now: number,
): Promise<void> {
  if (!after.sourceId || after.status === before.status) return;
  let s = await repos.sources.find(after.sourceId);
  if (!s) return;
  if (action === 'register_source' && s.status === 'pending') {
    if (!(await repos.sources.update(s.id, s.version, { status: 'active' }, now)))
      throw new AppError('VERSION_CONFLICT', 'The source changed at the same moment; reload and try again');
    await repos.sources.appendEvent({
      sourceId: s.id,
      action: 'confirm',
      actorId,
      fromStatus: 'pending',
      toStatus: 'active',
      reason: `由上报 ${after.caseNo} 登记`,
      payload: { caseId: after.id, caseNo: after.caseNo, closeReport: true },
      at: now,
    });
    return;
  }
  if (isEnforcementStatus(before.status) === isEnforcementStatus(after.status)) return;
  s = await syncRectifying(repos, s, actorId, now, { caseId: after.id, caseNo: after.caseNo });
}

/** Moves a registered source to `rectifying` while an enforcement case is open, back when none is. */
export async function syncRectifying(
  repos: Repos,
  s: SourceRecord,
  actorId: string | null,
  now: number,
  cause: object = {},
): Promise<SourceRecord> {
  const open = await repos.sources.openEnforcementCount(s.id, ENFORCEMENT_STATUSES);
  const to = rectifyingStatus(s.status, open);
  if (to === s.status) return s;
  if (!(await repos.sources.update(s.id, s.version, { status: to }, now)))
    throw new AppError('VERSION_CONFLICT', 'The source changed at the same moment; reload and try again');
  await repos.sources.appendEvent({
    sourceId: s.id,
    action: to === 'rectifying' ? 'rectify' : 'restore',
    actorId,
    fromStatus: s.status,
    toStatus: to,
    payload: { ...cause, openCases: open },
    at: now,
  });
  return { ...s, status: to, version: s.version + 1, updatedAt: now };
}
