import type { DepartmentRecord } from '@envgrid/core';

export function presentDepartment(d: DepartmentRecord) {
  return {
    id: d.id,
    code: d.code,
    name: d.name,
    nameEn: d.nameEn,
    level: d.level,
    ...(d.streetCode ? { streetCode: d.streetCode } : {}),
    active: d.active,
  };
}
