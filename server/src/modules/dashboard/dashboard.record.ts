/** The dashboard's records: what its repository answers, apart from how it reads them. */

/** The dashboard's own filters: both, when given, must hold (a street's cases led by a department). */
export interface DashboardFilter {
  streetCode?: string;
  departmentId?: string;
}

/** Instants [startMs, endMs) and the month buckets that split them (each [startMs, endMs)). */
export interface Buckets {
  startMs: number;
  endMs: number;
  ends: readonly number[];
}

/** Scope of the map: as the case list's `visibleTo` (a street's or a department's, with own reports and grids). */
export interface MapScope {
  streetCode?: string;
  departmentId?: string;
  reporterId: string;
  gridCodes: readonly string[];
}

export interface MapFilter {
  startMs: number;
  endMs: number;
  statuses?: readonly string[];
  itemCodes?: readonly string[];
  streetCode?: string;
  /** Open, not suspended, past the current step's deadline at this instant (the case list's rule). */
  overdueAt?: number;
}

export interface MapPointRow {
  id: string;
  caseNo: string;
  lng: number;
  lat: number;
  status: string;
  itemCode: string;
  gridCode: string;
  createdAt: number;
  stepStartedAt: number | null;
  stepDeadlineAt: number | null;
  stepBasis: 'natural' | 'working' | null;
  pausedAt: number | null;
}

/** Cases reported in the period: one group of month bucket, street, lead department and closed-by-now. */
export interface ReportedRow {
  bucket: number;
  streetCode: string;
  departmentId: string | null;
  closed: boolean;
  count: number;
}

/** Cases closed in the period, per month bucket, street and lead department. */
export interface ClosedRow {
  bucket: number;
  streetCode: string;
  departmentId: string | null;
  count: number;
  /** Closed at grid or street level (基层解决): `level` is not `district`. */
  grassroots: number;
  /** With an evaluation's `allOnTime`. */
  evaluated: number;
  /** `allOnTime` true. */
  onTime: number;
  /** With the evaluation's handling step judged (`onTime.handle` not null). */
  handled: number;
  /** `onTime.handle` true. */
  handledOnTime: number;
}
