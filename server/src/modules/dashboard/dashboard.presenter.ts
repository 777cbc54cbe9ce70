import {
  CASE_ACTION_INFO,
  CASE_LEVEL_NAMES,
  CASE_STATUS_INFO,
  CASE_URGENCY_NAMES,
  PLAN_STEP_NAMES,
  type CaseLevel,
  type CaseStatus,
  type CaseUrgency,
} from '@envgrid/core';
import type { CaseSheet } from './case-export.ts';
import type { DashboardService } from './dashboard.service.ts';

type Result<K extends keyof DashboardService> = Awaited<ReturnType<DashboardService[K]>>;

export function presentDashboard(d: Result<'dashboard'>) {
  return {
    from: d.period.from,
    to: d.period.to,
    startAt: d.period.startMs,
    endAt: d.period.endMs,
    timeZone: d.timeZone,
    scope: d.scope,
    today: d.today,
    totals: d.totals,
    byCategory: d.byCategory,
    byItem: d.byItem,
    byStreet: d.byStreet,
    byDepartment: d.byDepartment,
    byMonth: d.byMonth,
    onTimeByMonth: d.onTimeByMonth,
    grassrootsByMonth: d.grassrootsByMonth,
    hotSpots: d.hotSpots,
    rankings: d.rankings,
  };
}

export function presentMapCases(m: Result<'mapCases'>) {
  return {
    from: m.period.from,
    to: m.period.to,
    limit: m.limit,
    capped: m.capped,
    items: m.items.map((r) => ({
      id: r.id,
      caseNo: r.caseNo,
      lng: r.lng,
      lat: r.lat,
      status: r.status as CaseStatus,
      itemCode: r.itemCode,
      gridCode: r.gridCode,
      light: r.timing.light,
      overdue: r.timing.overdue,
      createdAt: r.createdAt,
    })),
  };
}

export function presentGridHeat(h: Result<'gridHeat'>) {
  return {
    from: h.period.from,
    to: h.period.to,
    max: h.grids.reduce((m, g) => Math.max(m, g.count), 0),
    grids: h.grids.map((g) => ({ code: g.gridCode, count: g.count, mine: g.mine })),
  };
}

const named = (code: string, name: string) => ({ code, name });
const dept = (d: { id: string; code: string; name: string }) => ({ id: d.id, code: d.code, name: d.name });

export function presentSheet(s: CaseSheet) {
  const { c } = s;
  const ev = c.evaluation;
  const flag = (k: string) => (typeof ev?.[k] === 'boolean' ? (ev[k] as boolean) : null);
  return {
    id: c.id,
    caseNo: c.caseNo,
    status: c.status,
    statusName: CASE_STATUS_INFO[c.status].zh,
    channel: c.channel,
    category: named(c.itemCode.split('.')[0] ?? '', s.categoryName),
    item: named(c.itemCode, s.itemName),
    urgency: c.urgency as CaseUrgency,
    urgencyName: CASE_URGENCY_NAMES[c.urgency as CaseUrgency]?.zh ?? c.urgency,
    level: c.level as CaseLevel,
    levelName: CASE_LEVEL_NAMES[c.level as CaseLevel]?.zh ?? c.level,
    description: c.description,
    location: c.location,
    address: c.address,
    street: named(c.streetCode, s.streetName),
    community: named(c.communityCode, s.communityName),
    grid: named(c.gridCode, s.gridName),
    reporter: s.reporter,
    leadDepartment: s.leadDepartment ? dept(s.leadDepartment) : null,
    assistDepartments: s.assistDepartments.map(dept),
    deadline: c.stepDeadlineAt,
    overdue: s.timing.overdue,
    createdAt: c.createdAt,
    closedAt: c.closedAt,
    evaluation: ev
      ? {
          allOnTime: flag('allOnTime'),
          grassroots: flag('grassroots'),
          rating: typeof ev.rating === 'number' ? ev.rating : null,
        }
      : null,
    timeline: s.timeline.map((e) => ({
      seq: e.seq,
      at: e.at,
      action: e.action,
      actionName: CASE_ACTION_INFO[e.action]?.zh ?? e.action,
      planStep: e.planStep,
      planStepName: PLAN_STEP_NAMES[e.planStep]?.zh ?? null,
      actor: e.actor,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      note: e.note,
      photoIds: e.photoIds,
    })),
    photoIds: s.photoIds,
    printedAt: s.printedAt,
  };
}
