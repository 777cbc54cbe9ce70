import { canSee, type Actor } from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import type { DepartmentDirectory } from '../departments/department-directory.ts';
import { caseViewOf } from './case-view.ts';

/**
 * The one door for "may this actor see this case": every module that shows something of a case
 * (the case itself, its events, its photos) asks here, and the answer is core's `canSee` on the
 * case as it is stored now.
 */
export class CaseAccess {
  constructor(
    private readonly data: DataAccess,
    private readonly departments: DepartmentDirectory,
  ) {}

  /** Whether `actor` may see the case `caseId`; false for a case that does not exist. */
  async canSeeCase(actor: Actor, caseId: string): Promise<boolean> {
    const repos = this.data.repos;
    const c = await repos.cases.find(caseId);
    return c ? canSee(actor, await caseViewOf(repos, c, await this.departments.list())) : false;
  }
}
