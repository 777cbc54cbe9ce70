import {
  AppError,
  areaM2,
  bboxOf,
  can,
  validateRegionGeoJson,
  type Actor,
  type Clock,
  type RegionImportKind,
} from '@envgrid/core';
import type { MultiPolygon, Polygon } from 'geojson';
import type { DataAccess, Repos } from '../../db/repos.ts';
import { presentGridFeature } from './grid.presenter.ts';
import { GRID_GENERATION_KEY } from './grid-locator.ts';

export interface ImportSummary {
  kind: RegionImportKind;
  created: number;
  updated: number;
}

const PARENT_KIND = { street: 'district', community: 'street', grid: 'community' } as const;

/** GeoJSON import and export of streets, communities and unit grids (WGS-84). */
export class GridImportService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
  ) {}

  /**
   * Validates the whole file first and writes it in one transaction: a single bad feature
   * changes nothing, and the answer names every bad feature by index and reason.
   */
  async import(actor: Actor, kind: RegionImportKind, collection: unknown): Promise<ImportSummary> {
    if (!can(actor, 'grids.manage')) throw new AppError('FORBIDDEN', 'Only administrators import grids');
    return this.data.transaction(async (repos) => {
      const district = (await repos.regions.listWithGeometry('district'))[0];
      if (!district)
        throw new AppError(
          'VALIDATION_FAILED',
          'The district itself is not set up yet: seed or create it first',
        );
      const parents =
        kind === 'street' ? [district] : await repos.regions.listWithGeometry(PARENT_KIND[kind]);
      const parentGeometries = new Map<string, Polygon | MultiPolygon>();
      for (const p of parents)
        if (p.geometry) parentGeometries.set(p.code, JSON.parse(p.geometry) as Polygon | MultiPolygon);
      const result = validateRegionGeoJson(kind, collection, {
        districtCode: district.code,
        knownParents: kind === 'street' ? undefined : parents.map((p) => p.code),
        parentGeometries: kind === 'street' ? undefined : parentGeometries,
      });
      if (!result.ok) {
        throw new AppError(
          'VALIDATION_FAILED',
          `The GeoJSON has ${result.problems.length} problem(s); nothing was imported`,
          {
            problems: result.problems,
          },
        );
      }
      const now = this.clock.now();
      const summary = await this.write(repos, kind, result.features, now);
      await repos.audit.append(
        { actorId: actor.id, action: `${kind}.import`, targetKind: kind, targetId: '*', details: summary },
        now,
      );
      return summary;
    });
  }

  private async write(
    repos: Repos,
    kind: RegionImportKind,
    features: {
      code: string;
      name: string;
      geometry: Polygon | MultiPolygon;
      streetCode?: string;
      communityCode?: string;
      districtCode?: string;
    }[],
    now: number,
  ): Promise<ImportSummary> {
    const codes = features.map((f) => f.code);
    if (kind === 'grid') {
      const existing = await repos.grids.existingCodes(codes);
      await repos.grids.upsertMany(
        features.map((f) => ({
          code: f.code,
          name: f.name,
          communityCode: f.communityCode!,
          streetCode: f.streetCode!,
          geometry: JSON.stringify(f.geometry),
          bbox: bboxOf(f.geometry),
          areaM2: areaM2(f.geometry),
          demo: false,
        })),
        now,
      );
      // Every process rebuilds its spatial index when the generation moves.
      await repos.settings.set(
        GRID_GENERATION_KEY,
        `${now}-${codes.length}-${Math.random().toString(36).slice(2, 8)}`,
        now,
      );
      return { kind, created: codes.length - existing.size, updated: existing.size };
    }
    const existing = new Set((await repos.regions.listWithGeometry(kind)).map((r) => r.code));
    await repos.regions.upsertMany(
      features.map((f) => ({
        code: f.code,
        kind,
        name: f.name,
        parentCode: kind === 'street' ? f.districtCode! : f.streetCode!,
        geometry: JSON.stringify(f.geometry),
      })),
      now,
    );
    const updated = codes.filter((c) => existing.has(c)).length;
    return { kind, created: codes.length - updated, updated };
  }

  /** A FeatureCollection of one level, limited to the actor's street when they are street-scoped. */
  async export(actor: Actor, kind: RegionImportKind, street?: string) {
    const own = actor.scope.kind === 'street' ? actor.scope.code : undefined;
    if (own && street && street !== own) throw new AppError('NOT_FOUND', 'Street not found');
    const streetCode = own ?? street;
    if (kind === 'grid') {
      const grids = await this.data.repos.grids.list({ streetCode });
      return { type: 'FeatureCollection' as const, features: grids.map(presentGridFeature) };
    }
    let rows = await this.data.repos.regions.listWithGeometry(kind);
    if (streetCode) rows = rows.filter((r) => (kind === 'street' ? r.code : r.parentCode) === streetCode);
    return {
      type: 'FeatureCollection' as const,
      features: rows
        .filter((r) => r.geometry)
        .map((r) => ({
          type: 'Feature' as const,
          id: r.code,
          properties: {
            code: r.code,
            name: r.name,
            kind,
            ...(kind === 'community' ? { streetCode: r.parentCode } : {}),
          },
          geometry: JSON.parse(r.geometry!) as Polygon | MultiPolygon,
        })),
    };
  }
}
