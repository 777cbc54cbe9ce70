import crypto from 'node:crypto';
import { AppError, can, type Actor, type Clock, type DepartmentRecord } from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import type { DepartmentDirectory } from './department-directory.ts';

export class DepartmentService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
    private readonly directory: DepartmentDirectory,
  ) {}

  /** Every signed-in user may list departments: dispatch and handling name them. */
  list(_actor: Actor): Promise<DepartmentRecord[]> {
    return this.directory.list();
  }

  /** The department id of a department-scoped actor, else null. */
  async idForScope(actor: Actor): Promise<string | null> {
    if (actor.scope.kind !== 'department') return null;
    const code = actor.scope.code;
    return (await this.directory.list()).find((d) => d.code === code)?.id ?? null;
  }

  async create(
    actor: Actor,
    input: { code: string; name: string; nameEn: string; level: 'district' | 'street'; streetCode?: string },
  ): Promise<DepartmentRecord> {
    if (!can(actor, 'departments.manage'))
      throw new AppError('FORBIDDEN', 'Only administrators manage departments');
    if (input.level === 'street' && !input.streetCode)
      throw new AppError('VALIDATION_FAILED', 'A street-level department needs streetCode');
    if (input.level === 'district' && input.streetCode)
      throw new AppError('VALIDATION_FAILED', 'A district-level department has no streetCode');
    return this.data.transaction(async (repos) => {
      if (input.streetCode) {
        const street = await repos.regions.find(input.streetCode);
        if (street?.kind !== 'street')
          throw new AppError('VALIDATION_FAILED', `No street with code ${input.streetCode}`);
      }
      if (await repos.departments.findByCode(input.code))
        throw new AppError('CONFLICT', `Department code ${input.code} is taken`);
      const now = this.clock.now();
      const dept: DepartmentRecord = {
        id: crypto.randomUUID(),
        ...input,
        streetCode: input.streetCode ?? null,
        active: true,
      };
      await repos.departments.insertMany([dept], now);
      await repos.audit.append(
        {
          actorId: actor.id,
          action: 'department.create',
          targetKind: 'department',
          targetId: dept.id,
          details: input,
        },
        now,
      );
      return dept;
    });
  }

  /** Names and the active flag may change; the code never does (cases refer to it). */
  async update(
    actor: Actor,
    id: string,
    patch: { name?: string; nameEn?: string; active?: boolean },
  ): Promise<DepartmentRecord> {
    if (!can(actor, 'departments.manage'))
      throw new AppError('FORBIDDEN', 'Only administrators manage departments');
    return this.data.transaction(async (repos) => {
      if (!(await repos.departments.findById(id))) throw new AppError('NOT_FOUND', 'Department not found');
      const now = this.clock.now();
      await repos.departments.update(id, patch, now);
      await repos.audit.append(
        {
          actorId: actor.id,
          action: 'department.update',
          targetKind: 'department',
          targetId: id,
          details: patch,
        },
        now,
      );
      return (await repos.departments.findById(id))!;
    });
  }
}
