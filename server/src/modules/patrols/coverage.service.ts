import {
  AppError,
  blindSpots,
  can,
  coveragePeriod,
  gridCoverage,
  INSPECTED_SOURCE_STATUSES,
  patrolCoverage,
  periodProblems,
  shareOf,
  sourceCoverage,
  type Actor,
  type Clock,
  type CoveragePeriod,
  type GridCoverage,
  type PatrolCoverage,
  type SourceCoverage,
} from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import type { GridService } from '../grids/grid.service.ts';
import type { GridRow } from '../grids/grid.record.ts';
import type { InspectedSource } from './patrol.record.ts';

/** The zone `config.businessTimeZone` defaults to; the container should pass the configured one. */
const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export interface CoverageReport {
  period: CoveragePeriod;
  streetCode: string | null;
  grids: (GridCoverage & { grid: GridRow; lastPatrolAt: number | null })[];
  sources: (SourceCoverage & { source: InspectedSource })[];
  blindSpots: { grids: string[]; sources: string[] };
  summary: { gridShare: number | null; sourceShare: number | null };
  patrolCoverage: PatrolCoverage;
  /** Names of the responsible supervisors that `patrolCoverage.supervisors` lists. */
  supervisors: Map<string, { username: string; displayName: string }>;
}

/** Patrol coverage per grid and inspection coverage per source, with the blind spots. */
export class CoverageService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
    private readonly grids: GridService,
    private readonly timeZone: string = DEFAULT_TIME_ZONE,
  ) {}

  /**
   * Coverage of the local dates `from`–`to` (both included). A street's staff get their street
   * (another street is 403); district staff one street or the whole district.
   */
  async coverage(actor: Actor, q: { from: string; to: string; street?: string }): Promise<CoverageReport> {
    if (!can(actor, 'coverage.read')) throw new AppError('FORBIDDEN', 'Your roles do not read coverage');
    const problems = periodProblems(q.from, q.to);
    if (problems.length)
      throw new AppError(
        'VALIDATION_FAILED',
        `${problems[0]!.field} ${problems[0]!.message}`,
        problems.map((p) => ({ path: `querystring/${p.field}`, message: p.message })),
      );
    let street = q.street;
    if (actor.scope.kind === 'department')
      throw new AppError('FORBIDDEN', 'Coverage is read by district and street staff');
    if (actor.scope.kind === 'street') {
      if (street && street !== actor.scope.code)
        throw new AppError('FORBIDDEN', 'You read the coverage of your own street only');
      street = actor.scope.code;
    }
    const period = coveragePeriod(this.timeZone, q.from, q.to);
    const now = this.clock.now();
    const ref = Math.min(period.endMs, now);
    const repos = this.data.repos;
    const [gridRows, patrolCounts, sourceRows, inspectionCounts] = await Promise.all([
      this.grids.list(actor, { street }),
      repos.patrols.gridPatrolCounts(period.startMs, period.endMs, street),
      repos.patrols.sourcesToInspect(INSPECTED_SOURCE_STATUSES, street),
      repos.patrols.inspectionCounts(period.startMs, period.endMs, ref, street),
    ]);
    const gridRules = gridCoverage(
      gridRows.map((g) => ({
        code: g.code,
        streetCode: g.streetCode,
        supervisorId: g.supervisor?.id ?? null,
        patrols: patrolCounts.get(g.code)?.patrols ?? 0,
      })),
      period.days,
    );
    const sourceRules = sourceCoverage(
      sourceRows.map((s) => ({
        id: s.id,
        inspectionEveryDays: s.inspectionEveryDays,
        inspections: inspectionCounts.get(s.id)?.inspections ?? 0,
        lastInspectedAt: inspectionCounts.get(s.id)?.lastAt ?? null,
      })),
      period,
      now,
    );
    const spots = blindSpots(gridRules, sourceRules);
    const supervisors = new Map<string, { username: string; displayName: string }>();
    for (const g of gridRows) if (g.supervisor) supervisors.set(g.supervisor.id, g.supervisor);
    return {
      period,
      streetCode: street ?? null,
      grids: gridRules.map((r, i) => ({
        ...r,
        grid: gridRows[i]!,
        lastPatrolAt: patrolCounts.get(r.code)?.lastAt ?? null,
      })),
      sources: sourceRules.map((r, i) => ({ ...r, source: sourceRows[i]! })),
      blindSpots: spots,
      summary: {
        gridShare: shareOf(gridRules.length - spots.grids.length, gridRules.length),
        sourceShare: shareOf(sourceRules.length - spots.sources.length, sourceRules.length),
      },
      patrolCoverage: patrolCoverage(gridRules),
      supervisors,
    };
  }
}
