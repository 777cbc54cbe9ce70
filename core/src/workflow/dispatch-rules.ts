/**
 * Where a case may be dispatched (plan step 3, docs/workflow.md): district departments by legal
 * duty, or the case's own street team. A street sub-center dispatches only to its street's team;
 * a case that needs a district department it escalates instead.
 */
import type { DepartmentRecord } from '../departments.ts';
import type { Actor } from '../permissions.ts';
import type { CaseLevel } from './case-states.ts';

/** A department as stored (`streetCode` null) or as the API shows it (absent for district ones). */
type Dept = Pick<DepartmentRecord, 'level' | 'active'> & { streetCode?: string | null };

/** Whether `actor` may name `d` as lead or assisting department of a case in `c.streetCode`. */
export function mayDispatchTo(actor: Pick<Actor, 'scope'>, c: { streetCode: string }, d: Dept): boolean {
  if (!d.active) return false;
  if (d.level === 'district') return actor.scope.kind !== 'street';
  return (
    d.streetCode === c.streetCode && (actor.scope.kind !== 'street' || actor.scope.code === d.streetCode)
  );
}

/** The departments `actor` may dispatch the case to, in the given order. */
export function dispatchTargets<D extends Dept>(
  actor: Pick<Actor, 'scope'>,
  c: { streetCode: string },
  departments: readonly D[],
): D[] {
  return departments.filter((d) => mayDispatchTo(actor, c, d));
}

/**
 * The department to suggest: for a district-level case the one responsible by law for its item;
 * below that, the street's own team.
 */
export function suggestedDepartment<D extends Dept & Pick<DepartmentRecord, 'code'>>(
  c: { level: CaseLevel; streetCode: string },
  itemDepartmentCode: string | undefined,
  departments: readonly D[],
): D | undefined {
  return c.level === 'district'
    ? departments.find((d) => d.active && d.code === itemDepartmentCode)
    : departments.find((d) => d.active && d.level === 'street' && d.streetCode === c.streetCode);
}
