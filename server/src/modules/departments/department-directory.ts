import type { DepartmentRecord } from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';

/**
 * The departments, cached per process: cases name them on every read and write, and they change
 * rarely (an administrator's edit). Each call costs one small query, the generation that every
 * write to departments moves in the database (department.repository.ts), so an edit made by any
 * server process is seen by all of them on their next call.
 */
export class DepartmentDirectory {
  private cache: { generation: string; list: readonly DepartmentRecord[] } | null = null;

  constructor(private readonly data: DataAccess) {}

  /** Every department, district level first, then by code. Call once per request and pass it down. */
  async list(): Promise<DepartmentRecord[]> {
    const repos = this.data.repos;
    // The generation first, then the rows: the rows are never older than the generation kept with them.
    const generation = (await repos.departments.generation()) ?? 'none';
    if (this.cache?.generation !== generation)
      this.cache = { generation, list: await repos.departments.list() };
    // A copy: callers may filter or sort what they get without touching the cache.
    return [...this.cache.list];
  }
}
