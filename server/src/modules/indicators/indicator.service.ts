import {
  addLocalDays,
  AppError,
  can,
  coveragePeriod,
  DEFAULT_GRADE_BANDS,
  DEFAULT_WEIGHTS,
  localDateOf,
  periodProblems,
  rateOf,
  SUBJECT_KINDS,
  type Actor,
  type Clock,
  type CoveragePeriod,
  type GradeBands,
  type IndicatorValue,
  type PeriodProblem,
  type SubjectKind,
  type Weights,
} from '@envgrid/core';
import type { DataAccess } from '../../db/repos.ts';
import type { DepartmentDirectory } from '../departments/department-directory.ts';
import type { WorkSettingsService } from '../settings/work-settings.service.ts';
import { IndicatorEngine, type IndicatorRow } from './indicator-engine.ts';
import type { IndicatorRollup } from './indicator-rollup.ts';

export interface Scoring {
  /** 0 for the built-in defaults, else the stored version. */
  version: number;
  weights: Weights;
  gradeBands: GradeBands;
  createdBy: string | null;
  createdAt: number | null;
}

export interface IndicatorTable {
  subject: SubjectKind;
  from: string;
  to: string;
  weightsVersion: number;
  rows: IndicatorRow[];
}

export interface GrassrootsSeries {
  from: string;
  to: string;
  by: 'month' | 'week';
  series: {
    street: string | null;
    name: string;
    points: ({ label: string; from: string; to: string } & IndicatorValue)[];
  }[];
}

/** 400 naming the query field of the first problem. */
export function periodError(problems: readonly PeriodProblem[], where = 'querystring'): AppError {
  return new AppError(
    'VALIDATION_FAILED',
    `${problems[0]!.field} ${problems[0]!.message}`,
    problems.map((p) => ({ path: `${where}/${p.field}`, message: p.message })),
  );
}

/** Indicators of supervisors, departments, streets and center staff over a period (docs/indicators.md). */
export class IndicatorService {
  constructor(
    private readonly data: DataAccess,
    private readonly clock: Clock,
    private readonly settings: WorkSettingsService,
    private readonly departments: DepartmentDirectory,
    private readonly rollup: IndicatorRollup,
  ) {}

  async timeZone(): Promise<string> {
    return (await this.settings.current()).calendarData.timeZone;
  }

  /** The weights and grade bands in force: the newest stored version, else the defaults (version 0). */
  async scoring(): Promise<Scoring> {
    const w = await this.data.repos.assessments.currentWeights();
    if (!w)
      return {
        version: 0,
        weights: DEFAULT_WEIGHTS,
        gradeBands: DEFAULT_GRADE_BANDS,
        createdBy: null,
        createdAt: null,
      };
    return {
      version: w.version,
      weights: JSON.parse(w.weights) as Weights,
      gradeBands: JSON.parse(w.gradeBands) as GradeBands,
      createdBy: w.createdBy,
      createdAt: w.createdAt,
    };
  }

  /** The period of local dates from–to (default: this month up to today), or 400. */
  async period(
    from: string | undefined,
    to: string | undefined,
    where = 'querystring',
  ): Promise<CoveragePeriod> {
    const tz = await this.timeZone();
    const today = localDateOf(tz, this.clock.now());
    const f = from ?? `${today.slice(0, 8)}01`;
    const t = to ?? today;
    const problems = periodProblems(f, t);
    if (problems.length) throw periodError(problems, where);
    return coveragePeriod(tz, f, t);
  }

  /** Every subject's rows of every kind (or of `kinds`), unscoped: for frozen runs. */
  async compute(
    period: CoveragePeriod,
    scoring: Pick<Scoring, 'weights' | 'gradeBands'>,
    kinds: readonly SubjectKind[] = SUBJECT_KINDS,
  ): Promise<Record<SubjectKind, IndicatorRow[]>> {
    // Count the cases that changed since the last drain: the figures are exact as of now.
    await this.rollup.drain();
    const engine = new IndicatorEngine(this.data.repos, period, this.clock.now());
    const departments = await this.departments.list();
    const out = { supervisor: [], department: [], street: [], staff: [] } as Record<
      SubjectKind,
      IndicatorRow[]
    >;
    for (const kind of kinds)
      out[kind] = await engine.rows(kind, departments, scoring.weights, scoring.gradeBands);
    return out;
  }

  /** `GET /indicators`: one kind's rows over a period, as far as the actor may see them. */
  async table(
    actor: Actor,
    q: { subject: SubjectKind; from?: string; to?: string },
  ): Promise<IndicatorTable> {
    const filter = this.scopeFilter(actor, q.subject);
    const period = await this.period(q.from, q.to);
    const scoring = await this.scoring();
    const all = await this.compute(period, scoring, [q.subject]);
    return {
      subject: q.subject,
      from: period.from,
      to: period.to,
      weightsVersion: scoring.version,
      rows: all[q.subject].filter(filter),
    };
  }

  /**
   * Which rows of `kind` the actor sees (403 when none): `assessment.read` all of them; with
   * `assessment.readOwn` a street's staff its street's row and its supervisors' rows, a department
   * its own row. Ranks stay those among all subjects.
   */
  scopeFilter(actor: Actor, kind: SubjectKind): (row: IndicatorRow) => boolean {
    if (can(actor, 'assessment.read')) return () => true;
    if (can(actor, 'assessment.readOwn')) {
      const { kind: scope, code } = actor.scope;
      if (scope === 'street' && (kind === 'street' || kind === 'supervisor'))
        return (r) => r.streetCode === code && (kind === 'supervisor' || r.subject.id === code);
      if (scope === 'department' && kind === 'department') return (r) => r.subject.code === code;
    }
    throw new AppError('FORBIDDEN', `You may not read the ${kind} indicators`);
  }

  /** `GET /indicators/grassroots`: 基层解决率 per month (or week) per street and for the district. */
  async grassroots(
    actor: Actor,
    q: { from?: string; to?: string; street?: string; by?: 'month' | 'week' },
  ): Promise<GrassrootsSeries> {
    let street = q.street;
    if (!can(actor, 'assessment.read')) {
      if (!can(actor, 'assessment.readOwn') || actor.scope.kind !== 'street')
        throw new AppError('FORBIDDEN', 'You may not read the grassroots rate');
      if (street && street !== actor.scope.code)
        throw new AppError('FORBIDDEN', 'You read the grassroots rate of your own street only');
      street = actor.scope.code;
    }
    const period = await this.period(q.from, q.to);
    const by = q.by ?? 'month';
    const buckets = bucketsOf(period, by);
    await this.rollup.drain();
    const [rows, streets] = await Promise.all([
      this.data.repos.indicatorRollup.closuresByDay(period.from, period.to),
      this.data.repos.indicators.streets(),
    ]);
    const series = (code: string | null, name: string) => ({
      street: code,
      name,
      points: buckets.map((b) => {
        const hit = rows.filter(
          (r) => r.day >= b.from && r.day <= b.to && (code === null || r.street === code),
        );
        const sum = (f: (r: (typeof hit)[number]) => number) => hit.reduce((a, r) => a + f(r), 0);
        return {
          ...b,
          ...rateOf(
            sum((r) => r.grassroots),
            sum((r) => r.closed),
          ),
        };
      }),
    });
    const listed = streets.filter((s) => !street || s.code === street);
    if (street && listed.length === 0)
      throw new AppError('VALIDATION_FAILED', 'street is not a street code', [
        { path: 'querystring/street', message: 'is not a street code' },
      ]);
    return {
      from: period.from,
      to: period.to,
      by,
      series: [series(null, '全区'), ...listed.map((s) => series(s.code, s.name))],
    };
  }
}

/** Calendar months (or 7-day weeks from `from`) of the period, clipped to it. */
export function bucketsOf(
  period: Pick<CoveragePeriod, 'from' | 'to'>,
  by: 'month' | 'week',
): { label: string; from: string; to: string }[] {
  const out: { label: string; from: string; to: string }[] = [];
  let start = period.from;
  while (start <= period.to) {
    let next: string;
    if (by === 'month') {
      const y = Number(start.slice(0, 4));
      const m = Number(start.slice(5, 7));
      next = m === 12 ? `${y + 1}-01-01` : `${start.slice(0, 5)}${String(m + 1).padStart(2, '0')}-01`;
    } else next = addDays(start, 7);
    const end = addDays(next, -1) < period.to ? addDays(next, -1) : period.to;
    out.push({ label: by === 'month' ? start.slice(0, 7) : start, from: start, to: end });
    start = next;
  }
  return out;
}

const addDays = addLocalDays;
