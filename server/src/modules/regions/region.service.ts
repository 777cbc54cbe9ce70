import { centroidOf, type Actor, type PolygonGeometry } from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import type { RegionRecord } from './region.record.ts';

export class RegionService {
  constructor(private readonly data: DataAccess) {}

  /** The region tree as a flat list (district, streets, communities); reference data every user may read. */
  list(_actor: Actor): Promise<RegionRecord[]> {
    return this.data.repos.regions.list();
  }

  /**
   * The district this deployment serves, as stored (the district is data, not code): its code,
   * name and the centre of its outline, for the map's first view. Null before anything is seeded.
   */
  async district(): Promise<{
    code: string;
    name: string;
    centre: { lng: number; lat: number } | null;
  } | null> {
    const d = (await this.data.repos.regions.listWithGeometry('district'))[0];
    if (!d) return null;
    const outline = d.geometry ? (JSON.parse(d.geometry) as PolygonGeometry) : null;
    const c = outline ? centroidOf(outline) : null;
    const centre = c && Number.isFinite(c[0]) && Number.isFinite(c[1]) ? { lng: c[0], lat: c[1] } : null;
    return { code: d.code, name: d.name, centre };
  }
}
