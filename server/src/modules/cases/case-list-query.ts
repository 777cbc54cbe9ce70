import type { Actor, DepartmentRecord } from '@envgrid/core';

export type CaseListSort = 'newest' | 'deadline';

/** What the case list may be asked for: filters, scope and paging, as the repository takes them. */
export interface CaseListQuery {
  statuses?: string[];
  streetCode?: string;
  gridCodes?: string[];
  itemCode?: string;
  /** Open, not suspended, past the current step's deadline at `now`. */
  overdueAt?: number;
  q?: string;
  /**
   * Scope of a street- or department-scoped user: the cases of this street, or where this
   * department leads or assists, or that this user reported, or that lie in the grids this user
   * is responsible for (the reporter and the grid's supervisor always see a case).
   */
  visibleTo?: { streetCode?: string; departmentId?: string; reporterId: string; gridCodes: string[] };
  supervised?: boolean;
  reporterId?: string;
  /**
   * `newest` (the default): newest first. `deadline`: running steps only (open, not suspended),
   * the nearest deadline first, so what is about to run late comes first.
   */
  sort?: CaseListSort;
  /** Where the last page ended: its last case's sort key (created_at, or the step deadline) and id. */
  cursor?: { key: number; id: string };
  limit: number;
}

/** Which cases a list may return to `actor`: the same rule as core's `canSee`, as query terms. */
export type CaseVisibility = NonNullable<CaseListQuery['visibleTo']>;

/**
 * The scope terms of a case list for `actor` (null: the whole district): its street's or its
 * department's cases, plus those it reported or supervises the grid of (`supervised`: its grids).
 * The case list, the map and the exports all ask here.
 */
export function caseVisibility(
  actor: Pick<Actor, 'id' | 'scope'>,
  departments: readonly Pick<DepartmentRecord, 'id' | 'code'>[],
  supervised: string[],
): CaseVisibility | null {
  const { kind, code } = actor.scope;
  if (kind === 'district') return null;
  if (kind === 'street') return { streetCode: code, reporterId: actor.id, gridCodes: supervised };
  return {
    departmentId: departments.find((d) => d.code === code)?.id,
    reporterId: actor.id,
    gridCodes: supervised,
  };
}
