import {
  AppError,
  can,
  importSizeProblem,
  type Actor,
  type Clock,
  type GeoJsonProblem,
  type ImportLimitExceeded,
  type RegionImportKind,
} from '@envgrid/core';
import type { MultiPolygon, Polygon } from 'geojson';
import type { DataAccess, Repos } from '../../db/repos.ts';
import { presentGridFeature } from './grid.presenter.ts';
import {
  validateOnWorker,
  type ImportValidationJob,
  type ImportValidationResult,
  type ValidatedRegion,
} from './grid-import-validation.ts';
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
    private readonly validate: (
      job: ImportValidationJob,
    ) => Promise<ImportValidationResult> = validateOnWorker,
  ) {}

  /**
   * Validates the whole file first and writes it in one transaction: a single bad feature
   * changes nothing, and the answer names every bad feature by index and reason. The check runs
   * outside the transaction (it can take seconds, and SQLite has one writer); the write then
   * goes ahead only if no other import changed the grids meanwhile.
   */
  async import(actor: Actor, kind: RegionImportKind, collection: unknown): Promise<ImportSummary> {
    if (!can(actor, 'grids.manage')) throw new AppError('FORBIDDEN', 'Only administrators import grids');
    // Counted here, before a worker is started or anything is read.
    const tooBig = importSizeProblem(collection);
    if (tooBig) throw refusal(tooBig);
    const repos = this.data.repos;
    const district = (await repos.regions.listWithGeometry('district'))[0];
    if (!district)
      throw new AppError(
        'VALIDATION_FAILED',
        'The district itself is not set up yet: seed or create it first',
      );
    const parents = kind === 'street' ? [] : await repos.regions.listWithGeometry(PARENT_KIND[kind]);
    // Read before the grids themselves, so a change in between is caught by the claim below.
    const generation = kind === 'grid' ? ((await repos.settings.get(GRID_GENERATION_KEY)) ?? null) : null;
    const result = await this.validate({
      kind,
      collection,
      districtCode: district.code,
      parents: kind === 'street' ? undefined : parents.map((p) => ({ code: p.code, geometry: p.geometry })),
      stored: kind === 'grid' ? await repos.grids.footprints() : undefined,
    });
    if (!result.ok) throw refusal(result);
    return this.data.transaction(async (trx) => {
      const now = this.clock.now();
      const summary = await this.write(trx, kind, result.regions, now, generation);
      await trx.audit.append(
        { actorId: actor.id, action: `${kind}.import`, targetKind: kind, targetId: '*', details: summary },
        now,
      );
      return summary;
    });
  }

  private async write(
    repos: Repos,
    kind: RegionImportKind,
    regions: ValidatedRegion[],
    now: number,
    generation: string | null,
  ): Promise<ImportSummary> {
    const codes = regions.map((f) => f.code);
    if (kind === 'grid') {
      // Every process rebuilds its spatial index when the generation moves.
      const next = `${now}-${codes.length}-${Math.random().toString(36).slice(2, 8)}`;
      if (!(await repos.grids.claimGeneration(GRID_GENERATION_KEY, generation, next, now)))
        throw new AppError(
          'CONFLICT',
          'The grids changed while this file was being checked; import it again',
        );
      const existing = await repos.grids.existingCodes(codes);
      await repos.grids.upsertMany(
        regions.map((f) => ({
          code: f.code,
          name: f.name,
          communityCode: f.communityCode,
          streetCode: f.streetCode,
          geometry: f.geometry,
          bbox: f.bbox,
          areaM2: f.areaM2,
          demo: false,
        })),
        now,
      );
      return { kind, created: codes.length - existing.size, updated: existing.size };
    }
    const existing = new Set((await repos.regions.listWithGeometry(kind)).map((r) => r.code));
    await repos.regions.upsertMany(
      regions.map((f) => ({
        code: f.code,
        kind,
        name: f.name,
        parentCode: kind === 'street' ? f.districtCode : f.streetCode,
        geometry: f.geometry,
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

/** The 400 answer for a refused file: a limit is named in the message itself. */
function refusal(r: { problems: GeoJsonProblem[]; limit?: ImportLimitExceeded }): AppError {
  if (r.limit) {
    return new AppError(
      'VALIDATION_FAILED',
      `The GeoJSON was refused: ${r.problems[0]!.reason}; nothing was imported`,
      {
        problems: r.problems,
        limit: r.limit,
      },
    );
  }
  return new AppError(
    'VALIDATION_FAILED',
    `The GeoJSON has ${r.problems.length} problem(s); nothing was imported`,
    { problems: r.problems },
  );
}
