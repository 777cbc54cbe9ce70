import type { CaseRecord } from '@envgrid/core';
import type { Repos } from '../../db/repos.ts';
import type { DepartmentRecord } from '../departments/department.repository.ts';

const DISTRICT = { kind: 'district' as const, code: '110101' };

/** Who must act next on a case in its current state: they get an inbox entry and a live event. */
export async function nextActors(
  repos: Repos,
  c: CaseRecord,
  departments: DepartmentRecord[],
  districtCode = DISTRICT.code,
): Promise<string[]> {
  const district = { kind: 'district' as const, code: districtCode };
  const street = { kind: 'street' as const, code: c.streetCode };
  const center = c.level === 'district';
  const deptUsers = async (id: string | null) => {
    const code = departments.find((d) => d.id === id)?.code;
    return code ? repos.users.idsWith('handler', { kind: 'department', code }) : [];
  };
  const gridSupervisor = async () => (await repos.grids.find(c.gridCode))?.supervisor?.id;
  const status = c.status;
  let ids: (string | undefined)[] = [];
  if (c.pendingRequest) {
    ids = center
      ? await repos.users.idsWith('dispatcher', district)
      : await repos.users.idsWith('subcenter', street);
  } else if (status === 'pending_verification' || status === 'pending_check') {
    ids = [await gridSupervisor()];
  } else if (status === 'reported' || status === 'pending_close') {
    ids = center
      ? await repos.users.idsWith('intake', district)
      : await repos.users.idsWith('subcenter', street);
  } else if (status === 'filed' || status === 'suspended') {
    ids = center
      ? await repos.users.idsWith('dispatcher', district)
      : await repos.users.idsWith('subcenter', street);
  } else if (status === 'dispatched') {
    ids = [...(await deptUsers(c.leadDepartmentId))];
    for (const a of c.assistDepartmentIds)
      if (!c.assistDoneIds.includes(a)) ids.push(...(await deptUsers(a)));
  }
  return [...new Set(ids.filter((x): x is string => Boolean(x)))];
}
