/**
 * Who acts next on a case (docs/workflow.md): the one table behind inbox entries, reminders, the
 * work queues and the home page. "The center" means the district center's role for a
 * district-level case and the street's sub-center for a street- or grid-level one.
 */
import type { Role } from '../roles.ts';
import type { CaseRecord } from './case-record.ts';
import { CASE_STATUSES, type CaseStatus } from './case-states.ts';

export type CenterRole = 'intake' | 'dispatcher';

export interface NextActorRule {
  /** The center's roles that act (at street level: the sub-center). */
  center?: readonly CenterRole[];
  /** The supervisor of the case's grid. */
  gridSupervisor?: true;
  /** The lead department, and assisting departments that have not given their part. */
  departments?: true;
}

export const NEXT_ACTORS: Readonly<Record<CaseStatus, NextActorRule>> = {
  pending_verification: { gridSupervisor: true },
  reported: { center: ['intake'] },
  filed: { center: ['dispatcher'] },
  dispatched: { departments: true },
  suspended: { center: ['dispatcher'] },
  pending_check: { gridSupervisor: true },
  pending_close: { center: ['intake', 'dispatcher'] },
  closed: {},
  rejected: {},
  voided: {},
};

/** A department's request waits for the dispatcher (or the sub-center), whatever the status says. */
const REQUEST_RULE: NextActorRule = { center: ['dispatcher'] };

export type NextActor =
  | { kind: 'grid-supervisor'; gridCode: string }
  | { kind: 'center'; role: CenterRole }
  | { kind: 'leaders' }
  | { kind: 'subcenter'; streetCode: string }
  | { kind: 'department'; departmentId: string; lead: boolean };

export type NextActorCase = Pick<
  CaseRecord,
  | 'status'
  | 'level'
  | 'gridCode'
  | 'streetCode'
  | 'pendingRequest'
  | 'leadDepartmentId'
  | 'assistDepartmentIds'
  | 'assistDoneIds'
>;

/** Who must act on the case now, in order: an empty list for a case that waits on nobody. */
export function whoActsNext(c: NextActorCase): NextActor[] {
  const rule = c.pendingRequest ? REQUEST_RULE : NEXT_ACTORS[c.status];
  const out: NextActor[] = [];
  if (rule.gridSupervisor) out.push({ kind: 'grid-supervisor', gridCode: c.gridCode });
  if (rule.center) {
    if (c.level === 'district') for (const role of rule.center) out.push({ kind: 'center', role });
    else out.push({ kind: 'subcenter', streetCode: c.streetCode });
  }
  if (rule.departments) {
    if (c.leadDepartmentId) out.push({ kind: 'department', departmentId: c.leadDepartmentId, lead: true });
    for (const id of c.assistDepartmentIds)
      if (id !== c.leadDepartmentId && !c.assistDoneIds.includes(id))
        out.push({ kind: 'department', departmentId: id, lead: false });
  }
  return out;
}

/**
 * Who hears that a case's step is overdue (a red light), besides whoever must act: the district's
 * dispatchers, the street's sub-center and the leaders.
 */
export function overdueEscalation(c: Pick<NextActorCase, 'streetCode'>): NextActor[] {
  return [
    { kind: 'center', role: 'dispatcher' },
    { kind: 'subcenter', streetCode: c.streetCode },
    { kind: 'leaders' },
  ];
}

/**
 * The statuses whose cases wait on `role` (a work queue): a supervisor's are those of their own
 * grids, a handler's those of their department, the others' those of their scope.
 */
export function queueStatuses(role: Role): CaseStatus[] {
  return CASE_STATUSES.filter((s) => {
    const rule = NEXT_ACTORS[s];
    if (role === 'supervisor') return rule.gridSupervisor === true;
    if (role === 'handler') return rule.departments === true;
    if (role === 'subcenter') return (rule.center?.length ?? 0) > 0;
    return role === 'intake' || role === 'dispatcher' ? (rule.center?.includes(role) ?? false) : false;
  });
}
