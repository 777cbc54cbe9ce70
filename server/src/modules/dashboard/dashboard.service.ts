import {
  AppError,
  can,
  caseTiming,
  centroidOf,
  findCategory,
  findItem,
  isCaseStatus,
  type Actor,
  type Clock,
  type DepartmentRecord,
  type PolygonGeometry,
} from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import type { DepartmentDirectory } from '../departments/department-directory.ts';
import type { WorkSettingsService } from '../settings/work-settings.service.ts';
import { caseSheet, exportRows, listScope, type ExportFilters } from './case-export.ts';
import { buildDashboard, type HotSpot } from './dashboard-report.ts';
import { dayOf, monthBuckets, periodOf, type Period } from './dashboard-period.ts';
import type { DashboardFilter, MapFilter, MapScope } from './dashboard.record.ts';

const HOT_SPOTS = 10;
/** The map's points when the request names no limit, and at most. */
export const MAP_LIMIT = 5000;
/** The map's default period when `from` is not given: this many days up to `to`. */
const MAP_DEFAULT_DAYS = 30;

export interface DashboardQuery {
  from?: string;
  to?: string;
  street?: string;
  department?: string;
}

export interface MapQuery {
  from?: string;
  to?: string;
  status?: string;
  category?: string;
  item?: string;
  overdue?: boolean;
  street?: string;
  limit?: number;
}

const bad = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', `${field} ${message}`, [{ path: `querystring/${field}`, message }]);

/** Dashboards for leaders, the center, sub-centers and departments; the case map; case exports. */
export class DashboardService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
    private readonly settings: WorkSettingsService,
    private readonly departments: DepartmentDirectory,
  ) {}

  /**
   * The dashboard of the actor's scope over the local dates `from`–`to` (docs/dashboards.md):
   * district staff the district, or one street or department of it; a street's staff their street
   * (another → 403); a department its own led cases (another → 403).
   */
  async dashboard(actor: Actor, q: DashboardQuery) {
    if (!can(actor, 'dashboard.read')) throw new AppError('FORBIDDEN', 'Your roles do not read dashboards');
    const settings = await this.settings.current();
    const timeZone = settings.calendar.timeZone;
    const now = this.clock.now();
    const period = periodOf(timeZone, now, q);
    const [departments, regions] = await Promise.all([
      this.departments.list(),
      this.data.repos.regions.list(),
    ]);
    const streets = regions.filter((r) => r.kind === 'street');
    if (q.street && !streets.some((s) => s.code === q.street))
      throw bad('street', 'is not a street of the district');
    const asked = q.department ? departments.find((d) => d.code === q.department) : undefined;
    if (q.department && !asked) throw bad('department', 'is not a known department');

    const filter: DashboardFilter = { streetCode: q.street, departmentId: asked?.id };
    let department = asked;
    if (actor.scope.kind === 'street') {
      if (q.street && q.street !== actor.scope.code)
        throw new AppError('FORBIDDEN', 'You read the dashboard of your own street only');
      filter.streetCode = actor.scope.code;
    }
    if (actor.scope.kind === 'department') {
      const own = departments.find((d) => d.code === actor.scope.code);
      if (!own || (asked && asked.id !== own.id))
        throw new AppError('FORBIDDEN', 'You read the dashboard of your own department only');
      filter.departmentId = own.id;
      department = own;
    }
    const months = monthBuckets(timeZone, period);
    const buckets = { startMs: period.startMs, endMs: period.endMs, ends: months.map((m) => m.endMs) };
    const repo = this.data.repos.dashboard;
    const [today, reported, items, grids, closed] = await Promise.all([
      repo.today(filter, now, dayOf(timeZone, now)),
      repo.reported(filter, buckets),
      repo.reportedByItem(filter, buckets),
      repo.topGrids(filter, buckets, HOT_SPOTS),
      repo.closed(filter, buckets),
    ]);
    const street = filter.streetCode ? streets.find((s) => s.code === filter.streetCode) : undefined;
    return {
      period,
      timeZone,
      scope: {
        kind: actor.scope.kind,
        street: street ? { code: street.code, name: street.name } : null,
        department: department ? { id: department.id, code: department.code, name: department.name } : null,
      },
      today: { date: dayOf(timeZone, now).date, ...today },
      ...buildDashboard({
        months,
        taxonomy: settings.taxonomy,
        streets: street ? [street] : streets,
        departments,
        reported,
        closed,
        items,
      }),
      hotSpots: await this.hotSpots(grids),
    };
  }

  /** The case map's points: the newest cases of the filter the actor may see, at most `limit`. */
  async mapCases(actor: Actor, q: MapQuery) {
    const { period, scope, filter } = await this.mapRequest(actor, q);
    const limit = Math.min(q.limit ?? MAP_LIMIT, MAP_LIMIT);
    const [rows, settings] = await Promise.all([
      this.data.repos.dashboard.mapPoints(scope, filter, limit + 1),
      this.settings.current(),
    ]);
    const now = this.clock.now();
    return {
      period,
      limit,
      capped: rows.length > limit,
      items: rows.slice(0, limit).map((r) => ({ ...r, timing: caseTiming(settings, r, now) })),
    };
  }

  /** Cases per grid for the map's heat layer, with the grids the actor supervises flagged. */
  async gridHeat(actor: Actor, q: Omit<MapQuery, 'limit'>) {
    const { period, scope, filter } = await this.mapRequest(actor, q);
    const [counts, mine] = await Promise.all([
      this.data.repos.dashboard.gridCounts(scope, filter),
      this.data.repos.grids.supervisedBy(actor.id),
    ]);
    const own = new Set(mine);
    return { period, grids: counts.map((g) => ({ ...g, mine: own.has(g.gridCode) })) };
  }

  /** The case list's rows for an export: the list's filters and scope, at most EXPORT_LIMIT. */
  async exportCases(actor: Actor, q: ExportFilters) {
    const [settings, departments] = await Promise.all([this.settings.current(), this.departments.list()]);
    const r = await exportRows(this.data.repos, actor, q, { settings, departments, now: this.clock.now() });
    return { ...r, timeZone: settings.calendar.timeZone };
  }

  /** 案件处理单: the case with its names and timeline, to whoever may see the case (404 otherwise). */
  async caseSheet(actor: Actor, id: string) {
    const [settings, departments] = await Promise.all([this.settings.current(), this.departments.list()]);
    return caseSheet(this.data.repos, actor, id, { settings, departments, now: this.clock.now() });
  }

  private async mapRequest(
    actor: Actor,
    q: Omit<MapQuery, 'limit'>,
  ): Promise<{ period: Period; scope: MapScope | null; filter: MapFilter }> {
    const settings = await this.settings.current();
    const now = this.clock.now();
    const period = periodOf(settings.calendar.timeZone, now, q, MAP_DEFAULT_DAYS);
    const statuses = q.status?.split(',').filter(Boolean);
    const unknown = statuses?.find((s) => !isCaseStatus(s));
    if (unknown !== undefined) throw bad('status', `has an unknown status ${JSON.stringify(unknown)}`);
    let itemCodes: string[] | undefined;
    if (q.category) {
      const category = findCategory(settings.taxonomy, q.category);
      if (!category) throw bad('category', 'is not a category of the taxonomy');
      itemCodes = category.items.map((i) => i.code);
    }
    if (q.item) {
      if (!findItem(settings.taxonomy, q.item)) throw bad('item', 'is not an item of the taxonomy');
      itemCodes = itemCodes ? itemCodes.filter((c) => c === q.item) : [q.item];
    }
    const departments: DepartmentRecord[] = await this.departments.list();
    const scope = await listScope(this.data.repos, actor, departments);
    return {
      period,
      scope,
      filter: {
        startMs: period.startMs,
        endMs: period.endMs,
        statuses,
        itemCodes,
        streetCode: q.street,
        overdueAt: q.overdue ? now : undefined,
      },
    };
  }

  /** The top grids with their names and the centre of their shape. */
  private async hotSpots(top: { gridCode: string; count: number }[]): Promise<HotSpot[]> {
    if (!top.length) return [];
    const grids = new Map(
      (await this.data.repos.grids.list({ codes: top.map((g) => g.gridCode) })).map((g) => [g.code, g]),
    );
    return top.map((t) => {
      const g = grids.get(t.gridCode);
      return {
        gridCode: t.gridCode,
        gridName: g?.name ?? t.gridCode,
        streetCode: g?.streetCode ?? '',
        communityCode: g?.communityCode ?? '',
        count: t.count,
        center: g ? centerOf(g.geometry) : null,
      };
    });
  }
}

function centerOf(geometry: string): { lng: number; lat: number } | null {
  try {
    const [lng, lat] = centroidOf(JSON.parse(geometry) as PolygonGeometry);
    return Number.isFinite(lng) && Number.isFinite(lat) ? { lng, lat } : null;
  } catch {
    return null;
  }
}
