/**
 * Shapes of the dashboard and case-map API (server/src/modules/dashboard/dashboard.schemas.ts):
 * GET /api/v1/dashboard, GET /api/v1/map/cases, GET /api/v1/map/grid-heat and the printable
 * case sheet GET /api/v1/cases/{id}/sheet.
 */
import type { CaseStatus } from '@envgrid/core';

/** The filters every dashboard request takes (dates are business dates, YYYY-MM-DD). */
export interface DashboardQuery {
  from?: string;
  to?: string;
  street?: string;
  department?: string;
}

/** A share part / whole, 0–1; null when the whole is 0. */
export type Share = number | null;

export interface Named {
  code: string;
  name: string;
}

export interface DepartmentRef extends Named {
  id: string;
}

export interface Dashboard {
  from: string;
  to: string;
  startAt: number;
  endAt: number;
  timeZone: string;
  scope: {
    kind: 'district' | 'street' | 'department';
    street: Named | null;
    department: DepartmentRef | null;
  };
  /** Now, whatever the period: reported today, open now, overdue now, closed today. */
  today: { date: string; new: number; open: number; overdue: number; closedToday: number };
  totals: {
    reported: number;
    closed: number;
    reportedClosed: number;
    closeRate: Share;
    evaluated: number;
    onTime: number;
    onTimeRate: Share;
    grassroots: number;
    grassrootsRate: Share;
  };
  byCategory: (Named & { count: number })[];
  /** The 10 most reported problem types. */
  byItem: (Named & { categoryCode: string; count: number })[];
  byStreet: (Named & { reported: number; closed: number })[];
  byDepartment: (DepartmentRef & { reported: number; closed: number })[];
  byMonth: { month: string; reported: number; closed: number }[];
  onTimeByMonth: { month: string; evaluated: number; onTime: number; share: Share }[];
  grassrootsByMonth: { month: string; closed: number; grassroots: number; share: Share }[];
  /** The 10 grids with the most cases reported in the period. */
  hotSpots: {
    gridCode: string;
    gridName: string;
    streetCode: string;
    communityCode: string;
    count: number;
    center: { lng: number; lat: number } | null;
  }[];
  rankings: {
    streets: (Named & { rank: number; reported: number; closed: number; closeRate: Share })[];
    departments: (DepartmentRef & { rank: number; handled: number; onTime: number; onTimeRate: Share })[];
  };
}

/** GET /api/v1/map/cases and /map/grid-heat: the filters of the case layer. */
export interface MapCaseQuery {
  from?: string;
  to?: string;
  status?: string;
  category?: string;
  item?: string;
  overdue?: boolean;
  street?: string;
  limit?: number;
}

export type Light = 'green' | 'yellow' | 'red';

export interface MapCasePoint {
  id: string;
  caseNo: string;
  lng: number;
  lat: number;
  status: CaseStatus;
  itemCode: string;
  gridCode: string;
  light: Light | null;
  overdue: boolean;
  createdAt: number;
}

export interface MapCases {
  from: string;
  to: string;
  /** Newest first. */
  items: MapCasePoint[];
  /** More cases matched than `limit`: only the newest are listed. */
  capped: boolean;
  limit: number;
}

export interface GridHeat {
  from: string;
  to: string;
  max: number;
  /** Grids with at least one case, most first; `mine`: the user is its responsible supervisor. */
  grids: { code: string; count: number; mine: boolean }[];
}

export interface CaseSheet {
  id: string;
  caseNo: string;
  status: CaseStatus;
  statusName: string;
  channel: string;
  category: Named;
  item: Named;
  urgency: string;
  urgencyName: string;
  level: string;
  levelName: string;
  description: string;
  location: { lng: number; lat: number };
  address: string | null;
  street: Named;
  community: Named;
  grid: Named;
  reporter: { id: string; displayName: string } | null;
  leadDepartment: DepartmentRef | null;
  assistDepartments: DepartmentRef[];
  deadline: number | null;
  overdue: boolean;
  createdAt: number;
  closedAt: number | null;
  evaluation: { allOnTime: boolean | null; grassroots: boolean | null; rating: number | null } | null;
  timeline: {
    seq: number;
    at: number;
    action: string;
    actionName: string;
    planStep: string | null;
    planStepName: string | null;
    actor: { id: string; displayName: string } | null;
    fromStatus: string | null;
    toStatus: string;
    note: string | null;
    photoIds: string[];
  }[];
  /** Every photo of the case, in timeline order. */
  photoIds: string[];
  printedAt: number;
}
