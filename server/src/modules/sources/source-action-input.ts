/** What each source action takes, checked before the action runs (docs/sources.md). */
import {
  AppError,
  attributeProblems,
  mayManageSourcesIn,
  type Actor,
  type DepartmentRecord,
  type SourceAction,
  type SourceRecord,
} from '@envgrid/core';
import type { GridService } from '../grids/grid.service.ts';
import type { SourcePatch } from './source.record.ts';
import type { SourceEdit } from './source.service.ts';

const EDIT_FIELDS = [
  'name',
  'address',
  'location',
  'departmentId',
  'riskLevel',
  'inspectionEveryDays',
  'attributes',
];
const ACTION_FIELDS: Record<SourceAction, readonly string[]> = {
  confirm: ['closeReport', 'reason'],
  merge: ['intoId', 'reason'],
  dismiss: ['reason'],
  close: ['reason'],
  reopen: ['reason'],
  edit: [...EDIT_FIELDS, 'reason'],
};

/** Each action takes its own fields only; dismiss and close say why, merge says into what. */
export function checkActionFields(action: SourceAction, p: Record<string, unknown>): void {
  const stray = Object.keys(p).filter((k) => k !== 'version' && !ACTION_FIELDS[action].includes(k));
  const problems = stray.map((k) => ({ path: `body/${k}`, message: `is not a field of ${action}` }));
  if ((action === 'dismiss' || action === 'close') && !(typeof p.reason === 'string' && p.reason.trim()))
    problems.push({ path: 'body/reason', message: `${action} needs a reason` });
  if (action === 'merge' && !p.intoId) problems.push({ path: 'body/intoId', message: 'merge needs intoId' });
  if (problems.length)
    throw new AppError(
      'VALIDATION_FAILED',
      problems.map((x) => `${x.path} ${x.message}`).join('; '),
      problems,
    );
}

export function requireDepartment(
  id: string | null | undefined,
  departments: readonly DepartmentRecord[],
  path: string,
): void {
  if (id && !departments.some((d) => d.id === id && d.active))
    throw new AppError('VALIDATION_FAILED', 'departmentId names no active department', [
      { path: `${path}/departmentId`, message: 'names no active department' },
    ]);
}

export async function editPatch(
  grids: GridService,
  actor: Actor,
  s: SourceRecord,
  p: SourceEdit,
  departments: readonly DepartmentRecord[],
): Promise<{ patch: SourcePatch; changes: Record<string, [unknown, unknown]> }> {
  const patch: SourcePatch = {};
  if (p.name !== undefined) patch.name = p.name.trim();
  if (p.address !== undefined) patch.address = p.address.trim() || null;
  if (p.riskLevel !== undefined) patch.riskLevel = p.riskLevel;
  if (p.inspectionEveryDays !== undefined) patch.inspectionEveryDays = p.inspectionEveryDays;
  if (p.departmentId !== undefined) {
    requireDepartment(p.departmentId, departments, 'body');
    patch.departmentId = p.departmentId;
  }
  if (p.attributes !== undefined) {
    const problems = attributeProblems(s.type, p.attributes);
    if (problems.length)
      throw new AppError(
        'VALIDATION_FAILED',
        `Attributes of a ${s.type} source: ${problems.map((x) => `${x.key} ${x.message}`).join('; ')}`,
        problems.map((x) => ({ path: `body/attributes/${x.key}`, message: x.message })),
      );
    patch.attributes = p.attributes;
  }
  if (p.location) {
    const grid = await grids.gridAt(p.location.lng, p.location.lat);
    if (!mayManageSourcesIn(actor, grid.streetCode))
      throw new AppError('OUTSIDE_JURISDICTION', 'The new location is outside your street');
    Object.assign(patch, {
      location: p.location,
      gridCode: grid.code,
      communityCode: grid.communityCode,
      streetCode: grid.streetCode,
    });
  }
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [k, v] of Object.entries(patch)) {
    const old = (s as unknown as Record<string, unknown>)[k];
    if (JSON.stringify(old) !== JSON.stringify(v)) changes[k] = [old, v];
  }
  if (Object.keys(changes).length === 0)
    throw new AppError('VALIDATION_FAILED', 'The edit changes nothing', [
      { path: 'body', message: 'changes nothing' },
    ]);
  return { patch, changes };
}
