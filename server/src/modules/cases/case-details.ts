/**
 * What a case's page adds for whoever acts on it next: for the lead department that may bring in
 * grid officers, the grid's officers not in the case yet; before filing, for whoever may file,
 * void or verify it, its possible duplicates (intake voids duplicates), as the reporter saw them.
 */
import type { Actor, DuplicateCandidate } from '@envgrid/core';
import type { Repos } from '../../db/repos.ts';
import type { GridService } from '../grids/grid.service.ts';
import type { CaseDetails } from './case-view.ts';
import { findDuplicates } from './duplicates.ts';

export interface CaseExtras {
  duplicates?: DuplicateCandidate[];
  gridOfficers?: { id: string; name: string }[];
}

export async function caseExtras(
  repos: Repos,
  grids: GridService,
  actor: Actor,
  d: CaseDetails,
): Promise<CaseExtras> {
  const { c, departments } = d;
  if (d.abilities.includes('involve_officer')) {
    const [assigned, involved] = await Promise.all([
      repos.grids.assignments(c.gridCode),
      repos.caseOfficers.ofCase(c.id),
    ]);
    const gridOfficers = assigned
      .filter((a) => a.role === 'officer' && a.endsAt === null && !involved.includes(a.user.id))
      .map((a) => ({ id: a.user.id, name: a.user.displayName }));
    return { gridOfficers };
  }
  if (!d.abilities.some((a) => a === 'file' || a === 'void' || a === 'verify')) return {};
  const index = await grids.spatialIndex();
  const duplicates = await findDuplicates(repos, actor, c, c.createdAt, departments, (bbox) =>
    index.searchBBox(...bbox),
  );
  return { duplicates };
}
