/**
 * The dashboard assembled from the repository's grouped rows: pure, so each figure's definition
 * (docs/dashboards.md) reads in one place.
 */
import { findCategory, findItem, type DepartmentRecord, type Taxonomy } from '@envgrid/core';
import type { ClosedRow, ReportedRow } from './dashboard.record.ts';
import { shareOf, type MonthBucket } from './dashboard-period.ts';

export interface Named {
  code: string;
  name: string;
}

export interface HotSpot {
  gridCode: string;
  gridName: string;
  streetCode: string;
  communityCode: string;
  count: number;
  center: { lng: number; lat: number } | null;
}

export interface DashboardInput {
  months: MonthBucket[];
  taxonomy: Taxonomy;
  /** The streets to list (every street of the district, or the one filtered on). */
  streets: Named[];
  departments: DepartmentRecord[];
  reported: ReportedRow[];
  closed: ClosedRow[];
  items: { itemCode: string; count: number }[];
}

/** The total of `field` (default: `count`) over the rows `pick` keeps. */
const sum = <T extends { count: number }>(
  rows: readonly T[],
  pick: (r: T) => boolean = () => true,
  field: { [K in keyof T]: T[K] extends number ? K : never }[keyof T] = 'count' as never,
): number => rows.reduce((s, r) => s + (pick(r) ? (r[field] as number) : 0), 0);
const all = () => true;

/** Competition ranking (1, 1, 3) by a share, highest first; entries without a share rank last, together. */
function ranked<T extends { share: number | null; tie: number; key: string }>(
  rows: T[],
): (T & { rank: number })[] {
  const sorted = [...rows].sort(
    (a, b) => (b.share ?? -1) - (a.share ?? -1) || b.tie - a.tie || a.key.localeCompare(b.key),
  );
  return sorted.map((r) => ({
    ...r,
    rank: 1 + sorted.filter((o) => (o.share ?? -1) > (r.share ?? -1)).length,
  }));
}

export function buildDashboard(i: DashboardInput) {
  const reportedClosed = sum(i.reported, (r) => r.closed);
  const reported = sum(i.reported);
  const closed = sum(i.closed);
  const evaluated = sum(i.closed, all, 'evaluated');
  const onTime = sum(i.closed, all, 'onTime');
  const grassroots = sum(i.closed, all, 'grassroots');

  const items = i.items
    .map((r) => {
      const item = findItem(i.taxonomy, r.itemCode);
      const categoryCode = r.itemCode.split('.')[0] ?? r.itemCode;
      return { code: r.itemCode, name: item?.name ?? r.itemCode, categoryCode, count: r.count };
    })
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  const categories = new Map<string, number>();
  for (const it of items) categories.set(it.categoryCode, (categories.get(it.categoryCode) ?? 0) + it.count);
  const byCategory = [...categories]
    .map(([code, count]) => ({ code, name: findCategory(i.taxonomy, code)?.name ?? code, count }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));

  const byStreet = i.streets.map((s) => ({
    code: s.code,
    name: s.name,
    reported: sum(i.reported, (r) => r.streetCode === s.code),
    closed: sum(i.closed, (r) => r.streetCode === s.code),
    reportedClosed: sum(i.reported, (r) => r.streetCode === s.code && r.closed),
  }));

  const departmentIds = new Set([...i.reported, ...i.closed].map((r) => r.departmentId));
  const byDepartment = i.departments
    .filter((d) => departmentIds.has(d.id))
    .map((d) => ({
      id: d.id,
      code: d.code,
      name: d.name,
      reported: sum(i.reported, (r) => r.departmentId === d.id),
      closed: sum(i.closed, (r) => r.departmentId === d.id),
      handled: sum(i.closed, (r) => r.departmentId === d.id, 'handled'),
      onTime: sum(i.closed, (r) => r.departmentId === d.id, 'handledOnTime'),
    }))
    .sort((a, b) => b.reported - a.reported || b.closed - a.closed || a.code.localeCompare(b.code));

  const inMonth =
    <T extends { bucket: number }>(k: number) =>
    (r: T) =>
      r.bucket === k;
  return {
    totals: {
      reported,
      closed,
      reportedClosed,
      closeRate: shareOf(reportedClosed, reported),
      evaluated,
      onTime,
      onTimeRate: shareOf(onTime, evaluated),
      grassroots,
      grassrootsRate: shareOf(grassroots, closed),
    },
    byCategory,
    byItem: items.slice(0, 10),
    byStreet: byStreet.map(({ reportedClosed: _, ...s }) => s),
    byDepartment: byDepartment.map(({ handled: _h, onTime: _o, ...d }) => d),
    byMonth: i.months.map((m, k) => ({
      month: m.month,
      reported: sum(i.reported, inMonth(k)),
      closed: sum(i.closed, inMonth(k)),
    })),
    onTimeByMonth: i.months.map((m, k) => {
      const evaluatedK = sum(i.closed, inMonth(k), 'evaluated');
      const onTimeK = sum(i.closed, inMonth(k), 'onTime');
      return { month: m.month, evaluated: evaluatedK, onTime: onTimeK, share: shareOf(onTimeK, evaluatedK) };
    }),
    grassrootsByMonth: i.months.map((m, k) => {
      const closedK = sum(i.closed, inMonth(k));
      const grassrootsK = sum(i.closed, inMonth(k), 'grassroots');
      return {
        month: m.month,
        closed: closedK,
        grassroots: grassrootsK,
        share: shareOf(grassrootsK, closedK),
      };
    }),
    rankings: {
      streets: ranked(
        byStreet.map((s) => ({
          key: s.code,
          share: shareOf(s.reportedClosed, s.reported),
          tie: s.reported,
          s,
        })),
      ).map(({ rank, share, s }) => ({
        rank,
        code: s.code,
        name: s.name,
        reported: s.reported,
        closed: s.reportedClosed,
        closeRate: share,
      })),
      departments: ranked(
        byDepartment.map((d) => ({ key: d.code, share: shareOf(d.onTime, d.handled), tie: d.handled, d })),
      ).map(({ rank, share, d }) => ({
        rank,
        id: d.id,
        code: d.code,
        name: d.name,
        handled: d.handled,
        onTime: d.onTime,
        onTimeRate: share,
      })),
    },
  };
}
