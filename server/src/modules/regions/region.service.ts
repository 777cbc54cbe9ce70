import type { Actor } from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import type { RegionRecord } from './region.repository.ts';

export class RegionService {
  constructor(private readonly data: DataAccess) {}

  /** The region tree as a flat list (district, streets, communities); reference data every user may read. */
  list(_actor: Actor): Promise<RegionRecord[]> {
    return this.data.repos.regions.list();
  }
}
