import {
  canSee,
  duplicateSearch,
  rankDuplicates,
  type Actor,
  type CaseRecord,
  type DepartmentRecord,
  type DuplicateCandidate,
} from '@envgrid/core';
import type { Repos } from '../../db/repos.ts';
import { caseViewOf, gridSupervisors, type GridSupervisors } from './case-view.ts';

/**
 * The possible duplicates of `c` (core's duplicate rule), naming only cases that `actor` may see,
 * so a reporter never learns of cases outside their scope. `known` holds grids the caller read
 * already (the new case's own); the candidates' other grids are read in one query.
 */
export async function findDuplicates(
  repos: Repos,
  actor: Actor,
  c: CaseRecord,
  now: number,
  departments: DepartmentRecord[],
  /** Codes of the grids whose bounding box meets a box (the spatial index). */
  gridsMeeting: (bbox: [number, number, number, number]) => string[],
  known?: GridSupervisors,
): Promise<DuplicateCandidate[]> {
  const search = duplicateSearch(c, now);
  // Only the grids around the point: the same item's recent cases district-wide can be thousands.
  // A case lies in the grid holding its point, so its grid meets any box around that point. (A
  // re-import that renames grids hides the previous 72 hours' cases from this check: grid codes
  // are meant to stay stable.)
  const near = await repos.cases.near({ ...search, gridCodes: gridsMeeting(search.bbox) });
  const supervisors = await gridSupervisors(
    repos,
    near.map((o) => o.gridCode),
    known,
  );
  const seen: CaseRecord[] = [];
  for (const o of near) if (canSee(actor, await caseViewOf(repos, o, departments, supervisors))) seen.push(o);
  return rankDuplicates(c, seen, now);
}
