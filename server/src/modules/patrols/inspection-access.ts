import { canSeeSource, type Actor } from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import type { AttachmentReader } from '../attachments/attachment.service.ts';
import type { DepartmentDirectory } from '../departments/department-directory.ts';

/** An inspection's photos are seen by whoever may see the inspected source. */
export class InspectionAccess implements AttachmentReader {
  constructor(
    private readonly data: DataAccess,
    private readonly departments: DepartmentDirectory,
  ) {}

  async mayRead(actor: Actor, attachmentId: string): Promise<boolean> {
    const ids = await this.data.repos.patrols.sourcesInspectedWith(attachmentId);
    if (ids.length === 0) return false;
    const departments = await this.departments.list();
    for (const s of await this.data.repos.sources.findMany(ids)) {
      const departmentCode = departments.find((d) => d.id === s.departmentId)?.code ?? null;
      if (canSeeSource(actor, { status: s.status, streetCode: s.streetCode, departmentCode })) return true;
    }
    return false;
  }
}
