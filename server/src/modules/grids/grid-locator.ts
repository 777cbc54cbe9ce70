import { buildGridIndex, type GridIndex } from '@envgrid/core';
import type { MultiPolygon, Polygon } from 'geojson';
import type { DataAccess } from '../../db/repos.ts';

export const GRID_GENERATION_KEY = 'grids.generation';

/**
 * Keeps an in-memory spatial index of the grids, rebuilt when the grid set's generation
 * (bumped by every import, in the database) changes, so every server process stays current.
 */
export class GridLocator {
  private index: GridIndex | null = null;
  private generation: string | null = null;
  private building: Promise<GridIndex> | null = null;

  constructor(private readonly data: DataAccess) {}

  async locate(lng: number, lat: number): Promise<string | null> {
    return (await this.current()).locate(lng, lat);
  }

  /** The index of the current grid set (one small read to check it is still current). */
  async current(): Promise<GridIndex> {
    const generation = (await this.data.repos.settings.get(GRID_GENERATION_KEY)) ?? '0';
    if (this.index && generation === this.generation) return this.index;
    this.building ??= (async () => {
      try {
        const rows = await this.data.repos.grids.geometries();
        const index = buildGridIndex(
          rows.map((r) => ({ code: r.code, geometry: JSON.parse(r.geometry) as Polygon | MultiPolygon })),
        );
        this.index = index;
        this.generation = generation;
        return index;
      } finally {
        this.building = null;
      }
    })();
    return this.building;
  }
}
