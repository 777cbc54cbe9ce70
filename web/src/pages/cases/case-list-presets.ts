/**
 * The case list's tabs. The work queues come from core (`queueStatuses`: the statuses whose cases
 * wait on one of the user's roles); this file only names them. Each tab is a base query; the
 * filters above the table narrow it further.
 */
import { can, CASE_STATUSES, isRole, NEXT_ACTORS, queueStatuses, type CaseStatus } from '@envgrid/core';
import type { MessageKey } from '../../i18n/zh-CN.ts';

export interface CaseQuery {
  status?: readonly CaseStatus[];
  overdue?: boolean;
  supervised?: boolean;
  mine?: boolean;
  reportedByMe?: boolean;
}

export interface CasePreset {
  key: string;
  label: MessageKey;
  query: CaseQuery;
}

/** The tab title of each status's queue (an ended status is nobody's queue). */
const QUEUE_LABELS: Readonly<Record<CaseStatus, MessageKey | null>> = {
  pending_verification: 'cases.tab.toVerify',
  reported: 'cases.tab.toFile',
  filed: 'cases.tab.toDispatch',
  dispatched: 'cases.tab.toHandle',
  suspended: 'cases.tab.suspended',
  pending_check: 'cases.tab.toCheck',
  pending_close: 'cases.tab.toClose',
  closed: null,
  rejected: null,
  voided: null,
};

export const ALL_PRESET: CasePreset = { key: 'all', label: 'cases.tab.all', query: {} };

/** The statuses whose cases wait on one of `roles`. */
export function queuedStatuses(roles: readonly string[]): CaseStatus[] {
  const queued = new Set(roles.filter(isRole).flatMap(queueStatuses));
  return CASE_STATUSES.filter((s) => queued.has(s));
}

/** A grid supervisor's queue holds only the cases of their own grids. */
export const worksOwnGrids = (roles: readonly string[]): boolean =>
  queuedStatuses(roles).some((s) => NEXT_ACTORS[s].gridSupervisor);

/** The tabs of a user: their work queues in workflow order, then what everyone can look up. */
export function presetsFor(roles: readonly string[]): CasePreset[] {
  const out: CasePreset[] = [];
  for (const status of queuedStatuses(roles)) {
    const label = QUEUE_LABELS[status];
    if (!label) continue;
    const query: CaseQuery = NEXT_ACTORS[status].gridSupervisor
      ? { status: [status], mine: true }
      : { status: [status] };
    out.push({ key: `queue-${status}`, label, query });
  }
  if (canReport(roles))
    out.push({ key: 'my-reports', label: 'cases.tab.myReports', query: { reportedByMe: true } });
  out.push({ key: 'overdue', label: 'cases.tab.overdue', query: { overdue: true } });
  out.push({ key: 'supervised', label: 'cases.tab.supervised', query: { supervised: true } });
  out.push(ALL_PRESET);
  return out;
}

/** Who may report (上报问题): core's `cases.report` permission. */
export function canReport(roles: readonly string[]): boolean {
  return can({ roles }, 'cases.report');
}
