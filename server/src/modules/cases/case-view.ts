import {
  AppError,
  can,
  canSee,
  caseAbilities,
  caseTiming,
  findItem,
  mayDispatchTo,
  suggestedDepartment,
  type Actor,
  type CaseAction,
  type CasePatch,
  type CaseRecord,
  type CaseTiming,
  type CaseView,
  type DepartmentRecord,
} from '@envgrid/core';
import type { Repos } from '../../db/repos.ts';
import type { WorkSettings } from '../settings/work-settings.service.ts';

/** A case with what the presenter needs: who may do what now, and the names it refers to. */
export interface CaseDetails {
  c: CaseRecord;
  abilities: CaseAction[];
  departments: DepartmentRecord[];
  view: CaseView;
  timing: CaseTiming;
  /** A hotline caller's name and phone are for the center and sub-centers only. */
  showsContact: boolean;
  /** Who the case should go to by legal duty and level: the dispatch dialog's default. */
  suggestedDepartmentId: string | null;
}

/** Grid code → its supervisor's id (null: none), for grids a caller has read already. */
export type GridSupervisors = ReadonlyMap<string, string | null>;

/** The supervisors of the grids `codes`: those in `known` as they are, the others in one query. */
export async function gridSupervisors(
  repos: Repos,
  codes: readonly string[],
  known: GridSupervisors = new Map(),
): Promise<GridSupervisors> {
  const missing = [...new Set(codes)].filter((code) => !known.has(code));
  if (missing.length === 0) return known;
  // A grid that is gone has no supervisor, as `grids.find` would say: no second look per case.
  const out = new Map([...known, ...missing.map((code) => [code, null] as const)]);
  for (const g of await repos.grids.list({ codes: missing })) out.set(g.code, g.supervisor?.id ?? null);
  return out;
}

/** What the workflow rules need to know about a case: its state, place, departments (by code) and grid supervisor. */
export async function caseViewOf(
  repos: Repos,
  c: CaseRecord,
  departments: DepartmentRecord[],
  /** The supervisors of grids the caller read already; any other grid is read here. */
  supervisors?: GridSupervisors,
  /** Read the officers brought into the case (for an action, or an officer's abilities). */
  withOfficers = false,
): Promise<CaseView> {
  const supervisorId = supervisors?.has(c.gridCode)
    ? supervisors.get(c.gridCode)!
    : ((await repos.grids.find(c.gridCode))?.supervisor?.id ?? null);
  // Only a report still awaiting filing can register the source it proposed: one read for those.
  const source = c.status === 'reported' && c.sourceId ? await repos.sources.find(c.sourceId) : undefined;
  const view = viewFrom(
    c,
    departments,
    supervisorId,
    source?.status === 'pending' && source.proposedByCaseId === c.id,
  );
  // Officers record only while the case is handled: one read for those cases, when asked.
  if (withOfficers && (c.status === 'dispatched' || c.status === 'suspended'))
    view.involvedOfficerIds = await repos.caseOfficers.ofCase(c.id);
  return view;
}

/** The rules' view of a case whose grid supervisor is known (the generator builds it in memory). */
export function viewFrom(
  c: CaseRecord,
  departments: readonly DepartmentRecord[],
  supervisorId: string | null,
  proposesPendingSource = false,
): CaseView {
  const code = (id: string | null) => departments.find((d) => d.id === id)?.code ?? null;
  return {
    status: c.status,
    level: c.level as CaseView['level'],
    streetCode: c.streetCode,
    gridCode: c.gridCode,
    reporterId: c.reporterId,
    leadDepartmentCode: code(c.leadDepartmentId),
    assistDepartmentCodes: c.assistDepartmentIds.map(code).filter((x): x is string => x !== null),
    pendingRequest: c.pendingRequest
      ? { kind: c.pendingRequest.kind, requestedBy: c.pendingRequest.requestedBy }
      : null,
    assistFeedbackFrom: c.assistDoneIds.map(code).filter((x): x is string => x !== null),
    gridSupervisorId: supervisorId,
    evaluated: typeof c.evaluation?.rating === 'number',
    proposesPendingSource,
  };
}

/** The case with this actor's abilities, its timing and the suggested department. */
export async function caseDetails(
  repos: Repos,
  actor: Actor,
  c: CaseRecord,
  departments: DepartmentRecord[],
  settings: WorkSettings,
  now: number,
  supervisors?: GridSupervisors,
): Promise<CaseDetails> {
  const view = await caseViewOf(repos, c, departments, supervisors, can(actor, 'cases.record'));
  const item = findItem(settings.taxonomy, c.itemCode);
  const suggested = suggestedDepartment(c, item?.defaultDepartmentCode, departments);
  return {
    c,
    view,
    departments,
    abilities: canSee(actor, view) ? caseAbilities(actor, view) : [],
    showsContact: can(actor, 'cases.callerContact'),
    timing: caseTiming(settings, c, now),
    suggestedDepartmentId: suggested?.id ?? null,
  };
}

/** Server-side checks the pure rules cannot make: departments a sub-center may use, duplicates that exist. */
export async function checkActionTargets(
  repos: Repos,
  actor: Actor,
  c: Pick<CaseRecord, 'id' | 'streetCode' | 'gridCode' | 'leadDepartmentId'>,
  action: CaseAction,
  p: Record<string, unknown>,
  departments: DepartmentRecord[],
  supervisors?: GridSupervisors,
): Promise<void> {
  if (action === 'dispatch') {
    const chosen = [p.leadDepartmentId, ...((p.assistDepartmentIds as string[] | undefined) ?? [])];
    const refused = chosen.filter((id) => {
      const d = departments.find((x) => x.id === id);
      return !d || !mayDispatchTo(actor, c, d);
    });
    if (refused.length)
      throw new AppError(
        'FORBIDDEN',
        actor.scope.kind === 'street'
          ? 'A street sub-center dispatches to its own street’s teams; escalate cases that need district departments'
          : 'Dispatch to an active district department or to the case’s own street team',
        { departmentIds: refused },
      );
  }
  if (action === 'invite_assist') {
    const lead = c.leadDepartmentId;
    const refused = ((p.assistDepartmentIds as string[] | undefined) ?? []).filter((id) => {
      const d = departments.find((x) => x.id === id);
      return !d || id === lead || !mayDispatchTo(actor, c, d);
    });
    if (refused.length)
      throw new AppError(
        'VALIDATION_FAILED',
        'Invite an active district department or the case’s own street team, other than the lead',
        refused.map((id) => ({ path: 'body/assistDepartmentIds', message: `cannot invite ${id}` })),
      );
  }
  if (action === 'involve_officer') {
    const officerId = p.officerId as string;
    const attached = (await repos.grids.assignments(c.gridCode)).some(
      (a) => a.role === 'officer' && a.user.id === officerId && a.endsAt === null,
    );
    if (!attached || (await repos.caseOfficers.ofCase(c.id)).includes(officerId))
      throw new AppError(
        'VALIDATION_FAILED',
        'officerId names no officer of the case’s grid who is not in the case yet',
        [
          {
            path: 'body/officerId',
            message: 'names no officer of the case’s grid who is not in the case yet',
          },
        ],
      );
  }
  if (action === 'void' && typeof p.duplicateOf === 'string') {
    const original = await repos.cases.find(p.duplicateOf);
    if (!original || !canSee(actor, await caseViewOf(repos, original, departments, supervisors)))
      throw new AppError('VALIDATION_FAILED', 'duplicateOf names no case you can see');
  }
}

/** The case fields the repository stores as JSON text: they read back as parsed copies. */
const JSON_FIELDS = new Set([
  'reporterContact',
  'assistDepartmentIds',
  'assistDoneIds',
  'pendingRequest',
  'evaluation',
]);

/**
 * The case as `cases.update(c.id, c.version, patch)` leaves it, without reading it back: the
 * patch's defined fields over `c` (counters field by field), JSON fields as they read back, the
 * version moved on. case-intake-statements.test.ts compares it with the stored row after every
 * kind of action, on both engines.
 */
export function afterUpdate(c: CaseRecord, patch: CasePatch): CaseRecord {
  const next: CaseRecord = { ...c, counters: { ...c.counters }, version: c.version + 1 };
  const { counters, ...fields } = patch;
  for (const [k, v] of Object.entries(fields))
    if (v !== undefined)
      Object.assign(next, { [k]: JSON_FIELDS.has(k) && v !== null ? JSON.parse(JSON.stringify(v)) : v });
  for (const [k, v] of Object.entries(counters ?? {}))
    if (v !== undefined) Object.assign(next.counters, { [k]: v });
  return next;
}
