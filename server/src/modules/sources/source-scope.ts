import type { Actor, DepartmentRecord } from '@envgrid/core';
import type { SourceListQuery } from './source.record.ts';

/**
 * The list query narrowed to what the actor sees (core `canSeeSource`, as a query): a street its
 * street, a department the sources it is responsible for; null when the filter asks for another
 * street.
 */
export function scopedQuery(
  actor: Actor,
  q: SourceListQuery,
  departments: readonly DepartmentRecord[],
): SourceListQuery | null {
  const query = { ...q };
  if (actor.scope.kind === 'street') {
    if (q.streetCode && q.streetCode !== actor.scope.code) return null;
    query.streetCode = actor.scope.code;
  }
  if (actor.scope.kind === 'department') {
    const code = actor.scope.code;
    query.departmentId = departments.find((d) => d.code === code)?.id ?? '-';
  }
  return query;
}
