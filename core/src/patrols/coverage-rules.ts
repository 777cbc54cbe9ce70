/**
 * Coverage: "full enforcement coverage, no blind spots" (全覆盖、无盲点) as numbers
 * (docs/patrols-and-coverage.md). Pure: the coverage service counts patrols per grid and
 * inspections per source and asks these rules what was required and what is missing.
 */
import { daysBetween, fromLocal, isLocalDate } from '../time/zoned-time.ts';

/** Every grid needs a patrol at least this often (one per week), as `ceil(days / 7)` per period. */
export const GRID_PATROL_EVERY_DAYS = 7;

/** The longest period one coverage answer spans. */
export const MAX_COVERAGE_DAYS = 366;

const DAY_MS = 86_400_000;

/** Source statuses that need inspecting: registered and under enforcement, not pending or closed. */
export const INSPECTED_SOURCE_STATUSES = ['active', 'rectifying'] as const;

export interface CoveragePeriod {
  from: string;
  to: string;
  /** [startMs, endMs): from 00:00 to the day after `to`, 00:00, in the business time zone. */
  startMs: number;
  endMs: number;
  days: number;
}

export interface PeriodProblem {
  field: 'from' | 'to';
  message: string;
}

/** What is wrong with a period `from`–`to` (local dates, both included). */
export function periodProblems(from: string, to: string): PeriodProblem[] {
  const out: PeriodProblem[] = [];
  if (!isLocalDate(from)) out.push({ field: 'from', message: 'must be a date YYYY-MM-DD' });
  if (!isLocalDate(to)) out.push({ field: 'to', message: 'must be a date YYYY-MM-DD' });
  if (out.length) return out;
  const days = daysBetween(from, to) + 1;
  if (days < 1) out.push({ field: 'to', message: 'must not be before from' });
  else if (days > MAX_COVERAGE_DAYS)
    out.push({ field: 'to', message: `must be at most ${MAX_COVERAGE_DAYS} days after from` });
  return out;
}

/** The period as instants; call {@link periodProblems} first. */
export function coveragePeriod(timeZone: string, from: string, to: string): CoveragePeriod {
  const days = daysBetween(from, to) + 1;
  return { from, to, startMs: fromLocal(timeZone, from), endMs: fromLocal(timeZone, to, 1440), days };
}

/** How many patrols or inspections a period of `days` needs at one every `everyDays`. */
export function requiredCount(days: number, everyDays: number): number {
  return Math.ceil(days / Math.max(1, everyDays));
}

/**
 * A source is overdue when its last inspection is more than `everyDays` days before the end of
 * the period, or before now when the period has not ended yet (or it was never inspected).
 */
export function isOverdue(
  lastInspectedAt: number | null,
  everyDays: number,
  periodEndMs: number,
  now: number,
): boolean {
  const ref = Math.min(periodEndMs, now);
  return lastInspectedAt === null || lastInspectedAt < ref - everyDays * DAY_MS;
}

export interface GridCount {
  code: string;
  streetCode: string;
  /** The grid's responsible supervisor, if any. */
  supervisorId: string | null;
  /** Distinct patrols whose trusted track first entered the grid within the period. */
  patrols: number;
}

export interface GridCoverage extends GridCount {
  required: number;
  covered: boolean;
}

export function gridCoverage(grids: readonly GridCount[], days: number): GridCoverage[] {
  const required = requiredCount(days, GRID_PATROL_EVERY_DAYS);
  return grids.map((g) => ({ ...g, required, covered: g.patrols >= required }));
}

export interface SourceCount {
  id: string;
  inspectionEveryDays: number;
  /** Inspections within the period. */
  inspections: number;
  /** The last inspection at or before the period's end (or now), if any. */
  lastInspectedAt: number | null;
}

export interface SourceCoverage extends SourceCount {
  required: number;
  overdue: boolean;
}

export function sourceCoverage(
  sources: readonly SourceCount[],
  period: Pick<CoveragePeriod, 'days' | 'endMs'>,
  now: number,
): SourceCoverage[] {
  return sources.map((s) => ({
    ...s,
    required: requiredCount(period.days, s.inspectionEveryDays),
    overdue: isOverdue(s.lastInspectedAt, s.inspectionEveryDays, period.endMs, now),
  }));
}

/** Blind spots (盲点): grids not covered and sources overdue, sorted. */
export function blindSpots(
  grids: readonly Pick<GridCoverage, 'code' | 'covered'>[],
  sources: readonly Pick<SourceCoverage, 'id' | 'overdue'>[],
): { grids: string[]; sources: string[] } {
  return {
    grids: grids
      .filter((g) => !g.covered)
      .map((g) => g.code)
      .sort(),
    sources: sources
      .filter((s) => s.overdue)
      .map((s) => s.id)
      .sort(),
  };
}

/** A share of what was required that was done; null when nothing was required. */
export const shareOf = (done: number, required: number): number | null =>
  required === 0 ? null : done / required;

export interface CoverageShare {
  covered: number;
  required: number;
  share: number | null;
}

export interface PatrolCoverage {
  overall: CoverageShare;
  streets: (CoverageShare & { streetCode: string })[];
  /** By the grids' responsible supervisors; grids without one are left out. */
  supervisors: (CoverageShare & { userId: string })[];
}

/**
 * Patrol coverage share (covered grids / grids that required patrols), overall, per street and
 * per responsible supervisor: the indicator of "full coverage" (issue 12's indicators use it).
 */
export function patrolCoverage(
  grids: readonly Pick<GridCoverage, 'streetCode' | 'supervisorId' | 'required' | 'covered'>[],
): PatrolCoverage {
  const tally = (list: typeof grids): CoverageShare => {
    const req = list.filter((g) => g.required > 0);
    const covered = req.filter((g) => g.covered).length;
    return { covered, required: req.length, share: shareOf(covered, req.length) };
  };
  const group = (key: (g: (typeof grids)[number]) => string | null) => {
    const m = new Map<string, (typeof grids)[number][]>();
    for (const g of grids) {
      const k = key(g);
      if (k === null) continue;
      const list = m.get(k);
      if (list) list.push(g);
      else m.set(k, [g]);
    }
    return [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  };
  return {
    overall: tally(grids),
    streets: group((g) => g.streetCode).map(([streetCode, list]) => ({ streetCode, ...tally(list) })),
    supervisors: group((g) => g.supervisorId).map(([userId, list]) => ({ userId, ...tally(list) })),
  };
}
